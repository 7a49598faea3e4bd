// Upgrading moves nothing: on every example page of the built site (site/examples/, npm run
// site), Cumulative Layout Shift stays at or below 0.05, measured in Chromium by a
// `layout-shift` PerformanceObserver installed before the page's first byte, as Lighthouse and
// the Web Vitals library measure it (the largest burst of shifts: gaps under 1 s, at most 5 s).
// The drop-in files are held back for a moment, as on a slow network, so that the page is
// painted with each tag's fallback before the tags upgrade: the fallback must hold what the
// tag will show, or its space. At a phone's width and a laptop's.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { serveSite } from '../../scripts/serve-site.mjs';

const root = new URL('../../', import.meta.url);
const siteDir = new URL('site', root).pathname;
const examples = readdirSync(new URL('demo/examples/', root)).filter((name) => name.endsWith('.html')).sort();
const viewports = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'laptop', width: 1280, height: 800 },
];
/** The most layout shift a page may have: half of Google's "good" threshold (0.1). */
const mostShift = 0.05;
/** How long the drop-in files are held back: long enough that the fallback is painted first. */
const scriptDelay = 400;

/** Installed before the page's own scripts: every layout shift, with what moved. */
function recordShifts() {
  window.__layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const moved = entry.sources.map((source) => {
        const node = source.node;
        const name = node?.nodeType === 1 ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}` : String(node?.nodeName ?? 'a removed node');
        return `${name} ${source.previousRect.y}->${source.currentRect.y}px (height ${source.previousRect.height}->${source.currentRect.height})`;
      });
      window.__layoutShifts.push({ value: entry.value, startTime: entry.startTime, moved });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** CLS as Web Vitals defines it: the largest session window of shifts. */
function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let windowValue = 0;
  let windowStart = 0;
  let previous = -Infinity;
  for (const shift of shifts) {
    if (shift.startTime - previous >= 1000 || shift.startTime - windowStart >= 5000) {
      windowValue = 0;
      windowStart = shift.startTime;
    }
    windowValue += shift.value;
    previous = shift.startTime;
    largest = Math.max(largest, windowValue);
  }
  return largest;
}

describe('layout shift on the example pages (site/examples/)', () => {
  let server;
  let browser;
  let siteUrl;

  before(async () => {
    if (!existsSync(`${siteDir}/examples`)) throw new Error('site/ is missing: run npm run site first (npm test does)');
    server = await serveSite({ dir: siteDir, port: 0, hostname: '127.0.0.1' });
    siteUrl = `http://127.0.0.1:${server.address().port}/`;
    browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });

  for (const example of examples) {
    for (const viewport of viewports) {
      it(`${example} at ${viewport.width} px: CLS at most ${mostShift}, with the drop-in files arriving late`, async () => {
        const page = await browser.newPage();
        try {
          const problems = [];
          page.on('pageerror', (error) => problems.push(String(error)));
          await page.setViewport({ width: viewport.width, height: viewport.height });
          await page.setRequestInterception(true);
          page.on('request', (request) => {
            if (/\.min\.js$/.test(new URL(request.url()).pathname)) setTimeout(() => request.continue(), scriptDelay);
            else request.continue();
          });
          await page.evaluateOnNewDocument(recordShifts);
          await page.goto(`${siteUrl}examples/${example}`, { waitUntil: 'load' });
          const upgraded = await page.evaluate(async () => {
            const tags = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('safer-seven-'));
            await Promise.all(tags.map((tag) => customElements.whenDefined(tag.localName)));
            await Promise.all(tags.map((tag) => tag.updateComplete));
            // Two frames, then a moment: every shift of the upgrade has been reported.
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            await new Promise((resolve) => setTimeout(resolve, 300));
            return tags.map((tag) => tag.localName);
          });
          const shifts = await page.evaluate(() => window.__layoutShifts);
          const cls = cumulativeLayoutShift(shifts);
          const report = shifts.map((shift) => `  ${shift.value.toFixed(4)} at ${Math.round(shift.startTime)} ms: ${shift.moved.join('; ')}`).join('\n');
          assert.deepEqual(problems, [], 'the page throws nothing');
          assert.ok(cls <= mostShift, `${example} at ${viewport.width}x${viewport.height}: CLS ${cls.toFixed(4)} (tags: ${upgraded.join(', ') || 'none'})\n${report}`);
          if (process.env.SAFER_SEVEN_REPORT_CLS) console.log(`${example} ${viewport.width}: CLS ${cls.toFixed(4)}\n${report}`);
        } finally {
          await page.close();
        }
      });
    }
  }
});
