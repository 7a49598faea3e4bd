import { toBase64Url } from './encoding.js';
import { keyIdOf, publicKeyText, signingAlgorithm, type FreshnessRecord, type SignedContentFile } from './envelope.js';

/**
 * Signs a briefing's JSON text with the content key into a signed content file (with no
 * freshness record yet: `withFreshnessRecord`). Used by the tests and the demo build (each
 * with its own keys); the release itself signs with scripts/release-lib.mjs, which makes the
 * same file with Node alone. Never by the elements, so it is not in the drop-in bundle. The
 * caller validates the briefing first.
 */
export async function signBriefingText(
  briefingText: string,
  topic: string,
  keys: { readonly privateKey: CryptoKey; readonly publicKey: CryptoKey },
): Promise<SignedContentFile> {
  const signature = await crypto.subtle.sign(signingAlgorithm, keys.privateKey, new TextEncoder().encode(briefingText));
  const key = await publicKeyText(keys.publicKey);
  return { format: 1, topic, key, keyId: keyIdOf(key), signature: toBase64Url(signature), briefing: briefingText };
}

/** A new P-256 key pair that can be exported (the private key as JWK, the public key raw). */
export function generateSigningKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(signingAlgorithm, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

/** A private key from its JWK, with its public key (the JWK holds the point too). */
export async function importSigningKeys(privateJwk: JsonWebKey): Promise<CryptoKeyPair> {
  if (privateJwk.kty !== 'EC' || privateJwk.crv !== 'P-256' || !privateJwk.d) {
    throw new TypeError('not a P-256 private key in JWK form (kty "EC", crv "P-256", with "d")');
  }
  const privateKey = await crypto.subtle.importKey('jwk', privateJwk, signingAlgorithm, true, ['sign']);
  const { d: _private, key_ops: _operations, ...publicJwk } = privateJwk;
  const publicKey = await crypto.subtle.importKey('jwk', publicJwk, signingAlgorithm, true, ['verify']);
  return { privateKey, publicKey };
}

/** base64url of the SHA-256 of a text's UTF-8 bytes, as a freshness record names the briefing it covers. */
export async function sha256Text(text: string): Promise<string> {
  return toBase64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * The file with a freshness record signed by `keys` (the freshness key): the SHA-256 of its
 * briefing text, its version and `expires`. It does not look at what it covers: the freshness
 * command checks the content key's signature first (scripts/content-freshness.mjs).
 */
export async function withFreshnessRecord(
  file: SignedContentFile,
  expires: string,
  keys: { readonly privateKey: CryptoKey; readonly publicKey: CryptoKey },
): Promise<SignedContentFile> {
  const record: FreshnessRecord = { topic: file.topic, version: JSON.parse(file.briefing).version, sha256: await sha256Text(file.briefing), expires };
  const text = JSON.stringify(record);
  const signature = await crypto.subtle.sign(signingAlgorithm, keys.privateKey, new TextEncoder().encode(text));
  const key = await publicKeyText(keys.publicKey);
  return { ...file, fresh: { key, keyId: keyIdOf(key), signature: toBase64Url(signature), text } };
}
