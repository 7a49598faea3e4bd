// The embed pages' oEmbed: every page advertises its JSON by an absolute address, the JSON is
// oEmbed 1.0 `rich` whose html is a blockquote that stands on its own (a link to the page, the
// publisher, the part's numbers as tel: links, when they were checked) then the page's iframe,
// as WordPress builds its own embeds. Through WordPress's own filter for untrusted providers
// (wp_filter_oembed_result, run by php on WordPress's code) both come out: the blockquote with
// every word, number and link, marked so that WordPress loads wp-embed.js, and the iframe whole,
// sandboxed, with a secret on its address, and every attribute we wrote still there.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { wordpressDir } from '../../scripts/find-wordpress.mjs';
import { embedPageBudget, writeEmbedPages } from '../../scripts/site/embeds.mjs';
import { content, embedTestFiles, repositoryRoot } from './content.mjs';

const publicUrl = 'https://partners.example/safer-seven/';

const siteDir = mkdtempSync(join(tmpdir(), 'safer-seven-embeds-'));
let pages = [];

before(async () => {
  pages = await writeEmbedPages({ siteDir, content, briefing: content.cse, files: embedTestFiles, config: { publicUrl } });
});
after(() => rmSync(siteDir, { recursive: true, force: true }));

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** An element's attributes, from its start tag's text. */
function attributesOf(startTag) {
  return Object.fromEntries([...startTag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? '']));
}

/** The numbers (contact ids) each part shows, from the content package: point 7's routes, point 6's contacts. */
const reportingContacts = content.cse.reportingRoutes.map((route) => route.contactId);
const helpContacts = content
  .sectionById(content.cse, content.sectionOfTag['safer-seven-contacts'])
  .body.filter((block) => block.kind === 'contact')
  .map((block) => block.contactId);
const numbersOf = {
  'safer-seven-report-it': reportingContacts,
  'safer-seven-contacts': helpContacts,
  'safer-seven-briefing': [...reportingContacts, ...helpContacts],
  'safer-seven-warning-signs': [],
};

/** What a reader sees of some HTML: its text, entities decoded, white space collapsed. */
function visibleText(html) {
  const entities = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|([a-z]+));/g, (entity, code, name) => (code ? String.fromCodePoint(Number(code)) : (entities[name] ?? entity)))
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:])/g, '$1')
    .trim();
}

/** The links of some HTML, as `[href, text]`. */
const linksOf = (html) => [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"[^>]*>(.*?)<\/a>/g)].map(([, href, text]) => [href, visibleText(text)]);

/** The html of an oEmbed answer after WordPress's oEmbed filters. */
function throughWordPress(json, pageUrl) {
  // php and WordPress: scripts/ensure-wordpress.mjs (npm test runs it first).
  const output = execFileSync('php', [join(repositoryRoot, 'test/wordpress/oembed-filter.php'), pageUrl], {
    input: json,
    encoding: 'utf8',
    env: { ...process.env, WORDPRESS_DIR: wordpressDir },
  });
  return JSON.parse(output);
}

describe('the embed pages', () => {
  it('are one page per tag and heading level, named by the shortcode\'s parts', () => {
    const names = pages.map((page) => page.name).sort();
    assert.equal(names.length, content.saferSevenTags.length * 6);
    for (const part of ['briefing', 'warning-signs', 'report-it', 'contacts']) {
      assert.ok(names.includes(part), part);
      for (const level of [1, 3, 4, 5, 6]) assert.ok(names.includes(`${part}.h${level}`), `${part}.h${level}`);
    }
  });

  it('carry a title, a description, lang, the discovery link by absolute address, and links to other sites opening a new tab', () => {
    for (const page of pages) {
      const html = readFileSync(join(siteDir, 'embed', `${page.name}.html`), 'utf8');
      assert.match(html, new RegExp(`<html lang="${content.cse.lang}">`));
      assert.ok(html.includes(`<title>${content.escapeHtml(page.title)}</title>`), page.name);
      assert.match(html, /<meta name="description" content="[^"]{20,}" \/>/, `${page.name}: a meta description`);
      const link = /<link rel="alternate" type="application\/json\+oembed"[^>]*>/.exec(html)?.[0];
      assert.ok(link, `${page.name}: no oEmbed discovery link`);
      assert.equal(attributesOf(link).href, `${publicUrl}embed/${page.name}.oembed.json`);
      assert.equal(attributesOf(link).title, content.escapeHtml(page.title));
      assert.match(html, new RegExp(`<${page.tag} data-safer-seven-embed="[^"]+"[^>]* heading-level="${page.headingLevel}"`));
      // Every link to another site, in the panel and in each of its other renderings, opens a new tab.
      const external = [...html.matchAll(/<a\b[^>]*href="https?:[^"]*"[^>]*>/g)].map(([tag]) => attributesOf(tag));
      if (page.tag !== 'safer-seven-report-it' && page.tag !== 'safer-seven-warning-signs') assert.ok(external.length > 0, page.name);
      for (const each of external) assert.deepEqual([each.target, each.rel], ['_blank', 'noopener noreferrer'], `${page.name}: ${each.href}`);
    }
  });

  it('are one document each: the style and the one script inline, allowed by their hashes, and nothing to fetch', () => {
    for (const page of pages) {
      const html = readFileSync(join(siteDir, 'embed', `${page.name}.html`), 'utf8');
      const policy = attributesOf(/<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html)[0]).content;
      assert.doesNotMatch(policy, /unsafe-inline/);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
      assert.equal(scripts.length, 1, `${page.name}: one script`);
      assert.equal(scripts[0][1], '', `${page.name}: inline, no src`);
      assert.equal(styles.length, 1, `${page.name}: one style`);
      const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      assert.match(policy, new RegExp(`script-src ${escapeRegExp(hash(scripts[0][2]))};`), `${page.name}: the script's hash, and nothing else`);
      assert.match(policy, new RegExp(`style-src ${escapeRegExp(hash(styles[0][1]))};`), `${page.name}: the style's hash, and nothing else`);
      assert.doesNotMatch(html, /<link rel="stylesheet"|\ssrc=/, `${page.name}: nothing to fetch`);
      // Plain HTML: no declarative shadow root (nor its obsolete attribute), no Lit marker.
      assert.doesNotMatch(html, /<\?|shadowroot|<!--/, page.name);
      assert.ok(page.gzipBytes <= embedPageBudget && gzipSync(html, { level: 9 }).length === page.gzipBytes, `${page.name}: ${page.gzipBytes} B gzipped`);
    }
  });

  it('stop the build when a page would weigh more than its budget', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safer-seven-embeds-budget-'));
    try {
      const smallest = Math.min(...pages.map((page) => page.gzipBytes));
      await assert.rejects(
        writeEmbedPages({ siteDir: dir, content, briefing: content.cse, files: embedTestFiles, config: { publicUrl }, budget: smallest - 1 }),
        new RegExp(`over its budget of ${smallest - 1} B`),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the oEmbed JSON', () => {
  for (const name of ['briefing', 'warning-signs', 'report-it', 'contacts', 'report-it.h3', 'briefing.h1']) {
    describe(name, () => {
      const pageUrl = `${publicUrl}embed/${name}.html`;
      const read = () => JSON.parse(readFileSync(join(siteDir, 'embed', `${name}.oembed.json`), 'utf8'));

      it('is oEmbed 1.0 rich: a blockquote with the page\'s link, the publisher, its numbers and their date, then the page as its one iframe', () => {
        const oembed = read();
        const page = pages.find((candidate) => candidate.name === name);
        assert.equal(oembed.version, '1.0');
        assert.equal(oembed.type, 'rich');
        assert.equal(oembed.title, page.title);
        assert.equal(oembed.provider_name, `${content.cse.publisher.name}: ${content.cse.series}`);
        assert.equal(oembed.provider_url, publicUrl);
        for (const field of ['width', 'height', 'cache_age']) assert.ok(Number.isInteger(oembed[field]) && oembed[field] > 0, field);
        const iframes = [...oembed.html.matchAll(/<iframe\b[^>]*>/g)];
        assert.equal(iframes.length, 1);
        const [, blockquote] = /^(<blockquote hidden>.*<\/blockquote>)<iframe\b[^>]*><\/iframe>$/s.exec(oembed.html) ?? [];
        assert.ok(blockquote, `a blockquote (hidden but to WordPress), then the iframe, and nothing else: ${oembed.html}`);
        assert.deepEqual([...new Set([...blockquote.matchAll(/<\/?([a-z]+)/g)].map(([, tag]) => tag))].sort(), ['a', 'blockquote', 'p'], 'only what kses keeps, and <p>s');
        const text = visibleText(blockquote);
        const links = linksOf(blockquote);
        assert.deepEqual(links[0], [pageUrl, page.title], 'the page\'s link first');
        assert.ok(text.includes(content.cse.publisher.name), 'the publisher');
        assert.ok(text.includes(content.enGB.checkedOn(content.cse.reviewed, content.cse.publisher.website.label)), 'when the details were checked');
        const numbers = numbersOf[page.tag].map((id) => content.contactById(content.cse, id).phone);
        assert.deepEqual(
          links.filter(([href]) => href.startsWith('tel:')),
          numbers.map((phone) => [content.telHref(phone.dial), phone.display]),
          'each of the part\'s numbers as a tel: link, in order',
        );
        if (page.tag === 'safer-seven-warning-signs') for (const sign of content.cse.warningSigns) assert.ok(text.includes(sign), sign);
        const iframe = attributesOf(iframes[0][0]);
        assert.equal(iframe.src, pageUrl);
        assert.equal(iframe.title, content.escapeHtml(page.title));
        assert.equal(iframe.height, String(oembed.height));
      });

      it('keeps its blockquote, every word, number and link, and its iframe whole through WordPress\'s filter for untrusted providers', () => {
        const json = readFileSync(join(siteDir, 'embed', `${name}.oembed.json`), 'utf8');
        const ours = attributesOf(/<iframe\b[^>]*>/.exec(read().html)[0]);
        const ourBlockquote = /<blockquote\b.*<\/blockquote>/s.exec(read().html)[0];
        const { html, wordpress } = throughWordPress(json, pageUrl);
        assert.ok(html, `WordPress ${wordpress} refused the answer`);
        const theirs = attributesOf(/<iframe\b[^>]*>/.exec(html)[0]);
        const secret = theirs['data-secret'];
        assert.match(secret, /^[a-zA-Z0-9]{10}$/);
        assert.equal(theirs.src, `${pageUrl}#?secret=${secret}`);
        assert.equal(theirs.sandbox, 'allow-scripts');
        assert.equal(theirs.security, 'restricted');
        for (const [attribute, value] of Object.entries(ours)) {
          if (attribute !== 'src') assert.equal(theirs[attribute], value, `${attribute} after WordPress ${wordpress}`);
        }
        // The blockquote: what makes WordPress load wp-embed.js (wp_maybe_enqueue_oembed_host_js's
        // test, word for word), which shows the frame and hides the blockquote once the page speaks.
        assert.match(html, /<blockquote\s[^>]*?wp-embedded-content/, 'WordPress loads wp-embed.js for this html');
        const [, blockquoteStart, blockquote] = /^(<blockquote\b[^>]*>)(.*)<\/blockquote><iframe /s.exec(html) ?? [];
        assert.ok(blockquote, `the blockquote first, then the iframe: ${html}`);
        assert.deepEqual(attributesOf(blockquoteStart), { class: 'wp-embedded-content', 'data-secret': secret });
        assert.equal(theirs.style, 'position: absolute; clip: rect(1px, 1px, 1px, 1px);', 'the frame hidden until it speaks');
        assert.equal(visibleText(blockquote), visibleText(ourBlockquote), 'every word');
        assert.deepEqual(linksOf(blockquote), linksOf(ourBlockquote), 'every link, the numbers\' tel: links among them');
      });
    });
  }
});

describe('the embed pages, when site.config.json names a signed content file', () => {
  const signedDir = mkdtempSync(join(tmpdir(), 'safer-seven-embeds-signed-'));
  after(() => rmSync(signedDir, { recursive: true, force: true }));

  it('load the updates drop-in, pin the file and its keys, and may fetch from its origin alone', async () => {
    const keys = ['A'.repeat(87), 'B'.repeat(87)];
    const signedContent = { url: 'https://content.example.org/safer-seven/cse.signed.json', publicKeys: keys };
    await writeEmbedPages({ siteDir: signedDir, content, briefing: content.cse, files: embedTestFiles, config: { publicUrl, signedContent } });
    const html = readFileSync(join(signedDir, 'embed', 'report-it.html'), 'utf8');
    const tag = attributesOf(/<safer-seven-report-it\b[^>]*>/.exec(html)[0]);
    // The frame script loads it after the first paint: the page names it, relative to itself.
    assert.equal(tag['data-drop-in'], '../files/elements/0.1.0/safer-seven-updates.min.js');
    assert.doesNotMatch(html, /safer-seven\.min\.js/);
    assert.equal(tag.updates, signedContent.url);
    assert.equal(tag['updates-key'], keys.join(' '));
    const policy = attributesOf(/<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html)[0]).content;
    assert.match(policy, /connect-src 'self' https:\/\/partners\.example https:\/\/content\.example\.org;/);
    // WebKit matches no 'self' in a sandboxed frame: the public origin, written out.
    assert.match(policy, /script-src 'self' https:\/\/partners\.example 'sha256-[^']+';/);
  });
});
