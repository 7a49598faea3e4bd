// `npm run content:prepare -- --out <candidate> [--last <the repository's last release>] [--pinned "<updates-key>"]`
//
// The release's first step, in a job with no key (.github/workflows/content-release.yml): it
// builds the content package, runs the one rule set on the data as it will be released (the
// page's rules and the release-only ones), and writes the candidate: the data with its bank
// holidays written out as dates, for scripts released before the rule. The signing job then
// checks the candidate against the data file and signs it (scripts/content-sign.mjs); a
// dependency that ran here can at most stop the release, never change a fact that is signed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expiresAfter, fromCaller, longestDays, nextRelease, openRelease, parseOptions, pinnedKeys, readText, ReleaseError, runRelease, sitePinnedKeys } from './release-lib.mjs';
import { builtContent } from './signing-keys.mjs';

runRelease('content:prepare', async (argv) => {
  const options = parseOptions(argv, ['out', 'last', 'pinned', 'topic']);
  if (!options.out) throw new ReleaseError('expected --out <candidate file>');
  const content = await builtContent({ log: console.error });
  const topic = options.topic ?? content.defaultTopic;
  const found = content.getBriefing(topic);
  if (!found.ok) throw new ReleaseError(`no topic "${topic}"`);
  const data = JSON.parse(JSON.stringify(found.briefing));
  const pinned = options.pinned !== undefined ? pinnedKeys(options.pinned) : options.last ? sitePinnedKeys() : undefined;
  const previous = options.last ? (await openRelease(readText(fromCaller(options.last), 'last release'), pinned.content, 'the last release')).briefing : undefined;
  const release = nextRelease(previous, data);
  const candidate = JSON.parse(JSON.stringify(content.withDaysWrittenOut(found.briefing)));
  const problem = content.releaseProblem({ ...candidate, ...release, expires: expiresAfter(longestDays) }, found.briefing);
  if (problem) throw new ReleaseError(`the ${topic} briefing is not valid (${problem}); nothing prepared`);
  const out = fromCaller(options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(candidate, null, 2)}\n`);
  console.log(`Prepared ${topic} ${release.version} (${release.change}${release.paths.length ? `: ${release.paths.slice(0, 5).join(', ')}` : ''}): ${options.out}`);
});
