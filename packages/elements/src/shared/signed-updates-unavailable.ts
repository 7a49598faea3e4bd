import type { Briefing } from '@safer-seven/content';

let warned = false;

/**
 * The main drop-in file's stand-in for `signed-updates.ts` (rollup.config.mjs swaps it in).
 * Signed updates are opt-in, and fetching, verifying and checking them against the rule set
 * costs about 1,270 bytes gzip that most pages never use: they live in
 * `safer-seven-updates.min.js`, the same drop-in with
 * updates, so that the main file stays within its 13 KiB budget. A page that sets `updates`
 * on a tag but loads the main file keeps the built-in content and is told once why.
 */
export function signedUpdate(address: string, _publicKey: string, _builtIn: Briefing): Promise<Briefing | undefined> {
  if (!warned) {
    warned = true;
    console.warn(`Safer Seven: ${address} not used: updates need safer-seven-updates.min.js`);
  }
  return Promise.resolve(undefined);
}

/** The main file shows only its built-in content, which has no `expires`: never past it. */
export function isPastExpiry(_briefing: Briefing, _instant: number): boolean {
  return false;
}
