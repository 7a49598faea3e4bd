// A frame never hides a number (issue 20, point 3): each embed page of the built site (npm run
// site), framed as a host that never resizes frames frames it (SharePoint's Embed web part,
// Google Sites: sandboxed, from another site, `scrolling="no"`), in a Chromium whose reader
// has set large text (the profile's default font size: 32 px, 200% text, WCAG 1.4.4; and
// 20 px, Chrome's "Large"), at 320, 768 and 1280 px:
// - at the height written for such hosts (demo/embed-heights.json `pagesLargeText`, what the
//   builder writes for them), the whole panel fits: every line and number in view at once;
// - in a frame too short for it (WordPress's 1000 px cap, a host's own height), every number
//   and every line can still be scrolled to inside the frame, and nothing runs off its side.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchWithFontSize } from '../../scripts/embed-heights.mjs';
import { serveSite } from '../../scripts/serve-site.mjs';
import { embedWidths, readEmbedHeights } from '../../scripts/site/embeds.mjs';
import { content, repositoryRoot } from './content.mjs';

const heights = readEmbedHeights();
const parts = content.saferSevenTags.map((tag) => tag.replace(/^safer-seven-/, ''));

/**
 * In the frame: what a reader can reach. Every tel: link scrolled into view lies whole inside
 * the frame and is what is drawn there; the panel's first and last lines come into view at
 * the top and the bottom of the scroll; nothing is wider than the frame.
 */
function reach() {
  const box = document.body;
  const panel = document.querySelector('main');
  const inView = (rect) => rect.top >= -0.5 && rect.left >= -0.5 && rect.bottom <= innerHeight + 0.5 && rect.right <= innerWidth + 0.5;
  box.scrollTop = 0;
  const top = panel.getBoundingClientRect().top;
  box.scrollTop = box.scrollHeight;
  const bottom = panel.getBoundingClientRect().bottom;
  const tels = [...panel.querySelectorAll('a[href^="tel:"]')].map((link) => {
    link.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = link.getBoundingClientRect();
    const drawn = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return { href: link.getAttribute('href'), reached: inView(rect) && rect.height > 0 && link.contains(drawn) };
  });
  box.scrollTop = 0;
  return {
    fontSize: getComputedStyle(document.querySelector('[data-part~="base"]')).fontSize,
    panelHeight: panel.getBoundingClientRect().height,
    frameHeight: innerHeight,
    firstLineInView: top >= -0.5,
    lastLineInView: bottom <= innerHeight + 0.5,
    wider: Math.max(box.scrollWidth - box.clientWidth, document.documentElement.scrollWidth - document.documentElement.clientWidth),
    tels,
  };
}

for (const fontSize of [32, 20]) {
  describe(`the embed pages at ${fontSize} px text, in frames that never resize`, () => {
    let server;
    let browser;
    let page;
    let siteOrigin;
    before(async () => {
      server = await serveSite({ dir: `${repositoryRoot}site`, port: 0, hostname: '127.0.0.1' });
      siteOrigin = `http://127.0.0.1:${server.address().port}`;
      browser = await launchWithFontSize(fontSize);
      page = await browser.newPage();
    });
    after(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
    });

    /** The page `name` in a frame `width` x `height` of a host page on another site; what the reader can reach. */
    async function framed(name, width, height) {
      await page.setViewport({ width: width + 40, height: 900 });
      // The host: about:blank, another site than the frame's; sandboxed, scrolling="no".
      await page.setContent(
        `<!doctype html><body style="margin:20px"><iframe sandbox="allow-scripts" scrolling="no" title="t" src="${siteOrigin}/embed/${name}.html" style="border:0;display:block;width:${width}px;height:${height}px"></iframe></body>`,
        { waitUntil: 'load' },
      );
      const frame = page.frames().find((candidate) => candidate.url().startsWith(siteOrigin));
      await frame.evaluate(() => document.fonts.ready);
      return frame.evaluate(reach);
    }

    const expectTelsOf = (part, result, where) => {
      const expected = [...content.staticTagHtml(content.cse, `safer-seven-${part}`).matchAll(/href="(tel:[^"]+)"/g)].map(([, href]) => href);
      assert.deepEqual([...new Set(result.tels.map((tel) => tel.href))].sort(), [...new Set(expected)].sort(), `${where}: the numbers`);
      for (const tel of result.tels) assert.ok(tel.reached, `${where}: ${tel.href} cannot be reached`);
      assert.ok(result.wider <= 0, `${where}: ${result.wider} px wider than the frame`);
      assert.ok(result.firstLineInView && result.lastLineInView, `${where}: a line cannot be scrolled to`);
    };

    for (const part of parts) {
      for (const width of embedWidths) {
        it(`${part} at ${width} px: fits the height for hosts that do not resize; scrolls to every line in a shorter frame`, async () => {
          const large = heights.pagesLargeText[part][width];
          const fits = await framed(part, width, large);
          assert.equal(fits.fontSize, `${Math.max(fontSize, 16)}px`, 'the reader\'s text size reaches the panel');
          assert.ok(fits.panelHeight <= fits.frameHeight, `${part} at ${width} px: ${fits.panelHeight} px of panel in a frame of ${large} px`);
          expectTelsOf(part, fits, `${part} at ${width} px in ${large} px`);
          // WordPress's cap, the compact height for hosts that resize, and a host's own short frame.
          for (const height of new Set([Math.min(large, 1000), heights.pages[part][width], 300])) {
            expectTelsOf(part, await framed(part, width, height), `${part} at ${width} px in ${height} px`);
          }
        });
      }
    }
  });
}
