// The WordPress plugin, in a real WordPress: Debian's WordPress 6.1 as a multisite network
// (where everyone but a super admin lacks unfiltered_html), the plugin installed from the
// build's safer-seven.zip and network-activated, the posts written by a site administrator
// who is not a super admin. Then Chromium opens each page as a reader would. Needs a build
// first and scripts/ensure-wordpress.mjs (both run by `npm test`); `npm run test:wordpress`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { wordpressTheme } from '../../scripts/find-wordpress.mjs';
import { content, repositoryRoot } from '../node/content.mjs';
import { password, pluginZip, startWordPress } from './wordpress-site.mjs';

const port = Number(process.env.SAFER_SEVEN_WORDPRESS_PORT ?? 8151);
const { cse, contactById, fallbackHtml, quickExitFallbackHtml, telHref } = content;
const pluginFolder = join(repositoryRoot, 'integrations/wordpress/dist/safer-seven');
const version = JSON.parse(readFileSync(join(repositoryRoot, 'packages/elements/package.json'), 'utf8')).version;
const briefingTags = ['safer-seven-briefing', 'safer-seven-warning-signs', 'safer-seven-report-it', 'safer-seven-contacts'];

/** The numbers each tag must link, from the content package: point 7's routes, point 6's CSE team. */
const reportingNumbers = cse.reportingRoutes.map((route) => route.contactId);
const numbersByTag = {
  'safer-seven-report-it': reportingNumbers,
  'safer-seven-contacts': ['cse-team'],
  'safer-seven-briefing': [...reportingNumbers, 'cse-team'],
  'safer-seven-warning-signs': [],
};
const phones = cse.contacts.filter((contact) => contact.phone);

/** wp_kses() writes numeric entities with three digits: the content package's &#39; is WordPress's &#039;. */
const asWordPressWrites = (html) => html.replaceAll('&#39;', '&#039;');

function progress(line) {
  console.log(line);
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => statSync(join(dir, name)).isFile());
}

describe('the WordPress plugin, as built', () => {
  it('passes php -l on every PHP file', () => {
    const phpFiles = filesUnder(pluginFolder).filter((name) => name.endsWith('.php'));
    assert.ok(phpFiles.length >= 6, `the plugin's PHP files (${phpFiles.join(', ')})`);
    for (const name of phpFiles) {
      const output = execFileSync('php', ['-l', join(pluginFolder, name)], { encoding: 'utf8' });
      assert.match(output, /No syntax errors/, name);
    }
  });

  it('zips one safer-seven/ folder holding the drop-in files of this build and the content package’s fallback HTML', () => {
    const files = unzipSync(readFileSync(pluginZip));
    const names = Object.keys(files);
    assert.ok(names.every((name) => name.startsWith('safer-seven/')), 'one top folder');
    assert.ok(names.includes('safer-seven/safer-seven.php') && names.includes('safer-seven/readme.txt'));
    for (const file of ['safer-seven.min.js', 'safer-seven-updates.min.js', 'safer-seven-quick-exit.min.js']) {
      const built = readFileSync(join(repositoryRoot, 'packages/elements/dist', file));
      assert.ok(Buffer.from(files[`safer-seven/assets/${file}`]).equals(built), `${file} is the build's, byte for byte`);
    }
    const text = (name) => new TextDecoder().decode(files[`safer-seven/${name}`]);
    for (const tag of briefingTags) {
      for (const headingLevel of [1, 2, 3, 4, 5, 6]) {
        assert.equal(text(`generated/fallback/${tag}.h${headingLevel}.html`), fallbackHtml(cse, tag, { headingLevel }));
      }
    }
    assert.equal(text('generated/quick-exit.html'), quickExitFallbackHtml());
    assert.match(text('safer-seven.php'), new RegExp(`^ \\* Version: +${version.replaceAll('.', '\\.')}$`, 'm'));
    assert.match(text('readme.txt'), new RegExp(`^Stable tag: ${version.replaceAll('.', '\\.')}$`, 'm'));
    // No fact typed into the PHP: no phone number of the content's in any PHP or JSON file.
    for (const name of names.filter((candidate) => /\.(php|json)$/.test(candidate) || candidate.endsWith('editor.js'))) {
      for (const contact of phones) assert.ok(!text(name.slice('safer-seven/'.length)).includes(contact.phone.display), `${name} holds no number`);
    }
  });
});

describe('the WordPress plugin in WordPress 6.1, on a multisite network', { timeout: 600_000 }, () => {
  let wordpress;
  let browser;
  /** Messages the pages logged as errors, and uncaught exceptions: none is expected. */
  const pageErrors = [];

  before(
    async () => {
      const started = Date.now();
      wordpress = await startWordPress({ port, log: progress });
      progress(`wordpress: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      browser = await puppeteer.launch({
        executablePath: findChromium(),
        headless: true,
        args: [...chromiumArgs(), '--headless=new'],
        protocolTimeout: 120_000,
      });
    },
    { timeout: 300_000 },
  );

  after(async () => {
    await browser?.close();
    await wordpress?.stop();
  });

  async function newPage() {
    const page = await browser.newPage();
    page.on('console', (message) => {
      // A failed load is reported with its address below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url().includes('/plugins/safer-seven/')) pageErrors.push(`${page.url()}: ${response.status()} for ${response.url()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('dialog', async (dialog) => {
      pageErrors.push(`${page.url()}: a ${dialog.type()} dialog opened: ${dialog.message()}`);
      await dialog.dismiss();
    });
    return page;
  }

  /** Opens a URL and waits until every briefing tag on it has rendered its own shadow DOM. */
  async function openRendered(page, url) {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (tags) => [...document.querySelectorAll(tags.join(','))].every((element) => element.shadowRoot?.querySelector('[part~="base"]')),
      { timeout: 30_000 },
      briefingTags,
    );
    return describePage(page);
  }

  /** What a reader and a reviewer would look at: each tag, its links and heading, and our scripts. */
  function describePage(page) {
    return page.evaluate((tags) => {
      const elements = [...document.querySelectorAll([...tags, 'safer-seven-quick-exit'].join(','))].map((element) => {
        const shadow = element.shadowRoot;
        return {
          tag: element.localName,
          upgraded: customElements.get(element.localName) === element.constructor && shadow !== null,
          heading: shadow?.querySelector('[part~="heading"]')?.localName ?? null,
          text: shadow?.textContent ?? '',
          telLinks: [...(shadow?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => ({
            href: link.getAttribute('href'),
            text: link.textContent.trim(),
          })),
          updates: element.getAttribute('updates'),
          updatesKey: element.getAttribute('updates-key'),
        };
      });
      const scripts = [...document.querySelectorAll('script[src*="/plugins/safer-seven/"]')].map((script) => ({
        src: script.getAttribute('src'),
        defer: script.defer,
        type: script.getAttribute('type'),
      }));
      return { elements, scripts };
    }, briefingTags);
  }

  /** Every number of the content package that a tag shows is a tel: link to its own number, and the tag's numbers are all there. */
  function assertNumbersAreLinks(element) {
    for (const contact of phones) {
      const shown = element.text.includes(contact.phone.display);
      const expected = numbersByTag[element.tag].includes(contact.id);
      if (!shown && !expected) continue;
      const link = element.telLinks.find((candidate) => candidate.href === telHref(contact.phone.dial));
      assert.ok(link, `<${element.tag}> links ${contact.id} (${telHref(contact.phone.dial)})`);
      assert.equal(link.text, contact.phone.display);
    }
    assert.ok(element.telLinks.length >= numbersByTag[element.tag].length);
  }

  function assertOneScript(scripts, file) {
    assert.deepEqual(
      scripts.map((script) => script.src),
      [`${wordpress.origin}/wp-content/plugins/safer-seven/assets/${file}?ver=${version}`],
      `only ${file}, once, with the plugin's version`,
    );
    assert.equal(scripts[0].defer, true, 'deferred');
  }

  async function pageSource(url) {
    const response = await fetch(url);
    assert.equal(response.status, 200, url);
    return response.text();
  }

  it('writes the posts as a site administrator without unfiltered_html, and saves only block comments', () => {
    assert.equal(wordpress.theme, wordpressTheme.slug, 'the theme the test activates');
    assert.equal(wordpress.networkActive, true, 'network-activated');
    assert.equal(wordpress.writerIsSuperAdmin, false);
    assert.equal(wordpress.writerCanManageOptions, true);
    assert.equal(wordpress.writerCanUnfilteredHtml, false, "the writer lacks unfiltered_html: WordPress's kses applied to the posts");
    assert.match(wordpress.storedBlocksContent, /<!-- wp:safer-seven\/safer-seven \/-->/);
    assert.match(wordpress.storedBlocksContent, /<!-- wp:safer-seven\/safer-seven \{"part":"warning-signs","headingLevel":3\} \/-->/);
    assert.doesNotMatch(wordpress.storedBlocksContent, /safer-seven-|tel:/, 'no HTML of ours in the saved post');
  });

  /**
   * A reader's page: the live components, in order and at their heading levels, every number a
   * tel: link, the drop-in once; and in the raw source, each tag's fallback HTML.
   */
  async function assertShowsLiveComponents(url, expected) {
    const page = await newPage();
    const { elements, scripts } = await openRendered(page, url);
    assert.deepEqual(
      elements.map((element) => [element.tag, element.heading]),
      expected.map(([tag, level]) => [tag, `h${level}`]),
    );
    for (const element of elements) {
      assert.ok(element.upgraded, `<${element.tag}> upgraded`);
      assertNumbersAreLinks(element);
      if (element.tag === 'safer-seven-warning-signs') assert.ok(cse.warningSigns.every((sign) => element.text.includes(sign)), 'every warning sign');
    }
    assertOneScript(scripts, 'safer-seven.min.js');
    await page.close();

    const source = await pageSource(url);
    for (const [tag, headingLevel] of expected) {
      assert.ok(source.includes(asWordPressWrites(fallbackHtml(cse, tag, { headingLevel }))), `${tag}'s fallback (h${headingLevel}) in the source`);
    }
  }

  it('shows a post with two blocks as the live components, every number a tel: link, the drop-in once', async () => {
    await assertShowsLiveComponents(wordpress.urls.blocks, [
      ['safer-seven-report-it', 2],
      ['safer-seven-warning-signs', 3],
    ]);
  });

  it('shows a page with two shortcodes as the live components, the drop-in once', async () => {
    await assertShowsLiveComponents(wordpress.urls.shortcode, [
      ['safer-seven-briefing', 1],
      ['safer-seven-contacts', 3],
    ]);
  });

  it('puts no script of ours on a post without a block or shortcode', async () => {
    const source = await pageSource(wordpress.urls.plain);
    assert.match(source, /Nothing of ours here/);
    assert.doesNotMatch(source, /plugins\/safer-seven\/|<safer-seven-/);
  });

  it('adds <safer-seven-quick-exit> and its own file where the quick-exit block is', async () => {
    const page = await newPage();
    const { elements, scripts } = await openRendered(page, wordpress.urls.quickExit);
    await page.waitForFunction(() => document.querySelector('safer-seven-quick-exit')?.shadowRoot?.querySelector('[part~="button"]'));
    assert.deepEqual(
      elements.map((element) => element.tag),
      ['safer-seven-quick-exit', 'safer-seven-contacts'],
    );
    assert.deepEqual(
      scripts.map((script) => script.src.replace(/^.*\/assets\//, '')).sort(),
      [`safer-seven-quick-exit.min.js?ver=${version}`, `safer-seven.min.js?ver=${version}`],
    );
    assert.ok(scripts.every((script) => script.defer));
    await page.close();
    assert.ok((await pageSource(wordpress.urls.quickExit)).includes(quickExitFallbackHtml()), 'the quick exit’s fallback link in the source');
  });

  it('renders a shortcode with hostile attributes as the defaults, with none of the values written out', async () => {
    const defaults = wordpress.noAttributesShortcodeOutput;
    assert.match(defaults, /^<safer-seven-report-it heading-level="2">/, 'the defaults: report-it, heading level 2');
    assert.equal(wordpress.hostileShortcodeOutput, defaults);
    const source = await pageSource(wordpress.urls.hostile);
    assert.ok(source.includes(defaults), 'the page shows the defaults');
    assert.doesNotMatch(source, /onmouseover|alert\(1\)/);
    const page = await newPage();
    const { elements } = await openRendered(page, wordpress.urls.hostile);
    assert.deepEqual(
      elements.map((element) => [element.tag, element.heading]),
      [['safer-seven-report-it', 'h2']],
    );
    await page.hover('safer-seven-report-it');
    await page.close();
  });

  /** Logs in through wp-login.php as the site administrator (not a super admin). */
  async function logIn(page) {
    await page.goto(`${wordpress.origin}/wp-admin/`, { waitUntil: 'load' });
    if (!page.url().includes('/wp-login.php')) return; // logged in already, in this browser
    // wp-login.php focuses and selects the user name 200 ms after load: typing could be moved
    // into it half-way through the password. Set both fields as a password manager does.
    await page.evaluate((login, pass) => {
      document.querySelector('#user_login').value = login;
      document.querySelector('#user_pass').value = pass;
    }, 'siteadmin', password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    assert.match(page.url(), /\/wp-admin\//, 'logged in');
  }

  it("shows the live component in the block editor's preview (the post editor is not in an iframe in 6.1)", async () => {
    const page = await newPage();
    await logIn(page);
    await page.goto(`${wordpress.origin}/wp-admin/post.php?post=${wordpress.postIds.blocks}&action=edit`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => document.querySelector('.editor-styles-wrapper safer-seven-warning-signs')?.shadowRoot?.querySelector('[part~="heading"]'),
      { timeout: 90_000 },
    );
    const editor = await page.evaluate(() => ({
      iframed: document.querySelector('iframe[name="editor-canvas"]') !== null,
      previews: [...document.querySelectorAll('.editor-styles-wrapper safer-seven-report-it, .editor-styles-wrapper safer-seven-warning-signs')].map(
        (element) => [element.localName, element.shadowRoot?.querySelector('[part~="heading"]')?.localName],
      ),
      telLinks: [...(document.querySelector('.editor-styles-wrapper safer-seven-report-it')?.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) =>
        link.getAttribute('href'),
      ),
    }));
    assert.equal(editor.iframed, false);
    assert.deepEqual(editor.previews, [
      ['safer-seven-report-it', 'h2'],
      ['safer-seven-warning-signs', 'h3'],
    ]);
    for (const id of reportingNumbers) assert.ok(editor.telLinks.includes(telHref(contactById(cse, id).phone.dial)), `the preview links ${id}`);
    await page.close();
  });

  it('takes the signed file and key in Settings > Safer Seven, refuses an http: address, then writes them on every tag and loads the updates file instead', async () => {
    const key = await content.publicKeyText((await content.generateSigningKeys()).publicKey);
    const nextKey = await content.publicKeyText((await content.generateSigningKeys()).publicKey);
    // Nothing listens there: the reader's browser tries once, fails at once, keeps the built-in content.
    const updatesUrl = `https://127.0.0.1:${port + 1}/cse.signed.json`;
    const page = await newPage();
    await logIn(page);
    const settingsUrl = `${wordpress.origin}/wp-admin/options-general.php?page=safer-seven`;
    const save = async (url, keys) => {
      await page.goto(settingsUrl, { waitUntil: 'load' });
      await page.$eval('#safer-seven-updates', (input, value) => (input.value = value), url);
      await page.$eval('#safer-seven-updates-key', (input, value) => (input.value = value), keys);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
      return page.evaluate(() => ({
        notices: [...document.querySelectorAll('.notice, .updated, .error')].map((notice) => notice.textContent.trim()),
        updates: document.querySelector('#safer-seven-updates').value,
        key: document.querySelector('#safer-seven-updates-key').value,
      }));
    };

    const refused = await save('http://content.example.org/cse.signed.json', 'not a key');
    assert.ok(refused.notices.some((notice) => notice.includes('https:')), refused.notices.join(' | '));
    assert.ok(refused.notices.some((notice) => notice.includes('87 characters')), refused.notices.join(' | '));
    assert.deepEqual([refused.updates, refused.key], ['', '']);

    const saved = await save(updatesUrl, `${key}   ${nextKey}`);
    assert.deepEqual([saved.updates, saved.key], [updatesUrl, `${key} ${nextKey}`], saved.notices.join(' | '));
    await page.close();

    for (const url of [wordpress.urls.blocks, wordpress.urls.shortcode]) {
      const reader = await newPage();
      const { elements, scripts } = await openRendered(reader, url);
      assert.equal(elements.length, 2);
      for (const element of elements) {
        assert.deepEqual([element.updates, element.updatesKey], [updatesUrl, `${key} ${nextKey}`], `<${element.tag}> on ${url}`);
        assertNumbersAreLinks(element);
      }
      assertOneScript(scripts, 'safer-seven-updates.min.js');
      await reader.close();
    }
  });

  it('deletes its option on every site of the network when the plugin is deleted', () => {
    const { before, after } = wordpress.runPhase('uninstall');
    assert.deepEqual(before, [true, true], 'both sites hold the setting');
    assert.deepEqual(after, [false, false], 'neither does after uninstall.php');
  });

  it('logged no error in the pages and no PHP notice, warning or error from the plugin’s files', () => {
    assert.deepEqual(pageErrors, []);
    let log = '';
    try {
      log = readFileSync(wordpress.debugLog, 'utf8');
    } catch {
      // No log at all: nothing was logged.
    }
    // WordPress 6.1's own code logs PHP 8.2 deprecations (and warnings for update checks the
    // closed network refuses): those name core's files. Ours would name the plugin's.
    const ours = log.split('\n').filter((line) => line.includes('/wp-content/plugins/safer-seven/'));
    assert.deepEqual(ours, []);
    progress(`wordpress: debug.log holds ${log.split('\n').filter((line) => line.startsWith('[')).length} lines from WordPress itself, none from the plugin`);
  });
});
