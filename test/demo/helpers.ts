// Loads the site's pages (site/, built by npm run site, served by the test server under /site/,
// which also proves that it works under a sub-path) into same-origin iframes as a reader's browser would, and checks them.
// A page is fetched and given to the frame as `srcdoc` with two additions at the top of its
// <head>: a <base> with its real address (so every relative or absolute URL resolves as on
// the server) and a tiny recorder that notes every error, warning, failed load, request to
// another origin and Content-Security-Policy violation from the first moment, before the
// page's own scripts run (and before the page's CSP <meta>, which governs only what follows it).
import type { AxeResults } from 'axe-core';
import { saferSevenTags, type SaferSevenTag } from '../../packages/content/src/index.js';

/** What the recorder notes; read from the frame's window. */
interface RecordingWindow extends Window {
  __demoProblems?: string[];
  axe?: { run(context: Document, options?: object): Promise<AxeResults> };
}

const recorder = `<script>
(() => {
  const problems = (window.__demoProblems = []);
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      problems.push(level + ': ' + args.map(String).join(' '));
      original.apply(console, args);
    };
  }
  // Capture phase: a script or stylesheet that fails to load fires 'error' on its element.
  addEventListener('error', (event) => {
    const target = event.target;
    problems.push(target && target !== window ? 'failed to load: ' + (target.src || target.href) : 'error: ' + event.message);
  }, true);
  addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + String(event.reason)));
  // The site's pages carry a strict Content-Security-Policy: anything it blocks is a problem.
  addEventListener('securitypolicyviolation', (event) => problems.push('blocked by the Content-Security-Policy: ' + event.violatedDirective + ' ' + (event.blockedURI || event.sample)));
})();
</script>`;

/** Where the test server serves site/: under a sub-path, as a partner's host may. */
export const siteRoot = '/site/';

export const demoPages = {
  index: `${siteRoot}`,
  components: `${siteRoot}examples/components.html`,
  builder: `${siteRoot}builder.html`,
  leaflet: `${siteRoot}examples/leaflet.html`,
  school: `${siteRoot}examples/school.html`,
  council: `${siteRoot}examples/council.html`,
  charity: `${siteRoot}examples/charity.html`,
} as const;

export const tags = saferSevenTags;
export type Tag = SaferSevenTag;

/** `safer-seven-report-it` -> `report-it`, the name in the site's addresses. */
export const partOf = (tag: Tag) => tag.replace(/^safer-seven-/, '');
export const embedPage = (tag: Tag) => `${siteRoot}embed/${partOf(tag)}.html`;
export const staticPage = (tag: Tag) => `${siteRoot}static/${partOf(tag)}.html`;

export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: ${response.status} (has npm run site run?)`);
  return response.text();
}

export interface LoadedPage {
  readonly frame: HTMLIFrameElement;
  readonly window: RecordingWindow;
  readonly document: Document;
  /** Errors, warnings and failed loads noted since the page started. */
  problems(): string[];
  remove(): void;
}

/** A page in a new iframe, with the recorder in place before anything else runs. */
export async function loadHtml(html: string, baseUrl: string, width = 1000): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  const base = `<base href="${new URL(baseUrl, location.href).href}">`;
  const head = /<head[^>]*>/i.exec(html);
  frame.srcdoc = head
    ? html.replace(head[0], `${head[0]}${base}${recorder}`)
    : `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Page</title>${base}${recorder}</head><body>${html}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const frameWindow = frame.contentWindow as RecordingWindow;
  return {
    frame,
    window: frameWindow,
    document: frame.contentDocument as Document,
    problems: () => [...(frameWindow.__demoProblems ?? [])],
    remove: () => frame.remove(),
  };
}

export async function loadPage(url: string, width?: number): Promise<LoadedPage> {
  return loadHtml(await fetchText(url), url, width);
}

/** Waits until `condition` holds, polling each frame; fails with `what` after `timeout` ms. */
export async function until(condition: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

type Rendered = Element & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

/** Every Safer Seven element of a page, once defined and rendered. */
export async function renderedElements(page: LoadedPage, root: ParentNode = page.document): Promise<Rendered[]> {
  const elements = [...root.querySelectorAll(tags.join(','))];
  await Promise.all(elements.map((element) => page.window.customElements.whenDefined(element.localName)));
  for (const element of elements) await (element as Rendered).updateComplete;
  return elements as Rendered[];
}

/** Runs axe-core inside the frame (loaded there, so it sees the frame's own document). */
export async function axeViolations(page: LoadedPage, disabledRules: readonly string[] = []): Promise<string[]> {
  if (!page.window.axe) {
    const script = page.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    page.document.head.append(script);
    await loaded;
  }
  const rules = Object.fromEntries(disabledRules.map((rule) => [rule, { enabled: false }]));
  const results = await page.window.axe!.run(page.document, { resultTypes: ['violations'], rules });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
}

/** Resources the page asked for from any origin but this one. */
export function foreignRequests(page: LoadedPage): string[] {
  return page.window.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).origin !== location.origin);
}

/** The text a reader sees in an element's shadow root, with runs of white space as one. */
export function shownText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The `tel:` addresses in a root, in order. */
export function telHrefs(root: ParentNode | null | undefined): string[] {
  return [...(root?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => link.getAttribute('href') ?? '');
}
