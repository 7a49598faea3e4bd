// `npm run content:keys [-- --out <file>]`: makes a P-256 key pair for signing content
// releases. The PRIVATE key is written outside the repository (default
// ~/.config/safer-seven/keys/<keyId>.private.jwk, readable by its owner only) and never
// overwritten; the public key, which partners pin in `updates-key`, is printed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtContent, defaultKeyFolder, fromCaller, isInsideRepository, parseOptions, runCommand, UsageError } from './signing-keys.mjs';

runCommand('content:keys', async (argv) => {
  const options = parseOptions(argv, ['out']);
  const content = await builtContent();
  const keys = await content.generateSigningKeys();
  const publicKey = await content.publicKeyText(keys.publicKey);
  const keyId = content.keyIdOf(publicKey);
  const path = options.out ? fromCaller(options.out) : join(defaultKeyFolder(), `${keyId}.private.jwk`);
  if (isInsideRepository(path)) {
    throw new UsageError(`refusing to write a private key inside the repository (${path}); choose a path outside it`);
  }
  if (existsSync(path)) throw new UsageError(`${path} exists already; not overwriting a key`);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const jwk = await crypto.subtle.exportKey('jwk', keys.privateKey);
  writeFileSync(path, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  console.log(`Private key (keep it secret, never commit it): ${path}
Key id: ${keyId}
Public key (partners pin it as updates-key):
${publicKey}`);
});
