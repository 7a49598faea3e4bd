// The script snippet exactly as the builder writes it, pasted into a partner's page on another
// origin, in Chromium. The partnership's site is built for the address it is served at here (a
// loopback server standing in for the configured public address, as SAFER_SEVEN_SITE_URL does
// for any address); the builder is opened there and the snippet read from its "Get the code"
// box as a partner copies it, unchanged. Pasted into a page served by a second server (another
// origin), the tags upgrade: the drop-in comes from the partnership's site, across origins
// (crossorigin="anonymous" and the site's Access-Control-Allow-Origin), its integrity checked.
// With one byte of the file changed on the partnership's server, the browser refuses it: the
// tags stay as their fallback, every number still there.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { buildSite } from '../../scripts/build-site.mjs';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { headerRules, siteResponse } from '../../scripts/serve-site.mjs';
import { content } from './content.mjs';

const siteDir = mkdtempSync(join(tmpdir(), 'safer-seven-cross-origin-'));
/** When set, the partnership's server changes one byte of every drop-in file it sends. */
let tamper = false;
let rules;

/** The partnership's site: site/ as a static host serves it, with its _headers. */
const siteServer = createServer((request, response) => {
  rules ??= headerRules(siteDir);
  const path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
  const answer = siteResponse(siteDir, rules, path);
  if (!answer.file) {
    response.writeHead(answer.status, answer.headers).end(answer.body);
    return;
  }
  const bytes = readFileSync(answer.file);
  if (tamper && path.endsWith('.min.js')) bytes[Math.floor(bytes.length / 2)] ^= 0x01;
  response.writeHead(200, answer.headers).end(bytes);
});

/** A partner's page on another origin: whatever `hostPage` holds. */
let hostPage = '';
const hostServer = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage);
});

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}/`)));

let siteUrl;
let hostUrl;
let browser;
let snippet;

before(async () => {
  siteUrl = await listen(siteServer);
  hostUrl = await listen(hostServer);
  assert.notEqual(new URL(siteUrl).origin, new URL(hostUrl).origin);
  await buildSite({ outDir: siteDir, env: { SAFER_SEVEN_SITE_URL: siteUrl } });
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
  // The snippet as a partner copies it: "Get the code" for a site where they can paste code.
  const page = await browser.newPage();
  await page.goto(`${siteUrl}builder.html?host=school`);
  await page.waitForSelector('#builder[data-state="ready"]', { timeout: 30000 });
  snippet = await page.$eval('#code', (box) => box.value);
  assert.equal(snippet, await page.$eval('#snippet', (box) => box.value), 'the developers\' snippet is the same text');
  await page.close();
});

after(async () => {
  await browser?.close();
  await Promise.all([siteServer, hostServer].map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(siteDir, { recursive: true, force: true });
});

/** Opens the partner's page with the snippet pasted in, and says what a reader gets. */
async function openPartnerPage() {
  hostPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A school: safeguarding</title></head>
<body><main><h1>Safeguarding</h1>
${snippet}
</main></body></html>`;
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  const messages = [];
  const scripts = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  page.on('response', (response) => response.url().endsWith('.min.js') && scripts.push({ url: response.url(), status: response.status() }));
  await page.goto(hostUrl, { waitUntil: 'load' });
  const reader = await page.evaluate(async () => {
    const tag = 'safer-seven-report-it';
    const element = document.querySelector(tag);
    // Deferred scripts have run by load: a tag that is not defined now never will be.
    const defined = Boolean(customElements.get(tag));
    if (defined) await element.updateComplete;
    const root = defined ? element.shadowRoot : element;
    return {
      origin: location.origin,
      defined,
      tel: [...root.querySelectorAll('a[href^="tel:"]')].filter((link) => link.getClientRects().length > 0).map((link) => link.getAttribute('href')),
      activeRoute: defined ? element.activeRoute : undefined,
    };
  });
  await page.close();
  return { ...reader, messages, scripts };
}

const reportingTel = content.cse.reportingRoutes.map((route) => content.telHref(content.contactById(content.cse, route.contactId).phone.dial));

describe('the builder\'s snippet, pasted into a page on another origin', () => {
  it('names the drop-in on the partnership\'s site, with the file\'s own SRI hash', () => {
    const script = /<script src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous" defer><\/script>/.exec(snippet);
    assert.ok(script, snippet);
    assert.equal(script[1], `${siteUrl}files/elements/${JSON.parse(readFileSync(join(siteDir, 'assets/bundle-info.json'), 'utf8')).version}/safer-seven.min.js`);
    const served = readFileSync(join(siteDir, new URL(script[1]).pathname));
    assert.equal(script[2], `sha384-${createHash('sha384').update(served).digest('base64')}`);
    assert.doesNotMatch(snippet, /now=/);
  });

  it('upgrades its tags, the drop-in loaded from the partnership\'s site across origins', async () => {
    const reader = await openPartnerPage();
    assert.equal(reader.origin, new URL(hostUrl).origin);
    assert.deepEqual(reader.scripts.map((script) => [new URL(script.url).origin, script.status]), [[new URL(siteUrl).origin, 200]]);
    assert.equal(reader.defined, true, reader.messages.join('\n'));
    for (const tel of reportingTel) assert.ok(reader.tel.includes(tel), `${tel} shown`);
    assert.ok([content.cse.officeHours.openRoute, content.cse.officeHours.closedRoute].includes(reader.activeRoute));
    assert.deepEqual(reader.messages, []);
  });

  it('is refused by the browser when one byte of the file has changed: the fallback stays, every number in it', async () => {
    tamper = true;
    try {
      const reader = await openPartnerPage();
      assert.equal(reader.defined, false, 'the tampered script did not run');
      assert.ok(reader.messages.some((message) => /integrity/i.test(message)), reader.messages.join('\n'));
      for (const tel of reportingTel) assert.ok(reader.tel.includes(tel), `${tel} shown in the fallback`);
    } finally {
      tamper = false;
    }
  });
});
