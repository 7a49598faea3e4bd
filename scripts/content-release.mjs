// `npm run content:release -- --key <private key file> [--out <folder>] [--days N]`: checks
// every topic of the built content package with the one rule set (the same the page runs) and
// signs each into <folder>/<topic>.signed.json (default packages/content/dist/signed/), the
// file a partner's `updates` attribute points at, with an `expires` N days ahead (default 14,
// at most 31) inside the signed text. Prints what it wrote and the public key to pin.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtContent, expiresAfter, fromCaller, parseDays, parseOptions, readSigningKeys, runCommand, shownPath, signedFolder, signWithExpiry } from './signing-keys.mjs';

runCommand('content:release', async (argv) => {
  const options = parseOptions(argv, ['key', 'out', 'days']);
  const days = parseDays(options.days);
  const content = await builtContent();
  const keys = await readSigningKeys(content, options.key, 'content:release');
  const outDir = options.out ? fromCaller(options.out) : signedFolder;
  mkdirSync(outDir, { recursive: true });
  const publicKey = await content.publicKeyText(keys.publicKey);
  const expires = expiresAfter(days);
  for (const topic of content.knownTopics) {
    // Its bank holidays also written out as dates, for scripts released before the rule, which
    // read only those.
    const briefing = content.getBriefing(topic).briefing;
    const file = await signWithExpiry(content, content.withDaysWrittenOut(briefing), briefing, expires, keys);
    const path = join(outDir, `${topic}.signed.json`);
    writeFileSync(path, `${JSON.stringify(file)}\n`);
    console.log(`Signed ${topic} ${briefing.version} (reviewed ${briefing.reviewed}), expires ${expires}: ${shownPath(path)}`);
  }
  console.log(`Key id: ${content.keyIdOf(publicKey)}
Publish the file(s) at an https: address; partners pin this public key:
  updates-key="${publicKey}"
Re-sign before ${expires} (npm run content:resign, weekly in .github/workflows/content-resign.yml),
or pages show the file with the line "These details were checked on …".`);
});
