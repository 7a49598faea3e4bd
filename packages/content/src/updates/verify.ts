import type { Briefing } from '../types.js';
import { validateBriefing } from '../validate.js';
import { compareVersions } from '../version.js';
import { fromBase64Url } from './encoding.js';
import { keyIdOf, signingAlgorithm, subtleCrypto } from './envelope.js';

/** The answer of `verifyUpdate`: the newer briefing, or why the page keeps the one it has. */
export type UpdateVerdict =
  | { readonly ok: true; readonly briefing: Briefing }
  | { readonly ok: false; /** Short words a page's developer understands: `signed by another key`. */ readonly reason: string };

/**
 * Checks a signed content file (its text, as fetched) against the public key the page pinned
 * and the briefing the page already has. The file is used only if all of these hold, in this
 * order: it is a signed content file; it is signed by the pinned key and the signature
 * verifies over the exact briefing text; that text is a valid briefing; its topic is the
 * page's; its version is newer than the page's (no rollback to older content). Never throws.
 * Pure apart from WebCrypto, so it runs the same in Node and in the browser.
 */
export async function verifyUpdate(fileText: string, publicKey: string, current: Briefing): Promise<UpdateVerdict> {
  const refuse = (reason: string): UpdateVerdict => ({ ok: false, reason });
  const subtle = subtleCrypto();
  if (!subtle) return refuse('no WebCrypto (an https: page has it)');
  let file: Record<string, unknown>;
  try {
    file = JSON.parse(fileText);
  } catch {
    return refuse('not JSON');
  }
  const { briefing: text, signature } = file ?? {};
  if (file?.format !== 1 || typeof text !== 'string' || typeof signature !== 'string') {
    return refuse('not a signed file');
  }
  let verified: boolean;
  try {
    if (file.keyId !== keyIdOf(publicKey)) return refuse('signed by another key');
    const key = await subtle.importKey('raw', fromBase64Url(publicKey), signingAlgorithm, false, ['verify']);
    verified = await subtle.verify(signingAlgorithm, key, fromBase64Url(signature), new TextEncoder().encode(text));
  } catch {
    // importKey refuses anything but a P-256 point; fromBase64Url anything but base64url.
    return refuse('updates-key or signature malformed');
  }
  if (!verified) return refuse('signature does not verify');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('not JSON');
  }
  const topic = (parsed as Briefing | null)?.topic;
  if (topic !== current.topic) return refuse(`for topic ${topic}`);
  const validation = validateBriefing(parsed, current);
  if (!validation.ok) return refuse(`invalid briefing (${validation.reason})`);
  const briefing = validation.briefing;
  if (compareVersions(briefing.version, current.version) <= 0) {
    return refuse(`${briefing.version} is not newer`);
  }
  return { ok: true, briefing };
}
