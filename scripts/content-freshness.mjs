// `node scripts/content-freshness.mjs --key <freshness private key> --last <the repository's last release>
//   [--tag <its tag>] [--in <signed file>] [--out <file>] [--days N] [--pinned "<updates-key>"]`
//
// The weekly freshness run (and every deploy's): signs, with the freshness key, a short record
// over the repository's last release, its SHA-256, version and a new `expires` (N days ahead,
// default 14, at most 31), and writes the file with it (default: over --in). The freshness key
// can keep a release fresh; it cannot change a fact, as the page takes a briefing only when a
// content key signed it (docs/trust-model.md).
//
// It starts from the repository's last release, a committed file (the workflow reads it from
// the highest `content-<topic>-v*` tag), never from what the live host serves, and refuses:
//   - a file no pinned content key signed (a file the freshness key signed itself included);
//   - a release file whose version is not its tag's (a tag that names a newer version than the
//     file it points at: an older release dressed up as the last);
//   - an input (--in) older than that release, or another file of the same version;
//   - an expired input: one whose freshness record has passed its `expires` (a missed run is
//     made good from the committed release, never by renewing what a host kept serving).
// Node 20 runs it as it is, with WebCrypto and release-lib.mjs only: it installs nothing.
import { writeFileSync } from 'node:fs';
import {
  addFreshness,
  compareVersions,
  expiresAfter,
  freshnessDays,
  fromCaller,
  openRelease,
  parseDays,
  parseOptions,
  pinnedKeys,
  readPrivateKey,
  readText,
  ReleaseError,
  runRelease,
  sitePinnedKeys,
  verifiedFreshness,
} from './release-lib.mjs';

runRelease('content:freshness', async (argv) => {
  const options = parseOptions(argv, ['key', 'last', 'tag', 'in', 'out', 'days', 'pinned']);
  const days = parseDays(options.days, freshnessDays);
  const keys = await readPrivateKey(options.key && fromCaller(options.key), 'freshness key');
  const pinned = options.pinned !== undefined ? pinnedKeys(options.pinned) : sitePinnedKeys();
  if (!pinned.freshness.includes(keys.text)) throw new ReleaseError(`the freshness key ${keys.text.slice(0, 16)} is not one that pages pin as fresh:<key>`);
  if (pinned.content.includes(keys.text)) throw new ReleaseError('the freshness key is pinned as a content key too: the two roles need two keys');
  if (!options.last) throw new ReleaseError('which release? --last <the repository\'s last release file> (the workflow reads it from the last content-<topic>-v* tag)');
  const last = await openRelease(readText(fromCaller(options.last), 'last release'), pinned.content, 'the last release');
  const tagVersion = options.tag?.match(/-v(\d+\.\d+\.\d+)$/)?.[1];
  if (options.tag && tagVersion !== last.briefing.version) {
    throw new ReleaseError(`the tag ${options.tag} points at a release of version ${last.briefing.version}: refusing an older release under a newer tag`);
  }
  const inputPath = fromCaller(options.in ?? options.last);
  const input = options.in ? await openRelease(readText(inputPath, 'input'), pinned.content, options.in) : last;
  const order = compareVersions(input.briefing.version, last.briefing.version);
  if (order < 0) throw new ReleaseError(`${options.in} is ${input.briefing.version}, older than the repository's last release ${last.briefing.version}: not renewed`);
  if (order > 0 || input.file.briefing !== last.file.briefing) {
    throw new ReleaseError(`${options.in} is not the repository's last release (${last.briefing.version}): the freshness key renews only that`);
  }
  if (options.in && input.file.fresh) {
    const record = await verifiedFreshness(input.file, pinned.freshness);
    if (!record) throw new ReleaseError(`${options.in ?? options.last}: its freshness record does not verify with a pinned freshness key`);
    if (!(Date.parse(record.expires) > Date.now())) {
      throw new ReleaseError(`${options.in ?? options.last} expired ${record.expires}: not renewed; renew the repository's last release (--last, without --in)`);
    }
  }
  const expires = expiresAfter(days);
  const fresh = await addFreshness(last.file, expires, keys);
  const out = options.out ? fromCaller(options.out) : inputPath;
  writeFileSync(out, `${JSON.stringify(fresh)}\n`);
  console.log(`Fresh: ${fresh.topic} ${last.briefing.version} until ${expires} (sha256 ${JSON.parse(fresh.fresh.text).sha256}): ${options.out ?? options.in ?? options.last}`);
});
