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
 * Checks a signed content file (its text, as fetched) against the public key(s) the page
 * pinned (one, or two separated by spaces while keys rotate: the file's `keyId` chooses) and
 * the briefing the page already has. The file is used only if all of these hold, in this
 * order: WebCrypto is there; a pinned key signed it and the signature verifies over the exact
 * briefing text; the briefing passes the one rule set (topic, shape, links, numbers, dates,
 * `expires`: validate.ts); its version is newer than the page's (no rollback). A file past its
 * `expires` is still used when it is newer: it is the newest content the page has verified,
 * and the elements show it with the review line (`isPastExpiry`). Never throws. Pure apart
 * from WebCrypto, so it runs the same in Node and in the browser (`npm run content:resign`
 * checks its input with it). The reasons are short because they ship in the drop-in bundle;
 * docs/embedding.md explains each.
 */
export async function verifyUpdate(fileText: string, publicKeys: string, current: Briefing): Promise<UpdateVerdict> {
  try {
    const subtle = crypto.subtle;
    if (!subtle) throw 'no WebCrypto';
    // Anything unreadable (not JSON, a field missing, a key or signature that is not
    // base64url or not P-256) throws a TypeError or SyntaxError: "malformed", below.
    const file = JSON.parse(fileText);
    // Blank: null, a TypeError below, "malformed".
    const keys = publicKeys.match(/\S+/g)!;
    const publicKey = keys.find((key) => keyIdOf(key) === file.keyId);
    if (!publicKey) throw `other key; tried ${keys.map(keyIdOf).join(' ')}`;
    const key = await subtle.importKey('raw', fromBase64Url(publicKey), signingAlgorithm, false, ['verify']);
    const text = new TextEncoder().encode(file.briefing);
    if (!(await subtle.verify(signingAlgorithm, key, fromBase64Url(file.signature), text))) throw 'bad signature';
    const briefing: Briefing = JSON.parse(file.briefing);
    const problem = briefingProblem(briefing, current);
    if (problem) throw `invalid ${problem}`;
    // Not `<= 0`: a version that is not semver compares as NaN (the rules refuse it first).
    if (!(compareVersions(briefing.version, current.version) > 0)) throw 'not newer';
    return { ok: true, briefing };
  } catch (reason) {
    return { ok: false, reason: typeof reason === 'string' ? reason : 'malformed' };
  }
}
