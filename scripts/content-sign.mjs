// `node scripts/content-sign.mjs --key <content private key> --candidate <prepared briefing>
//   [--data packages/content/data/cse.json] [--last <the repository's last release>]
//   [--pinned "<updates-key>"] --out <signed file>`
//
// The release's signing step, run by the job that holds the content key (.github/workflows/
// content-release.yml, behind the `content-release` environment's required reviewers). It runs
// as it is in Node 20, with Node's WebCrypto and release-lib.mjs only: it installs nothing and
// loads no build output, so no dependency can read the key.
//
// What it signs comes from the repository, not from the job that prepared it: the candidate
// (written by `npm run content:prepare`, which ran the one rule set and wrote the bank holidays
// out as dates for scripts released before the rule) must be the data file at this commit,
// field for field, apart from those written-out days. The release's `version`, `reviewed` and
// `reviewDue` it sets itself, from the last release (its content signature checked with the
// pinned content keys) and the data: a changed fact raises the minor version, a wording fix the
// patch. `expires` is 31 days ahead: scripts released before the freshness key read only it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  expiresAfter,
  fromCaller,
  longestDays,
  nextRelease,
  openRelease,
  parseOptions,
  pinnedKeys,
  readPrivateKey,
  readText,
  ReleaseError,
  repositoryRoot,
  runRelease,
  sameJson,
  signContent,
  sitePinnedKeys,
} from './release-lib.mjs';

/** The candidate without what the preparing job wrote out, for comparing with the data. */
function withoutWrittenDays(briefing) {
  const copy = structuredClone(briefing);
  for (const field of ['version', 'reviewed', 'reviewDue', 'expires']) delete copy[field];
  delete copy.officeHours?.closedDays?.days;
  delete copy.officeHours?.closedDays?.knownUntil;
  return copy;
}

/** The written-out days hold what the table says, each a date and a plain name. */
function checkWrittenDays(closedDays) {
  const days = closedDays.days;
  if (days === undefined) return;
  const dates = new Set();
  for (const day of Array.isArray(days) ? days : [null]) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day?.date) || typeof day.name !== 'string' || /[\p{C}<>&"]/u.test(day.name)) {
      throw new ReleaseError(`the candidate's officeHours.closedDays.days holds ${JSON.stringify(day)}: not a day`);
    }
    dates.add(day.date);
  }
  const knownUntil = closedDays.knownUntil ?? '';
  for (const day of closedDays.added ?? []) if (day.date <= knownUntil && !dates.has(day.date)) throw new ReleaseError(`the candidate's written-out days leave out ${day.date}`);
  for (const day of closedDays.removed ?? []) if (dates.has(day.date)) throw new ReleaseError(`the candidate's written-out days keep the removed ${day.date}`);
}

runRelease('content:sign', async (argv) => {
  const options = parseOptions(argv, ['key', 'candidate', 'data', 'last', 'pinned', 'out']);
  if (!options.candidate || !options.out) throw new ReleaseError('expected --candidate <prepared briefing> and --out <signed file>');
  const keys = await readPrivateKey(options.key && fromCaller(options.key), 'content key');
  const pinned = options.pinned !== undefined ? pinnedKeys(options.pinned) : sitePinnedKeys();
  if (!pinned.content.includes(keys.text)) throw new ReleaseError(`the content key ${keys.text.slice(0, 16)} is not one that pages pin (${pinned.content.map((key) => key.slice(0, 16)).join(', ') || 'none'})`);
  const candidate = JSON.parse(readText(fromCaller(options.candidate), 'candidate'));
  const dataPath = options.data ? fromCaller(options.data) : resolve(repositoryRoot, 'packages/content/data/cse.json');
  const data = JSON.parse(readText(dataPath, 'data file'));
  if (!sameJson(withoutWrittenDays(candidate), withoutWrittenDays(data))) {
    throw new ReleaseError(`the candidate is not the data file ${dataPath} at this commit: nothing signed`);
  }
  checkWrittenDays(candidate.officeHours?.closedDays ?? {});
  const previous = options.last ? (await openRelease(readText(fromCaller(options.last), 'last release'), pinned.content, 'the last release')).briefing : undefined;
  if (previous && previous.topic !== candidate.topic) throw new ReleaseError(`the last release is for "${previous.topic}", the candidate for "${candidate.topic}"`);
  const release = nextRelease(previous, data);
  const briefing = { ...candidate, version: release.version, reviewed: release.reviewed, reviewDue: release.reviewDue, expires: expiresAfter(longestDays) };
  const file = await signContent(JSON.stringify(briefing), briefing.topic, keys);
  const out = fromCaller(options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(`Signed ${briefing.topic} ${release.version} (${release.change}${release.paths.length ? `: ${release.paths.slice(0, 5).join(', ')}` : ''}), reviewed ${release.reviewed}, due ${release.reviewDue}: ${options.out}`);
  if (process.env.GITHUB_OUTPUT) writeFileSync(process.env.GITHUB_OUTPUT, `version=${release.version}\n`, { flag: 'a' });
});
