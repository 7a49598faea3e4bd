// `npm run content:release -- --key <content private key> --freshness-key <freshness private key>
//   [--out <folder>] [--days N]`: the release by hand, on one machine (a developer's, or the
// partnership's web officer's, with both keys): checks every topic of the built content
// package with the one rule set (the same the page runs), signs each with the content key
// into <folder>/<topic>.signed.json (default packages/content/dist/signed/), with its own
// `expires` 31 days ahead for scripts released before the freshness key, and adds a freshness
// record signed by the freshness key, N days ahead (default 14, at most 31). The version is the
// data's own. Prints what it wrote and the `updates-key` partners pin.
//
// The partnership's releases run in CI instead (.github/workflows/content-release.yml), where
// the release sets the version and each key sits in its own job: docs/trust-model.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addFreshness, expiresAfter, freshnessDays, freshnessLabel, fromCaller, longestDays, parseDays, parseOptions, readPrivateKey, ReleaseError, runRelease, signContent } from './release-lib.mjs';
import { builtContent, shownPath, signedFolder } from './signing-keys.mjs';

runRelease('content:release', async (argv) => {
  const options = parseOptions(argv, ['key', 'freshness-key', 'out', 'days']);
  const days = parseDays(options.days, freshnessDays);
  const keys = await readPrivateKey(options.key && fromCaller(options.key), 'content key');
  if (!options['freshness-key']) throw new ReleaseError('which freshness key? --freshness-key <private key file> (a second key, made by npm run content:keys)');
  const freshnessKeys = await readPrivateKey(fromCaller(options['freshness-key']), 'freshness key');
  if (freshnessKeys.text === keys.text) throw new ReleaseError('the content key and the freshness key are the same key: the two roles need two keys');
  const content = await builtContent();
  const outDir = options.out ? fromCaller(options.out) : signedFolder;
  mkdirSync(outDir, { recursive: true });
  const contentExpires = expiresAfter(longestDays);
  const expires = expiresAfter(days);
  for (const topic of content.knownTopics) {
    const briefing = content.getBriefing(topic).briefing;
    // Its bank holidays also written out as dates, for scripts released before the rule.
    const text = JSON.stringify({ ...content.withDaysWrittenOut(briefing), expires: contentExpires });
    const problem = content.releaseProblem(JSON.parse(text), briefing);
    if (problem) throw new ReleaseError(`the ${topic} briefing is not valid (${problem}); nothing signed`);
    const file = await addFreshness(await signContent(text, topic, keys), expires, freshnessKeys);
    const path = join(outDir, `${topic}.signed.json`);
    writeFileSync(path, `${JSON.stringify(file)}\n`);
    console.log(`Signed ${topic} ${briefing.version} (reviewed ${briefing.reviewed}), fresh until ${expires}: ${shownPath(path)}`);
  }
  console.log(`Content key id: ${keys.text.slice(0, 16)}; freshness key id: ${freshnessKeys.text.slice(0, 16)}
Publish the file(s) at an https: address; partners pin both keys:
  updates-key="${keys.text} ${freshnessLabel}${freshnessKeys.text}"
Renew the freshness record before ${expires} (npm run content:freshness, weekly in .github/workflows/content-freshness.yml),
or pages keep their built-in content.`);
});
