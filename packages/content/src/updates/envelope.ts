import { toBase64Url } from './encoding.js';

/** What a key signed: the public key (as a page pins it), its id (see `keyIdOf`) and the signature. */
export interface Signed {
  readonly key: string;
  readonly keyId: string;
  readonly signature: string;
}

/**
 * A signed content file: one JSON object, fetched in one request, signed by two keys with two
 * powers (docs/trust-model.md), as TUF separates its roles:
 *
 * ```json
 * { "format": 1, "topic": "cse", "key": "…", "keyId": "…", "signature": "…", "briefing": "{…the briefing as JSON text…}",
 *   "fresh": { "key": "…", "keyId": "…", "signature": "…", "text": "{\"topic\":\"cse\",\"version\":\"1.1.0\",\"sha256\":\"…\",\"expires\":\"…\"}" } }
 * ```
 *
 * The content key signs `briefing` when a reviewed change is released, and only then; the
 * freshness key signs `fresh.text`, the record, every week: the SHA-256 of exactly that briefing text
 * (base64url), its version and a new `expires`. Each signature is ECDSA P-256 with SHA-256 over
 * the UTF-8 bytes of the exact text, so no JSON canonicalisation is needed; it is base64url of
 * the IEEE P1363 `r || s` pair, as WebCrypto makes it. Each `keyId` names its key (see
 * `keyIdOf`), so that "signed by another key" can be told apart from "tampered with".
 *
 * The top level is the file's first form, unchanged: scripts released before the freshness key
 * read only it, and the briefing text keeps its own `expires` (31 days after the release) for
 * them. Scripts that know the freshness key take the record's `expires` instead.
 */
export interface SignedContentFile extends Signed {
  readonly format: 1;
  readonly topic: string;
  readonly briefing: string;
  readonly fresh?: FreshnessRecordFile;
}

/** The freshness part of a signed content file (`fresh`): `text` is a `FreshnessRecord` as JSON text. */
export interface FreshnessRecordFile extends Signed {
  readonly text: string;
}

/** What the freshness key signs: it can keep one release fresh, never change a fact. */
export interface FreshnessRecord {
  readonly topic: string;
  readonly version: string;
  /** base64url of the SHA-256 of the UTF-8 bytes of the file's `briefing` text. */
  readonly sha256: string;
  readonly expires: string;
}

/**
 * How a page pins a freshness key in `updates-key`: `fresh:` then the key, beside the content
 * key(s), which stay as they are: `updates-key="<content key> fresh:<freshness key>"`. A script
 * released before the freshness key finds no key id of its own in the label and ignores it.
 */
export const freshnessLabel = 'fresh:';

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
