import { verifyUpdate, type Briefing } from '@safer-seven/content';

/**
 * The page's one loader of signed content updates (the `updates` and `updates-key`
 * attributes). However many elements name the same file, it is fetched once per page; each
 * file, key and built-in briefing is checked once, and a refusal is said once, with
 * `console.warn`, naming the file and why (docs/embedding.md explains each reason). Nothing
 * is stored: the next page view asks again (the browser's HTTP cache may answer).
 */

/** A signed file is about 10 kB; anything past this is refused. */
const largestFile = 131_072;

const files = new Map<string, Promise<string>>();
const updates = new Map<string, Promise<Briefing | undefined>>();

/** The file's text: https: only (or the page's own origin), no cookies, no referrer, capped. */
async function fetchFile(address: string, timeout: number): Promise<string> {
  const url = new URL(address, location.href);
  if (url.protocol !== 'https:' && url.origin !== location.origin) throw 'not https:';
  const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(timeout) }).catch(
    // A refusal by connect-src, CORS or the network looks the same to a page.
    (error: Error) => {
      throw error.name === 'TimeoutError' ? 'timed out' : 'fetch failed';
    },
  );
  if (!response.ok) throw `HTTP ${response.status}`;
  const tooLarge = 'too large';
  if (Number(response.headers.get('content-length')) > largestFile) throw tooLarge;
  const text = await response.text();
  if (text.length > largestFile) throw tooLarge;
  return text;
}

/**
 * The newer briefing from a signed file, if it verifies with `publicKey` and is newer than
 * `builtIn`; otherwise `undefined`, after one warning.
 */
export function signedUpdate(address: string, publicKey: string, builtIn: Briefing, timeout: number): Promise<Briefing | undefined> {
  const key = [address, publicKey, builtIn.topic, builtIn.version].join(' ');
  let update = updates.get(key);
  if (!update) {
    let file = files.get(address);
    if (!file) files.set(address, (file = fetchFile(address, timeout)));
    update = file
      .then((text) => verifyUpdate(text, publicKey, builtIn), (reason: string) => ({ ok: false, reason }) as const)
      .then((verdict) => {
        if (verdict.ok) return verdict.briefing;
        console.warn(`Safer Seven: not using ${address}: ${verdict.reason}`);
        return undefined;
      });
    updates.set(key, update);
  }
  return update;
}
