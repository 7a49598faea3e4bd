// `npm run site:heights`: measures every embed page (site/embed/*.html) in Chromium at the
// widths a partner's frame has (320, 768 and 1280 px) and writes demo/embed-heights.json, the
// heights the builder's iframe code and the oEmbed JSON give. Measured, not guessed, and
// committed, so that `npm start` and `npm run site` need no browser; a test fails when the
// data is stale (test/node/embed-heights.test.mjs: the fingerprint of what the height depends
// on; test/demo/embed-heights.test.ts: the pages measured again in the browser).
//
// A page's height is the most it takes over three instants: the office open, the office
// closed (the route that applies moves first), and past the review date (the review line). Then a margin: the frame shows the reader's own system font,
// which may run wider than the one measured here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { serveSite } from './serve-site.mjs';
import { embedHeightsFile, embedHeightsFingerprint, embedNames, embedWidths, heightWithMargin } from './site/embeds.mjs';

const root = new URL('..', import.meta.url).pathname;

/** The three instants a page is measured at (ISO strings), from the briefing's own dates and hours. */
export function measuringInstants(content, briefing) {
  const hours = briefing.officeHours;
  let day = Date.parse(`${briefing.reviewed}T12:00:00Z`);
  while (!content.routeAt(hours, day).open) day += 86_400_000;
  // Bank holidays follow the rule in every year, so no later instant adds a caveat.
  const past = Date.parse(`${briefing.reviewDue}T12:00:00Z`);
  return {
    open: new Date(day).toISOString(),
    closed: new Date(day + 8 * 3_600_000).toISOString(),
    'past review': new Date(past + 7 * 86_400_000).toISOString(),
  };
}

/** Measures `embed/<name>.html` of the site at `siteUrl`: `{ [name]: { [width]: px } }`, the most over the instants. */
export async function measureEmbedHeights({ siteUrl, names, instants, widths = embedWidths }) {
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
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
        // Tall enough never to scroll: a frame given the right height has no scrollbar either.
        await page.setViewport({ width, height: 4000 });
        let most = 0;
        for (const now of Object.values(instants)) {
          await page.goto(`${siteUrl}embed/${name}.html?now=${encodeURIComponent(now)}`, { waitUntil: 'load' });
          const height = await page.evaluate(async () => {
            const tag = document.querySelector('[data-safer-seven-embed]');
            await customElements.whenDefined(tag.localName);
            await tag.updateComplete;
            await document.fonts.ready;
            return Math.ceil(document.documentElement.getBoundingClientRect().height);
          });
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
    const measured = await measureEmbedHeights({ siteUrl: `http://127.0.0.1:${server.address().port}/`, names, instants });
    const pages = Object.fromEntries(
      Object.entries(measured).map(([name, byWidth]) => [name, Object.fromEntries(Object.entries(byWidth).map(([width, px]) => [width, heightWithMargin(px)]))]),
    );
    const data = {
      about:
        'Heights (px) of each embed page at each frame width, measured in Chromium by npm run site:heights (scripts/embed-heights.mjs), the most over the instants below, plus a margin for other fonts (heightWithMargin in scripts/site/embeds.mjs). Do not edit by hand: run npm run site:heights after any change to the content or the styles.',
      fingerprint: await embedHeightsFingerprint(content),
      widths: embedWidths,
      instants,
      pages,
      measured,
    };
    writeFileSync(embedHeightsFile, `${JSON.stringify(data, null, 2)}\n`);
    console.log(`site:heights: ${names.length} pages at ${embedWidths.join(', ')} px -> ${embedHeightsFile.slice(root.length)}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
