import { toBase64Url } from './encoding.js';
import { keyIdOf, publicKeyText, signingAlgorithm, type SignedContentFile } from './envelope.js';

/**
 * Signs a briefing's JSON text into a signed content file. Used by the release command, the
 * tests and the demo build (each with its own key); never by the elements, so it is not in
 * the drop-in bundle. The caller validates the briefing first.
 */
export async function signBriefingText(
  briefingText: string,
  topic: string,
  keys: { readonly privateKey: CryptoKey; readonly publicKey: CryptoKey },
): Promise<SignedContentFile> {
  const signature = await crypto.subtle.sign(signingAlgorithm, keys.privateKey, new TextEncoder().encode(briefingText));
  const keyId = keyIdOf(await publicKeyText(keys.publicKey));
  return { format: 1, topic, keyId, signature: toBase64Url(signature), briefing: briefingText };
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
