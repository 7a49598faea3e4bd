import { toBase64Url } from './encoding.js';

/**
 * A signed content file: one JSON object, fetched in one request.
 *
 * ```json
 * { "format": 1, "topic": "cse", "keyId": "…", "signature": "…", "briefing": "{…the briefing as JSON text…}" }
 * ```
 *
 * The signature is ECDSA P-256 with SHA-256 over the UTF-8 bytes of `briefing`, the exact
 * text, so no JSON canonicalisation is needed; it is base64url of the IEEE P1363 `r || s`
 * pair, as WebCrypto makes it. `keyId` names the key (see `keyIdOf`), so that "signed by
 * another key" can be told apart from "tampered with".
 */
export interface SignedContentFile {
  readonly format: 1;
  readonly topic: string;
  readonly keyId: string;
  readonly signature: string;
  readonly briefing: string;
}

/** The algorithm of every key and signature. */
export const signingAlgorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

/** The public key as a page pins it: base64url of the raw uncompressed P-256 point (87 characters). */
export async function publicKeyText(publicKey: CryptoKey): Promise<string> {
  return toBase64Url(await crypto.subtle.exportKey('raw', publicKey));
}

/**
 * A key's id: the first 16 characters of its public key text (its x coordinate, as the first
 * character is always the point's `B` prefix). It only names the key, so that "signed by
 * another key" can be told from "tampered with"; trust rests on the signature alone. No hash,
 * so the drop-in bundle carries no code for one.
 */
export function keyIdOf(publicKey: string): string {
  return publicKey.slice(0, 16);
}
