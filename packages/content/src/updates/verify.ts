import type { Briefing } from '../types.js';
import { briefingProblem } from '../validate.js';
import { compareVersions } from '../version.js';
import { fromBase64Url } from './encoding.js';
import { keyIdOf, signingAlgorithm } from './envelope.js';

/** The answer of `verifyUpdate`: the newer briefing, or why the page keeps the one it has. */
export type UpdateVerdict =
  | { readonly ok: true; readonly briefing: Briefing }
  | { readonly ok: false; /** A few words a page's developer understands: `signed by another key`. */ readonly reason: string };

/**
 * The briefing of a signed content file (its text, as fetched), if one of the page's pinned
 * public keys signed it (one, or two separated by spaces while keys rotate: the file's `keyId`
 * chooses), it passes the one rule set (topic, shape, links, numbers, dates, `expires`:
 * validate.ts) and its version is newer than `current`'s (no rollback). Otherwise it rejects
 * with a short reason of ours, or the TypeError or SyntaxError of a file or key that cannot be
 * read: `verifyUpdate` calls those "malformed". The elements call this; `verifyUpdate` is
 * the same for everyone else.
 */
export async function openSignedFile(fileText: string, publicKeys: string, current: Briefing): Promise<Briefing> {
  const subtle = crypto.subtle;
  if (!subtle) throw 'no WebCrypto';
  const file = JSON.parse(fileText);
  // Blank: null, a TypeError below.
  const keys = publicKeys.match(/\S+/g)!;
  const publicKey = keys.find((key) => keyIdOf(key) === file.keyId);
  if (!publicKey) throw `other key; tried ${keys.map(keyIdOf)}`;
  const key = await subtle.importKey('raw', fromBase64Url(publicKey), signingAlgorithm, false, ['verify']);
  const text = new TextEncoder().encode(file.briefing);
  if (!(await subtle.verify(signingAlgorithm, key, fromBase64Url(file.signature), text))) throw 'bad signature';
  const briefing: Briefing = JSON.parse(file.briefing);
  const problem = briefingProblem(briefing, current);
  if (problem) throw `invalid ${problem}`;
  // Not `<= 0`: a version that is not semver compares as NaN (the rules refuse it first).
  if (!(compareVersions(briefing.version, current.version) > 0)) throw 'not newer';
  return briefing;
}

/**
 * Checks a signed content file against the public key(s) the page pinned and the briefing the
 * page already has, in this order: WebCrypto is there; a pinned key signed it and the
 * signature verifies over the exact briefing text; the briefing passes the rule set; its
 * version is newer than the page's. A file past its `expires` is still used when it is newer:
 * it is the newest content the page has verified, and the elements show it with the review
 * line (`isPastExpiry`). Never throws. Pure apart from WebCrypto, so it runs the same in Node
 * and in the browser (`npm run content:resign` checks its input with it). The reasons are
 * short because they ship in the drop-in bundle; docs/embedding.md explains each.
 */
export async function verifyUpdate(fileText: string, publicKeys: string, current: Briefing): Promise<UpdateVerdict> {
  try {
    return { ok: true, briefing: await openSignedFile(fileText, publicKeys, current) };
  } catch (reason) {
    return { ok: false, reason: typeof reason === 'string' ? reason : 'malformed' };
  }
}
