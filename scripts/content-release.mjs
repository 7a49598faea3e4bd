// `npm run content:release -- --key <private key file> [--out <folder>]`: validates every
// topic of the built content package and signs each into <folder>/<topic>.signed.json
// (default packages/content/dist/signed/), the file a partner's `updates` attribute points
// at. Prints what it wrote and the public key to pin.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { builtContent, isInsideRepository, parseOptions, repositoryRoot, runCommand, UsageError } from './signing-keys.mjs';

runCommand('content:release', async (argv) => {
  const options = parseOptions(argv, ['key', 'out']);
  if (!options.key) throw new UsageError('which key? npm run content:release -- --key <private key file> (made by npm run content:keys)');
  const keyPath = resolve(options.key);
  if (isInsideRepository(keyPath)) {
    throw new UsageError(`${keyPath} is inside the repository; a private key must live outside it (move it, then make a new one: it may have been shared)`);
  }
  let jwk;
  try {
    jwk = JSON.parse(readFileSync(keyPath, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the key ${keyPath}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
  const content = await builtContent();
  let keys;
  try {
    keys = await content.importSigningKeys(jwk);
  } catch (error) {
    throw new UsageError(`${keyPath}: ${error.message}`);
  }
  const outDir = resolve(options.out ?? join(repositoryRoot, 'packages/content/dist/signed'));
  mkdirSync(outDir, { recursive: true });
  const publicKey = await content.publicKeyText(keys.publicKey);
  for (const topic of content.knownTopics) {
    // The data passed the compiler and the schema tests; this checks that what is signed, the
    // JSON text, reads back as a briefing the elements render. Its bank holidays are also
    // written out as dates, for scripts released before the rule, which read only those.
    const briefing = content.getBriefing(topic).briefing;
    const text = JSON.stringify(content.withDaysWrittenOut(briefing));
    const validation = content.validateBriefing(JSON.parse(text), briefing);
    if (!validation.ok) throw new UsageError(`the ${topic} briefing is not valid (${validation.reason}); nothing signed`);
    const file = await content.signBriefingText(text, topic, keys);
    const path = join(outDir, `${topic}.signed.json`);
    writeFileSync(path, `${JSON.stringify(file)}\n`);
    console.log(`Signed ${topic} ${validation.briefing.version} (reviewed ${validation.briefing.reviewed}): ${relative(process.cwd(), path) || path}`);
  }
  console.log(`Key id: ${content.keyIdOf(publicKey)}
Publish the file(s) at an https: address; partners pin this public key:
  updates-key="${publicKey}"`);
});
