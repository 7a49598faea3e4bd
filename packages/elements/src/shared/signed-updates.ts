import { openSignedFile, readCapped, type Briefing } from '@safer-seven/content';

export { isPastExpiry } from '@safer-seven/content';

/**
 * The page's one loader of signed content updates (the `updates` and `updates-key`
 * attributes). However many elements name the same file with the same key and topic, it is
 * fetched and checked once per page, and a refusal is said once, with `console.warn`, naming
 * the file and why (docs/embedding.md explains each reason). Nothing is stored: the next page
 * view asks again (the browser's HTTP cache may answer).
 */

/** A signed file is about 10 kB; anything past 100 kB is refused, and no more than that is read. */
const largestFile = 1e5;

/** How long the file may take, in milliseconds, before the built-in content is kept for good. */
const timeout = 10_000;

/** Each file's answer, by address, key and topic. A plain object, read with `??=`: every name ends in the topic (`…cse`), so none is one of Object.prototype's. */
const updates: Record<string, Promise<Briefing | undefined>> = {};

/**
 * The newer briefing from a signed file, if it verifies with `publicKey` (the content key or
 * two, and the freshness key as `fresh:<key>`: see openSignedFile) and is newer than
 * `builtIn`; otherwise `undefined`, after one warning that names the file and why. The file is
 * fetched once per page, https: only (or from the page's own origin), with no cookies and no
 * referrer, and read no further than the cap (readCapped).
 */
export function signedUpdate(address: string, publicKey: string, builtIn: Briefing): Promise<Briefing | undefined> {
  return (updates[address + publicKey + builtIn.topic] ??= (async () => {
    try {
      const url = new URL(address, document.baseURI);
      if (url.protocol !== 'https:' && url.origin !== origin) throw 'not https:';
      const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(timeout) });
      if (!response.ok) throw `HTTP ${response.status}`;
      return await openSignedFile(await readCapped(response, largestFile), publicKey, builtIn);
    } catch (reason) {
      // Ours are strings; the browser's own errors say what they are: "Failed to fetch" (the
      // network, CORS or the CSP connect-src: a page cannot tell them apart), "signal timed
      // out", or a file or key that cannot be read (a SyntaxError or TypeError's message).
      console.warn(`Safer Seven: ${address} not used: ${(reason as Error).message ?? reason}`);
    }
  })());
}
