// An embed page's address pasted into a post by a WordPress Author, in a real WordPress, and
// read on a phone and on a desktop: the way a partner who may not post scripts embeds a part.
//
//   the site     built by scripts/build-site.mjs for an address on this machine
//                (https://127.0.0.1:<port>/partners/safer-seven/), served as a static host
//                serves it (scripts/serve-site.mjs's answers) over https with a certificate
//                made for this run, on a port of its own: another origin than WordPress
//   WordPress    Debian's 6.1 (test/wordpress/wordpress-site.mjs) with its default theme, an
//                Author (no unfiltered_html), and one test mu-plugin that lets WordPress fetch
//                from that address: its port (WordPress fetches only from 80, 443 and 8080 by
//                default) and its certificate (no authority signed it)
//   the Author   logs in and pastes the address (Ctrl+V, from the clipboard) on an empty line of
//                the block editor, which makes it an embed block, previews it through WordPress's
//                oEmbed proxy, and publishes (https: as the partnership's site is: WordPress 6.1's
//                editor makes an embed block only of a pasted https: address)
//   a reader     opens the post at 375 px and at 1280 px (and at 375 px with Chrome's "Large"
//                text): WordPress found the answer over https, filtered it, and loaded its own
//                wp-embed.js, which resizes the frame to the height the page posts; and a
//                reader without JavaScript gets the answer's quote, every number in it
//
// Nothing adds wp-embed.js by hand: WordPress loads it only when the answer holds a blockquote
// (scripts/site/oembed.mjs), and this test fails when it does not.
// Needs a build first (npm test runs npm run site); `npm run test:wordpress`.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { wordpressTheme } from '../../scripts/find-wordpress.mjs';
import { serveSite } from '../../scripts/serve-site.mjs';
import { content, repositoryRoot } from '../node/content.mjs';
import { password, startWordPress } from './wordpress-site.mjs';

const { cse, contactById, telHref } = content;
const sitePath = '/partners/safer-seven/';
const part = 'report-it';
/** The numbers report-it shows, from the content package, as the tel: addresses it links. */
const reportItNumbers = cse.reportingRoutes.map((route) => telHref(contactById(cse, route.contactId).phone.dial));
/** "Fits" allows this much either way. */
const fitsWithin = 8;
/** wp-embed.js keeps a frame between 200 and 1000 px: a taller page scrolls inside its frame. */
const wordPressMostHeight = 1000;

/** A port nothing listens on now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A certificate for 127.0.0.1 made now (openssl, which Debian's ca-certificates brings), as `{ key, cert }`. */
function certificateFor127() {
  const dir = mkdtempSync(join(tmpdir(), 'safer-seven-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], {
      stdio: 'ignore',
    });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The built site over https: scripts/serve-site.mjs's own request handler, behind TLS. */
async function serveSiteOverHttps({ dir, port, basePath }) {
  const plain = await serveSite({ dir, port: 0, hostname: '127.0.0.1', basePath });
  const [handler] = plain.listeners('request');
  await new Promise((resolve) => plain.close(resolve));
  const server = createHttpsServer(certificateFor127(), handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

/**
 * Chromium, with its default text size set as a reader sets it (16 px unless told); `close()`
 * also deletes the profile made for the text size.
 */
async function launchChromium({ defaultFontSize } = {}) {
  let userDataDir;
  if (defaultFontSize) {
    // Settings > Appearance > Font size writes this preference; every frame of every page takes it.
    userDataDir = mkdtempSync(join(tmpdir(), 'safer-seven-chromium-'));
    mkdirSync(join(userDataDir, 'Default'));
    writeFileSync(join(userDataDir, 'Default/Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: defaultFontSize } } }));
  }
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs(), '--headless=new'],
    protocolTimeout: 120_000,
    // The test site's certificate, made for this run, is signed by no authority.
    acceptInsecureCerts: true,
    userDataDir,
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

describe(`${part}'s address pasted by a WordPress Author, read at 375 and 1280 px`, { timeout: 600_000 }, () => {
  const siteDir = mkdtempSync(join(tmpdir(), 'safer-seven-oembed-site-'));
  /** Every request the site answered, with who asked: WordPress names itself in its User-Agent. */
  const siteRequests = [];
  /** Errors the readers' pages (and their frames) logged, and uncaught exceptions: none is expected. */
  const pageErrors = [];
  let site;
  let publicUrl;
  let pageUrl;
  let wordpress;
  let chromium;
  let browser;
  /** What the Author's editor saved and published. */
  let post;

  before(
    async () => {
      // Ports: free ones the OS picks, or these variables' (a machine that assigns port ranges).
      const sitePort = Number(process.env.SAFER_SEVEN_OEMBED_SITE_PORT ?? (await freePort()));
      publicUrl = `https://127.0.0.1:${sitePort}${sitePath}`;
      pageUrl = `${publicUrl}embed/${part}.html`;
      // The site as the builder writes it for this address (its oEmbed JSON and discovery links name it).
      await promisify(execFile)(process.execPath, ['scripts/build-site.mjs', '--out', siteDir], {
        cwd: repositoryRoot,
        env: { ...process.env, SAFER_SEVEN_SITE_URL: publicUrl },
      });
      site = await serveSiteOverHttps({ dir: siteDir, port: sitePort, basePath: sitePath });
      site.on('request', (request) => siteRequests.push({ url: request.url, userAgent: request.headers['user-agent'] ?? '' }));
      const wordpressPort = Number(process.env.SAFER_SEVEN_WORDPRESS_OEMBED_PORT ?? (await freePort()));
      wordpress = await startWordPress({
        port: wordpressPort,
        phases: ['author'],
        muPlugins: {
          // WordPress fetches from ports 80, 443 and 8080 only (wp_http_validate_url), and checks
          // certificates: for the test site alone, its port is allowed and its certificate,
          // made for this run, taken. Nothing else changes.
          'safer-seven-test-site.php': `<?php
add_filter( 'http_allowed_safe_ports', function ( $ports, $host, $url ) {
	return 0 === strpos( $url, '${publicUrl}' ) ? array_merge( $ports, array( ${sitePort} ) ) : $ports;
}, 10, 3 );
add_filter( 'http_request_args', function ( $args, $url ) {
	if ( 0 === strpos( $url, '${publicUrl}' ) ) {
		$args['sslverify'] = false;
	}
	return $args;
}, 10, 2 );
`,
        },
      });
      chromium = await launchChromium();
      browser = chromium.browser;
    },
    { timeout: 300_000 },
  );

  after(async () => {
    await chromium?.close();
    await wordpress?.stop();
    await new Promise((resolve) => (site ? site.close(resolve) : resolve()));
    rmSync(siteDir, { recursive: true, force: true });
  });

  it('writes as an Author, who may publish but not post scripts, with the theme the test activated', () => {
    assert.deepEqual(wordpress.author.roles, ['author']);
    assert.equal(wordpress.author.canUnfilteredHtml, false, 'no unfiltered_html: WordPress deletes an <iframe> or <script> the Author types');
    assert.equal(wordpress.author.canPublishPosts, true);
    assert.equal(wordpress.author.canActivatePlugins, false, 'cannot install the plugin either');
    assert.equal(wordpress.theme, wordpressTheme.slug);
  });

  it("pastes the address on an empty line of the block editor, which makes an embed block, previews it through WordPress's oEmbed proxy and publishes it", async () => {
    const page = await browser.newPage();
    const proxyAnswers = [];
    page.on('response', async (response) => {
      if (response.url().includes('oembed%2F1.0%2Fproxy') || response.url().includes('/oembed/1.0/proxy')) {
        proxyAnswers.push({ status: response.status(), body: await response.text().catch(() => '') });
      }
    });
    await page.goto(`${wordpress.origin}/wp-login.php`, { waitUntil: 'load' });
    // wp-login.php focuses and selects the user name 200 ms after load: typing could be moved
    // into it half-way through the password. Set both fields as a password manager does.
    await page.evaluate((login, pass) => {
      document.querySelector('#user_login').value = login;
      document.querySelector('#user_pass').value = pass;
    }, wordpress.author.login, password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    await page.goto(`${wordpress.origin}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId() && window.wp.blocks?.getBlockType('core/embed'), {
      timeout: 90_000,
    });

    // The address on the clipboard, then Ctrl+V on the empty line the editor starts with.
    await browser.defaultBrowserContext().overridePermissions(wordpress.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.evaluate(() => {
      // The welcome guide opens over a new user's first post: close it, as the Author would.
      const { select, dispatch } = window.wp.data;
      if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
    await page.evaluate((address) => navigator.clipboard.writeText(address), pageUrl);
    await page.click('.block-editor-default-block-appender__content');
    await page.waitForFunction(() => document.activeElement?.matches('[data-type="core/paragraph"], [data-type="core/paragraph"] *'));
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyV', { commands: ['Paste'] });
    await page.keyboard.up('Control');

    post = await page.evaluate(async () => {
      const { data } = window.wp;
      const firstBlock = () => data.select('core/block-editor').getBlocks()[0];
      // The pasted address becomes an embed block; the editor fetches its preview and sets the
      // block's type and provider from the answer.
      const deadline = Date.now() + 60_000;
      while (!(firstBlock()?.name === 'core/embed' && firstBlock().attributes.type) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const blocks = data.select('core/block-editor').getBlocks().map((block) => block.name);
      data.dispatch('core/editor').editPost({ title: 'Report it, pasted by an Author', status: 'publish' });
      await data.dispatch('core/editor').savePost();
      const saved = data.select('core/editor').getCurrentPost();
      const stored = await window.wp.apiFetch({ path: `/wp/v2/posts/${saved.id}?context=edit` });
      return { blocks, attributes: firstBlock().attributes, id: saved.id, status: saved.status, link: saved.link, raw: stored.content.raw };
    });
    await page.close();

    assert.deepEqual(post.blocks, ['core/embed'], 'the pasted address became one embed block');
    assert.equal(post.attributes.url, pageUrl);
    assert.equal(post.status, 'publish');
    // The editor knows the answer for a WordPress-style embed (a wp-embedded-content blockquote
    // and frame), as it knows another WordPress site's posts.
    assert.equal(post.attributes.type, 'wp-embed', `the editor's preview: ${JSON.stringify(post.attributes)}`);
    assert.equal(post.attributes.providerNameSlug, 'dudley-safeguarding-people-partnership-safer-seven');
    // WordPress's proxy discovered the answer and filtered it for the editor's preview.
    assert.ok(proxyAnswers.length > 0, 'the editor asked the oEmbed proxy');
    const preview = JSON.parse(proxyAnswers.at(-1).body);
    assert.equal(proxyAnswers.at(-1).status, 200);
    assert.equal(preview.provider_name, `${cse.publisher.name}: ${cse.series}`);
    assert.match(preview.html, /^<blockquote class="wp-embedded-content" data-secret="[a-zA-Z0-9]{10}">/, 'the blockquote, marked by WordPress');
    // What the block editor saves for it: the block's comment and the address on a line of its
    // own in a figure, nothing of ours (WordPress renders the embed from the address).
    assert.ok(post.raw.startsWith(`<!-- wp:embed {"url":"${pageUrl}","type":"wp-embed",`), post.raw);
    assert.ok(post.raw.includes(`<div class="wp-block-embed__wrapper">\n${pageUrl}\n</div>`), post.raw);
    assert.doesNotMatch(post.raw, /<iframe|<blockquote|tel:/, 'the post stores the address, not the html');
    // WordPress itself fetched the page and the JSON it names, over https, from the other origin.
    const byWordPress = siteRequests.filter((request) => request.userAgent.startsWith('WordPress/')).map((request) => request.url.split('?')[0]);
    assert.ok(byWordPress.includes(`${sitePath}embed/${part}.html`), `WordPress fetched the page: ${byWordPress.join(', ')}`);
    assert.ok(byWordPress.includes(`${sitePath}embed/${part}.oembed.json`), 'WordPress fetched the oEmbed JSON the page names');
  });

  /**
   * A reader who is not logged in opens the post at `width`: returns what WordPress sent and,
   * once wp-embed.js has heard from the frame, how the frame and its numbers sit.
   */
  async function readPost(readerBrowser, { width, height, mobile }) {
    assert.ok(post?.link, 'the Author published the post (the test before this one)');
    const context = await readerBrowser.createBrowserContext();
    const page = await context.newPage();
    page.on('console', (message) => {
      // A failed load is reported with its address below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(`${width} px: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`${width} px: ${error.message}`));
    page.on('response', (response) => {
      // WordPress answers 404 for /favicon.ico when the site has no icon: WordPress's, not the embed's.
      if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') pageErrors.push(`${width} px: ${response.status()} for ${response.url()}`);
    });
    await page.setViewport({ width, height, isMobile: mobile, hasTouch: mobile });
    await page.goto(post.link, { waitUntil: 'load' });
    const sent = await page.evaluate(() => ({
      wpEmbedScripts: [...document.scripts].map((script) => script.getAttribute('src') ?? '').filter((src) => /\/wp-includes\/js\/wp-embed(\.min)?\.js/.test(src)),
      blockquote: document.querySelector('figure.wp-block-embed blockquote.wp-embedded-content')?.textContent ?? '',
      blockquoteLinks: [...document.querySelectorAll('figure.wp-block-embed blockquote.wp-embedded-content a')].map((link) => link.getAttribute('href')),
      frame: (() => {
        const frame = document.querySelector('figure.wp-block-embed iframe.wp-embedded-content');
        return frame && { src: frame.getAttribute('src'), sandbox: frame.getAttribute('sandbox') };
      })(),
    }));
    assert.equal(sent.wpEmbedScripts.length, 1, `WordPress loaded its wp-embed.js (only when the answer holds a blockquote): ${JSON.stringify(sent.wpEmbedScripts)}`);
    assert.ok(sent.frame, 'the post holds the frame');
    assert.equal(sent.frame.sandbox, 'allow-scripts');
    assert.match(sent.frame.src, new RegExp(`^${pageUrl.replaceAll('.', '\\.')}#\\?secret=[a-zA-Z0-9]{10}$`));

    // The frame out of view is not rendered and posts no new height: the reader scrolls to it.
    await page.evaluate(() => document.querySelector('figure.wp-block-embed').scrollIntoView({ block: 'start' }));
    const frameHandle = await page.$('figure.wp-block-embed iframe.wp-embedded-content');
    const frame = await frameHandle.contentFrame();
    // The embed page is one document: the panel is plain HTML in the page (issue 21), inside <main>.
    await frame.waitForFunction(() => document.querySelector('main safer-seven-report-it a[href^="tel:"]'), { timeout: 30_000 });
    const measure = () =>
      Promise.all([
        page.evaluate(() => {
          const element = document.querySelector('figure.wp-block-embed iframe.wp-embedded-content');
          const box = element.getBoundingClientRect();
          const blockquote = document.querySelector('figure.wp-block-embed blockquote.wp-embedded-content');
          return {
            shown: !element.hasAttribute('style'),
            blockquoteHidden: blockquote ? getComputedStyle(blockquote).display === 'none' : 'no blockquote',
            height: element.clientHeight,
            left: box.left,
            right: box.right,
            pageWidth: document.documentElement.clientWidth,
          };
        }),
        // The panel's own height: the page's root and body fill the frame, the body scrolling.
        frame.evaluate(() => ({ contentHeight: Math.ceil(document.querySelector('main').getBoundingClientRect().height) })),
      ]).then(([outside, inside]) => ({ ...outside, ...inside }));
    const fitted = (shape) => shape.shown && Math.abs(shape.height - Math.min(shape.contentHeight, wordPressMostHeight)) <= fitsWithin;
    let shape = await measure();
    const deadline = Date.now() + 20_000;
    while (!fitted(shape) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      shape = await measure();
    }
    // Each number of the panel where the reader sees it: in the frame's box as it opens, or, in
    // a frame WordPress would not make taller, once the reader scrolls the frame to it.
    shape.numbers = await frame.evaluate(() => {
      const root = document.querySelector('main safer-seven-report-it');
      const where = (link) => {
        const box = link.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        const inside = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.height > 0;
        return { inside, onTop: hit === link || link.contains(hit) };
      };
      const numbers = [...root.querySelectorAll('a[href^="tel:"]')].map((link) => {
        const asOpened = where(link);
        link.scrollIntoView({ block: 'nearest' });
        const scrolledTo = where(link);
        document.body.scrollTo(0, 0);
        return { href: link.getAttribute('href'), text: link.textContent.trim(), asOpened, scrolledTo };
      });
      return numbers;
    });
    shape.frameViewport = await frame.evaluate(() => `${innerWidth}x${innerHeight}`);
    console.log(`oembed: ${width} px${readerBrowser === browser ? '' : ', large text'}: the frame ${shape.frameViewport} for ${shape.contentHeight} px of content`);
    await context.close();
    return { sent, shape };
  }

  /**
   * The frame shown and sized to its content (or to WordPress's most, 1000 px), and every number
   * of report-it inside the frame's box: as it opens when the frame holds the whole panel, else
   * once the reader scrolls the frame (`mayScroll`).
   */
  function assertFitsAndShowsEveryNumber({ sent, shape }, what, { mayScroll = false } = {}) {
    assert.ok(shape.shown, `${what}: wp-embed.js heard from the frame and showed it`);
    assert.equal(shape.blockquoteHidden, true, `${what}: and hid the blockquote`);
    const wholePanel = shape.contentHeight <= wordPressMostHeight;
    assert.ok(wholePanel || mayScroll, `${what}: ${shape.contentHeight} px of content, more than WordPress's ${wordPressMostHeight} px`);
    assert.ok(
      Math.abs(shape.height - Math.min(shape.contentHeight, wordPressMostHeight)) <= fitsWithin,
      `${what}: the frame is ${shape.height} px for ${shape.contentHeight} px of content`,
    );
    assert.ok(shape.left >= 0 && shape.right <= shape.pageWidth + 0.5, `${what}: the frame (${shape.left}..${shape.right}) within the page's ${shape.pageWidth} px`);
    assert.deepEqual(
      shape.numbers.map((number) => number.href).sort(),
      [...reportItNumbers].sort(),
      `${what}: every number of point 7, once`,
    );
    for (const number of shape.numbers) {
      const seen = wholePanel ? number.asOpened : number.scrolledTo;
      assert.ok(seen.inside && seen.onTop, `${what}: ${number.text} visible in the ${shape.frameViewport} frame${wholePanel ? '' : ' once scrolled to'}: ${JSON.stringify(number)}`);
    }
    // Before the frame speaks, and when it cannot load: the blockquote, with every number.
    for (const href of reportItNumbers) assert.ok(sent.blockquoteLinks.includes(href), `${what}: the blockquote links ${href}`);
    assert.ok(sent.blockquote.includes(cse.publisher.name), `${what}: the blockquote names the publisher`);
  }

  for (const [width, height, mobile] of [
    [375, 812, true],
    [1280, 900, false],
  ]) {
    it(`shows a reader at ${width} px the frame fitted to its content, every number visible`, async () => {
      assertFitsAndShowsEveryNumber(await readPost(browser, { width, height, mobile }), `${width} px`);
    });
  }

  it('shows a reader at 375 px with large text (20 px, Chrome\'s "Large") the frame fitted up to WordPress\'s 1000 px, every number there or a scroll away', async () => {
    const largeText = await launchChromium({ defaultFontSize: 20 });
    try {
      const result = await readPost(largeText.browser, { width: 375, height: 812, mobile: true });
      // Taller than WordPress makes any frame: the reader scrolls the frame to the last numbers.
      assertFitsAndShowsEveryNumber(result, '375 px, large text', { mayScroll: true });
    } finally {
      await largeText.close();
    }
  });

  it('shows a reader without JavaScript the quote (its page, the publisher, every number as a link) and keeps the frame hidden', async () => {
    assert.ok(post?.link, 'the Author published the post');
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 375, height: 812, isMobile: true, hasTouch: true });
    await page.goto(post.link, { waitUntil: 'load' });
    const seen = await page.evaluate(() => {
      const quote = document.querySelector('figure.wp-block-embed blockquote.wp-embedded-content');
      const frame = document.querySelector('figure.wp-block-embed iframe.wp-embedded-content');
      const pageWidth = document.documentElement.clientWidth;
      return {
        quoteShown: getComputedStyle(quote).display !== 'none' && quote.getBoundingClientRect().height > 0,
        quoteText: quote.innerText,
        links: [...quote.querySelectorAll('a')].map((link) => {
          const box = link.getBoundingClientRect();
          return { href: link.getAttribute('href'), text: link.textContent.trim(), onScreen: box.width > 0 && box.left >= 0 && box.right <= pageWidth };
        }),
        frameClip: getComputedStyle(frame).clip,
      };
    });
    await context.close();
    assert.ok(seen.quoteShown, 'the quote shows');
    assert.ok(seen.quoteText.includes(cse.publisher.name), 'it names the publisher');
    assert.equal(seen.links[0].href, pageUrl, 'it links the embed page first');
    for (const route of cse.reportingRoutes) {
      const phone = contactById(cse, route.contactId).phone;
      const link = seen.links.find((candidate) => candidate.href === telHref(phone.dial));
      assert.ok(link?.onScreen && link.text === phone.display, `${phone.display} as a link, on screen: ${JSON.stringify(link)}`);
    }
    assert.equal(seen.frameClip, 'rect(1px, 1px, 1px, 1px)', 'the frame stays hidden: no script to hear from it');
  });

  it('logged no error in the readers\' pages or frames, and nothing from WordPress\'s PHP about the embed', () => {
    assert.deepEqual(pageErrors, []);
    let log = '';
    try {
      log = readFileSync(wordpress.debugLog, 'utf8');
    } catch {
      // No log at all: nothing was logged.
    }
    assert.deepEqual(
      log.split('\n').filter((line) => /oembed|embed\.php|http\.php/i.test(line)),
      [],
    );
  });
});
