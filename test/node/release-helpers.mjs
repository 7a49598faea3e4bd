// The release's own signing step (scripts/signing-keys.mjs, which content:release runs) with a
// throwaway key made in the test, never written anywhere.
import { content } from './content.mjs';

export { signWithExpiry } from '../../scripts/signing-keys.mjs';

/** A throwaway key pair, as `readSigningKeys` gives one. */
export function generateKeysForTest() {
  return content.generateSigningKeys();
}
