import { escapeHtml } from './static-html.js';
import { quickExitDefaultHref, quickExitStrings } from './strings/quick-exit.js';

/**
 * The no-JavaScript fallback of `<safer-seven-quick-exit>`: a plain link that leaves the
 * whole tab (`target="_top"`, for a page inside a frame) and tells the next site nothing
 * about the page left (`noreferrer`). A destination other than `https:` is a data error.
 */
export function quickExitFallbackHtml(href: string = quickExitDefaultHref): string {
  if (!href.startsWith('https:')) throw new Error(`Safer Seven: a quick exit goes to an https: page, not ${href}`);
  return (
    `<a class="safer-seven-fallback" href="${escapeHtml(href)}" rel="nofollow noreferrer" target="_top">` +
    `${escapeHtml(quickExitStrings.exitThisPage)}</a>`
  );
}
