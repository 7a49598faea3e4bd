// `npm run content:resign -- --key <private key file> [--in <signed file>] [--days N] [--from-key <public key>]`:
// signs the content of a signed file again with a new `expires` (N days ahead, default 14, at
// most 31) and no other change, in place. Without --in: each topic's file that content:release
// wrote (packages/content/dist/signed/<topic>.signed.json). The input must verify (signature,
// rule set) with --key's public key, or with --from-key while moving the content to a new key.
// It re-signs what was published, not the repository's content, so a change under way on main
// is never released by the weekly run (.github/workflows/content-resign.yml).
//
// It warns on stderr when the input expires within 3 days (or has expired): the weekly run
// then missed a run or two. It still writes the new file and exits 0, as that file is the fix
// and the workflow must go on to publish it; in GitHub Actions the warning is also an
// annotation on the run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  builtContent,
  expiresAfter,
  fromCaller,
  fromNow,
  parseDays,
  parseOptions,
  readSigningKeys,
  runCommand,
  signedFolder,
  shownPath,
  signWithExpiry,
  UsageError,
  warningDays,
} from './signing-keys.mjs';

function warn(message) {
  console.error(`content:resign: warning: ${message}`);
  if (process.env.GITHUB_ACTIONS === 'true') console.log(`::warning title=Signed content expires soon::${message}`);
}

runCommand('content:resign', async (argv) => {
  const options = parseOptions(argv, ['key', 'in', 'days', 'from-key']);
  const days = parseDays(options.days);
  const content = await builtContent();
  const keys = await readSigningKeys(content, options.key, 'content:resign');
  const publicKey = await content.publicKeyText(keys.publicKey);
  const inputs = options.in
    ? [fromCaller(options.in)]
    : content.knownTopics.map((topic) => join(signedFolder, `${topic}.signed.json`)).filter((path) => existsSync(path));
  if (inputs.length === 0) {
    throw new UsageError(`no signed file in ${shownPath(signedFolder)}; name one with --in <signed file>, or run content:release first`);
  }
  const expires = expiresAfter(days);
  for (const path of inputs) {
    const shown = shownPath(path);
    let text;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${shown}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    }
    const topic = (() => {
      try {
        return JSON.parse(text).topic;
      } catch {
        throw new UsageError(`${shown} is not a signed content file (not JSON)`);
      }
    })();
    const found = content.getBriefing(topic);
    if (!found.ok) throw new UsageError(`${shown} is for the topic "${topic}", which this content package does not know`);
    // The page's own check, against a model of version 0.0.0 so that any version counts as newer:
    // what is re-signed must be what the partnership signed, and still pass the rule set.
    const verdict = await content.verifyUpdate(text, options['from-key'] ?? publicKey, { ...found.briefing, version: '0.0.0' });
    if (!verdict.ok) throw new UsageError(`${shown} does not verify (${verdict.reason}); nothing re-signed`);
    const old = verdict.briefing;
    if (Date.parse(old.expires) - Date.now() < warningDays * 86_400_000) {
      warn(`${shown} expires ${old.expires} (${fromNow(old.expires)}): a weekly re-sign was missed; re-signing now`);
    }
    const file = await signWithExpiry(content, old, found.briefing, expires, keys);
    writeFileSync(path, `${JSON.stringify(file)}\n`);
    console.log(`Re-signed ${topic} ${old.version} (reviewed ${old.reviewed}), expires ${expires} (was ${old.expires}): ${shown}`);
  }
  console.log(`Key id: ${content.keyIdOf(publicKey)}. Publish the file(s) where the old ones were.`);
});
