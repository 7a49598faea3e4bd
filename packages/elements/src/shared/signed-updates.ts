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

const updates = new Map<string, Promise<Briefing | undefined>>();

/** The file's text: https: only (or the page's own origin), no cookies, no referrer, capped. */
async function fetchFile(address: string): Promise<string> {
  const url = new URL(address, document.baseURI);
  if (url.protocol !== 'https:' && url.origin !== origin) throw 'not https:';
  const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(timeout) });
  if (!response.ok) throw `HTTP ${response.status}`;
  // Read no further than the cap: a Content-Length above it is refused before the body, and a
  // body without one (or with a false one) is cancelled once it passes the cap.
  return readCapped(response, largestFile);
}

/**
 * The newer briefing from a signed file, if it verifies with `publicKey` (one key, or two
 * separated by spaces) and is newer than `builtIn`; otherwise `undefined`, after one warning.
 * A newer file past its `expires` is taken all the same (the element shows it with the
 * review line): it is still the newest content the page has verified.
 */
export function signedUpdate(address: string, publicKey: string, builtIn: Briefing): Promise<Briefing | undefined> {
  const key = address + publicKey + builtIn.topic;
  let update = updates.get(key);
  if (!update) {
    update = fetchFile(address)
      .then((text) =>
        // A file or key that cannot be read throws the browser's own error: "malformed".
        openSignedFile(text, publicKey, builtIn).catch((reason) => {
          throw typeof reason === 'string' ? reason : 'malformed';
        }),
      )
      .catch((reason: string | Error) => {
        // Ours are strings; the browser's own say "Failed to fetch" (the network, CORS or the
        // CSP connect-src: a page cannot tell them apart) or "signal timed out".
        console.warn(`Safer Seven: ${address} not used: ${(reason as Error).message ?? reason}`);
        return undefined;
      });
    updates.set(key, update);
  }
  return update;
}
