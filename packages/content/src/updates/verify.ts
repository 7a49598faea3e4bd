import type { Briefing } from '../types.js';
import { briefingProblem } from '../validate.js';
import { fromBase64Url } from './encoding.js';
import { signingAlgorithm, type Signed } from './envelope.js';

/** The answer of `verifyUpdate`: the newer briefing, or why the page keeps the one it has. */
export type UpdateVerdict =
  | { readonly ok: true; readonly briefing: Briefing }
  | { readonly ok: false; /** A few words a page's developer understands: `signed by another key`. */ readonly reason: string };

/**
 * The bytes of `text` if `signed.signature` over them verifies with `signed.key`, and the page
 * pinned that key in this role: as it is for the content key (`role` empty), as `fresh:<key>`
 * for the freshness key. Otherwise throws `other key` or `bad signature`, after `role`.
 *
 * A file that names a pinned freshness key as its content key (`"key": "fresh:…"`) finds it
 * pinned, but cannot use it: `:` is no base64url character, so `fromBase64Url` throws
 * (test/node/updates.test.mjs keeps it so). The roles never mix.
 */
async function verifiedBytes(keys: readonly string[], signed: Signed, text: string, role = ''): Promise<Uint8Array<ArrayBuffer>> {
  if (!keys.includes(role + signed.key)) throw `${role}other key`;
  const bytes = new TextEncoder().encode(text);
  const publicKey = await crypto.subtle.importKey('raw', fromBase64Url(signed.key), signingAlgorithm, false, ['verify']);
  if (!(await crypto.subtle.verify(signingAlgorithm, publicKey, fromBase64Url(signed.signature), bytes))) throw `${role}bad signature`;
  return bytes;
}

/**
 * The briefing of a signed content file (its text, as fetched), when all of these hold, in
 * this order; otherwise it rejects with a short reason of ours, or the TypeError or SyntaxError
 * of a file or key that cannot be read (`verifyUpdate` calls those "malformed"):
 *
 * - a content key the page pinned signed the briefing text (`updates-key` holds one, or two
 *   while keys rotate, each as it is; the file's `keyId` chooses);
 * - a freshness key the page pinned (in `updates-key` as `fresh:<key>`) signed the file's
 *   freshness record, and the record's `sha256` is that of exactly that briefing text: a record
 *   over another file, or a record for a briefing no content key signed, is refused;
 * - the briefing, with the record's `expires` in place of its own, passes the one rule set
 *   (validate.ts), and its version is newer than `current`'s (no rollback);
 * - the record's `expires` is at most `longestExpiry` ahead and has not passed (with the
 *   clock tolerance of `isPastExpiry`).
 *
 * So the freshness key, which signs unattended every week, can keep a release that the
 * content key signed fresh, but never put a number on a page. The elements call this;
 * `verifyUpdate` is the same for everyone else.
 */
export async function openSignedFile(fileText: string, publicKeys: string, current: Briefing): Promise<Briefing> {
  const file = JSON.parse(fileText);
  // Blank: null, a TypeError below.
  const keys = publicKeys.match(/\S+/g)!;
  const text = await verifiedBytes(keys, file, file.briefing);
  const fresh = file.fresh ?? {};
  await verifiedBytes(keys, fresh, fresh.text, 'fresh:');
  const record = JSON.parse(fresh.text);
  // Both as lists of numbers, `1,2,…`: `!=` turns the bytes of the record's hash into one.
  // eslint-disable-next-line eqeqeq
  if (`${new Uint8Array(await crypto.subtle.digest('SHA-256', text))}` != (fromBase64Url(record.sha256) as unknown as string)) throw 'other file';
  const briefing = JSON.parse(file.briefing);
  briefing.expires = record.expires;
  const problem = briefingProblem(briefing, current);
  if (problem) throw `invalid ${problem}`;
  // The rule set has made both plain `MAJOR.MINOR.PATCH`, which numeric collation (the locale
  // extension `-u-kn`) compares by number, `1.10.0` after `1.9.9`, as `compareVersions` does,
  // in fewer bytes.
  if (briefing.version.localeCompare(current.version, 'en-u-kn') < 1) throw 'not newer';
  return briefing;
}

/**
 * Checks a signed content file against the public keys the page pinned and the briefing the
 * page already has (see `openSignedFile`). Never throws. Pure apart from WebCrypto, so it runs
 * the same in Node and in the browser. The reasons are short because they ship in the drop-in
 * bundle; docs/trust-model.md explains each.
 */
export async function verifyUpdate(fileText: string, publicKeys: string, current: Briefing): Promise<UpdateVerdict> {
  try {
    return { ok: true, briefing: await openSignedFile(fileText, publicKeys, current) };
  } catch (reason) {
    return { ok: false, reason: typeof reason === 'string' ? reason : 'malformed' };
  }
}
