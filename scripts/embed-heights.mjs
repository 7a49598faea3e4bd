// `npm run site:heights`: measures every embed page (site/embed/*.html) in Chromium at the
// widths a partner's frame has (320, 768 and 1280 px) and writes demo/embed-heights.json, the
// heights the builder's iframe code and the oEmbed JSON give. Measured, not guessed, and
// committed, so that `npm start` and `npm run site` need no browser; a test fails when the
// data is stale (test/node/embed-heights.test.mjs: the fingerprint of what the height depends
// on; test/demo/embed-heights.test.ts: the pages measured again in the browser).
//
// A page's height is the most it takes over four instants: the office open, the office
// closed (the route that applies moves first), a bank holiday (its name in the status line),
// and past the review date (the review line). Then a margin: the frame shows the reader's
// own system font, which may run wider than the one measured here.
//
// Two sets of heights, of one shape (page -> width -> px):
//   pages           at the browser's default text size: compact, for hosts that resize the
//                   frame to the height the page posts (WordPress), which start from it
//   pagesLargeText  at 200% text (WCAG 1.4.4: Chromium's default font size 32 px, set in its
//                   profile as a reader sets it), for hosts that never resize (SharePoint,
//                   Google Sites): a frame that tall holds every line at large text too
// A frame shorter than its panel still scrolls inside (scripts/site/embed.css), so nothing is
// ever clipped; these heights are what keeps the reader from having to.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { serveSite } from './serve-site.mjs';
import { embedHeightsFile, embedHeightsFingerprint, embedNames, embedWidths, heightWithMargin, panelInstants } from './site/embeds.mjs';

const root = new URL('..', import.meta.url).pathname;

/** The four instants a page is measured at (ISO strings), from the briefing's own dates and hours. */
export function measuringInstants(content, briefing) {
  const instants = panelInstants(content, briefing);
  return { open: instants.open, closed: instants.closed, holiday: instants.holiday, 'past review': instants['past review'] };
}

/** The default font size of 200% text: what a reader sets in Chromium's settings ("Very large" is 24; 32 doubles 16). */
export const largeTextFontSize = 32;

/**
 * Chromium with `defaultFontSize` as the profile's default font size (px), as a reader's own
 * setting would give it (not a page zoom): a profile of its own, in a folder removed by `close`.
 */
export async function launchWithFontSize(defaultFontSize) {
  const profile = mkdtempSync(join(tmpdir(), 'safer-seven-font-size-'));
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: defaultFontSize } } }));
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs(), userDataDir: profile });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    rmSync(profile, { recursive: true, force: true });
  };
  return browser;
}

/** In an embed page: the height its panel takes (what it posts by WordPress's protocol). */
export const panelHeight = () => Math.ceil(document.querySelector('main').getBoundingClientRect().height);

/** Measures `embed/<name>.html` of the site at `siteUrl`: `{ [name]: { [width]: px } }`, the most over the instants. */
export async function measureEmbedHeights({ siteUrl, names, instants, widths = embedWidths, defaultFontSize }) {
  const browser = defaultFontSize ? await launchWithFontSize(defaultFontSize) : await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    // A page that logs a problem is not measured as it should look: stop and say so.
    const problems = [];
    page.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    const measured = {};
    for (const name of names) {
      measured[name] = {};
      for (const width of widths) {
        await page.setViewport({ width, height: 800 });
        let most = 0;
        for (const now of Object.values(instants)) {
          await page.goto(`${siteUrl}embed/${name}.html?now=${encodeURIComponent(now)}`, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready);
          const height = await page.evaluate(panelHeight);
          if (problems.length) throw new Error(`site:heights: embed/${name}.html at ${now}: ${problems.join('; ')}`);
          most = Math.max(most, height);
        }
        measured[name][width] = most;
      }
    }
    return measured;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const siteDir = join(root, 'site');
  const content = await import(pathToFileURL(join(root, 'packages/content/dist/index.js')).href);
  const names = embedNames(content);
  const instants = measuringInstants(content, content.cse);
  // The site as its host serves it (scripts/serve-site.mjs), on a free port unless PORT says one.
  const server = await serveSite({ dir: siteDir, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' });
  try {
    const siteUrl = `http://127.0.0.1:${server.address().port}/`;
    const measured = await measureEmbedHeights({ siteUrl, names, instants });
    const measuredLargeText = await measureEmbedHeights({ siteUrl, names, instants, defaultFontSize: largeTextFontSize });
    const withMargins = (heights) =>
      Object.fromEntries(Object.entries(heights).map(([name, byWidth]) => [name, Object.fromEntries(Object.entries(byWidth).map(([width, px]) => [width, heightWithMargin(px)]))]));
    const data = {
      about:
        'Heights (px) of each embed page at each frame width, measured in Chromium by npm run site:heights (scripts/embed-heights.mjs), the most over the instants below, plus a margin for other fonts (heightWithMargin in scripts/site/embeds.mjs). pages: at the default text size, for hosts that resize the frame (WordPress); pagesLargeText: at 200% text (default font size 32 px), for hosts that do not (SharePoint, Google Sites). Do not edit by hand: run npm run site:heights after any change to the content or the styles.',
      fingerprint: await embedHeightsFingerprint(content),
      widths: embedWidths,
      instants,
      pages: withMargins(measured),
      pagesLargeText: withMargins(measuredLargeText),
      largeTextFontSize,
      measured,
      measuredLargeText,
    };
    writeFileSync(embedHeightsFile, `${JSON.stringify(data, null, 2)}\n`);
    console.log(`site:heights: ${names.length} pages at ${embedWidths.join(', ')} px -> ${embedHeightsFile.slice(root.length)}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
