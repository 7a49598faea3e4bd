// The iframe embed pages of the partnership's site, and their oEmbed JSON (issue 15):
//
//   site/embed/<part>.html            one tag, heading level 2, made to sit in a partner's iframe
//   site/embed/<part>.h<N>.html       the same at heading level N (1, 3, 4, 5, 6)
//   site/embed/<part>.oembed.json     its oEmbed answer (and <part>.h<N>.oembed.json)
//
// Each page is light: the tag pre-rendered as declarative shadow DOM that links the
// components' stylesheet (styled from the first frame, with or without a script; Chromium,
// Firefox 123+ and Safari 16.4+ parse it), the plain fallback inside for a browser that does
// not, then two classic deferred scripts by relative path: assets/embed-frame.js (height to
// the parent, links to a new tab, `?now=`) and the drop-in bundle, which adds the live route.
// Classic and without `integrity`: in `sandbox="allow-scripts"` the page's origin is opaque,
// so a module script or an `integrity`+`crossorigin` request would need CORS for `Origin:
// null`; a plain `<script src>` is fetched like an image, from the site's own copy.
// No inline script or style anywhere: each page carries the site's Content-Security-Policy
// (scripts/site/csp.mjs), with the site's public origin written out beside every 'self'.
// WebKit matches no 'self' at all in a sandboxed frame (its origin is opaque, and Safari
// does not fall back to the page's address as Chromium and Firefox do): without the origin,
// Safari would block the page's own stylesheet and scripts inside WordPress's sandbox.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitePolicyFor } from './csp.mjs';
import { oembedAnswer } from './oembed.mjs';
import { partOf, relativeUrl, titleOf } from './pages.mjs';

const root = new URL('../..', import.meta.url).pathname;

/** Heading levels with a page of their own; 2 (the tags' default) is `<part>.html`. */
export const embedHeadingLevels = [1, 2, 3, 4, 5, 6];

/** The widths the heights data measures each page at (a phone, a tablet, a desktop column). */
export const embedWidths = [320, 768, 1280];

/** An embed page's file name inside `embed/`, without extension: `report-it`, `report-it.h3`. */
export const embedName = (tag, headingLevel = 2) => `${partOf(tag)}${headingLevel === 2 ? '' : `.h${headingLevel}`}`;

/**
 * The server render, loaded when first needed: it installs Lit's DOM shim in this process,
 * which the site's build wants only after its other steps (scripts/build-site.mjs).
 */
const prerender = () => import('../prerender.mjs');

/** The tags whose `now` attribute the frame script may set from `?now=`. */
const tagsTakingNow = new Set(['safer-seven-report-it', 'safer-seven-briefing']);

/**
 * Links to other sites open a new top-level tab from a frame (a link that replaced the frame
 * would show that site in the partner's box); `rel` as the components write it. tel: and
 * mailto: links stay as they are.
 */
export function withNewTabLinks(markup) {
  return markup.replace(/<a\b([^>]*?)\shref="(https?:[^"]*)"([^>]*)>/g, (whole, before, href, after) => {
    if (/\starget=/.test(before + after)) return whole;
    const rel = /\srel=/.test(before + after) ? '' : ' rel="noopener noreferrer"';
    return `<a${before} href="${href}"${after} target="_blank"${rel}>`;
  });
}

/** Where the heights data lives (written by `npm run site:heights`), and what it says. */
export const embedHeightsFile = join(root, 'demo/embed-heights.json');

export function readEmbedHeights() {
  try {
    return JSON.parse(readFileSync(embedHeightsFile, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * What a page's height depends on, as one hash: the components' stylesheet, the embed pages'
 * own, and every page's markup (the content and the templates that render it). The heights
 * data records it; a test fails when the current one differs (`npm run site:heights`).
 */
export async function embedHeightsFingerprint(content) {
  const { prerenderTag, stylesheetText } = await prerender();
  const hash = createHash('sha256');
  hash.update(stylesheetText).update(readFileSync(join(root, 'demo/assets/embed.css')));
  for (const tag of content.saferSevenTags) {
    for (const headingLevel of embedHeadingLevels) hash.update(await prerenderTag(tag, { headingLevel, stylesheet: 'safer-seven.css' }));
  }
  return `sha256-${hash.digest('base64')}`;
}

/**
 * The height given for a measured one: 8% more, rounded up to 10 px. The frame shows the
 * reader's system font (Segoe UI, San Francisco, Roboto...), which may set a line a little
 * longer than the one measured: the margin keeps the last line inside the frame.
 */
export const heightWithMargin = (measured) => Math.ceil((measured * 1.08) / 10) * 10;

/** All the embed pages' names, heading level 2 first of each tag. */
export const embedNames = (content) => content.saferSevenTags.flatMap((tag) => embedHeadingLevels.map((level) => embedName(tag, level)));

/** The iframe code for one embed page: the one element WordPress's oEmbed filter keeps whole. */
export function iframeHtml({ src, title, height, width = '100%' }) {
  const attribute = (text) => String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" frameborder="0"></iframe>`;
}

/**
 * Writes every embed page and its oEmbed JSON into `<siteDir>/embed/`, and what the builder
 * needs of them into `<siteDir>/assets/embeds.json` (async: await it).
 *
 * - `content`: the built content package's module; `briefing`: the briefing to show.
 * - `files`: the site's paths of `stylesheet`, `bundle` and `updates` (the drop-ins).
 * - `config`: site.config.json as read (scripts/site/config.mjs): `publicUrl`, the site's
 *   absolute address (oEmbed needs absolute URLs); `signedContent`, `{ url, publicKeys }`
 *   when it names a signed file: the pages then load the updates drop-in and pin them.
 * - `heights`: the measured heights (demo/embed-heights.json), for the oEmbed `height`.
 *
 * Returns the pages written, as `{ tag, headingLevel, name, title, path }`.
 */
export async function writeEmbedPages({ siteDir, content, briefing, files, config, heights = readEmbedHeights() }) {
  const { prerenderTag } = await prerender();
  const { publicUrl, signedContent } = config;
  const policy = sitePolicyFor(config).replaceAll("'self'", `'self' ${new URL(publicUrl).origin}`);
  const embedDir = join(siteDir, 'embed');
  mkdirSync(embedDir, { recursive: true });
  const stylesheet = relativeUrl('embed/page.html', files.stylesheet);
  const bundle = relativeUrl('embed/page.html', signedContent ? files.updates : files.bundle);
  const updatesAttributes = signedContent
    ? ` updates="${content.escapeHtml(signedContent.url)}" updates-key="${content.escapeHtml([signedContent.publicKeys].flat().join(' '))}"`
    : '';
  const written = [];
  const pagesForBuilder = {};
  for (const tag of content.saferSevenTags) {
    const title = titleOf(content, briefing, tag);
    for (const headingLevel of embedHeadingLevels) {
      const name = embedName(tag, headingLevel);
      const pageUrl = new URL(`embed/${name}.html`, publicUrl).href;
      const oembedUrl = new URL(`embed/${name}.oembed.json`, publicUrl).href;
      // Lit's hydration markers go: the bundle replaces the pre-rendered copy, it does not hydrate it.
      let markup = withNewTabLinks(await prerenderTag(tag, { headingLevel, stylesheet })).replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '');
      // The frame script finds the tag by this marker (and whether `?now=` applies to it).
      const marker = ` data-safer-seven-embed${tagsTakingNow.has(tag) ? ' data-takes-now' : ''}${updatesAttributes}`;
      markup = markup.replace(`<${tag} `, `<${tag}${marker} `);
      const page = `<!doctype html>
<html lang="${briefing.lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <meta name="referrer" content="no-referrer" />
    <title>${content.escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${stylesheet}" />
    <link rel="stylesheet" href="../assets/embed.css" />
    <link rel="alternate" type="application/json+oembed" href="${content.escapeHtml(oembedUrl)}" title="${content.escapeHtml(title)}" />
    <script src="../assets/embed-frame.js" defer></script>
    <script src="${bundle}" defer></script>
  </head>
  <body>
    <main>
${markup}
    </main>
  </body>
</html>
`;
      writeFileSync(join(embedDir, `${name}.html`), page);
      const height = heights?.pages?.[name]?.[768] ?? 800;
      const oembed = oembedAnswer({ content, briefing, tag, title, pageUrl, publicUrl, iframe: iframeHtml({ src: pageUrl, title, height }), height });
      writeFileSync(join(embedDir, `${name}.oembed.json`), `${JSON.stringify(oembed, null, 2)}\n`);
      written.push({ tag, headingLevel, name, title, path: `embed/${name}.html` });
      // heightsLargeText: for frames the host does not resize (the builder's iframe code), once measured.
      pagesForBuilder[name] = { tag, headingLevel, title, url: pageUrl, oembed: oembedUrl, heights: heights?.pages?.[name], heightsLargeText: heights?.pagesLargeText?.[name] };
    }
  }
  // What the builder's iframe code and page address need, without a fact of their own.
  mkdirSync(join(siteDir, 'assets'), { recursive: true });
  writeFileSync(join(siteDir, 'assets/embeds.json'), `${JSON.stringify({ publicUrl, widths: embedWidths, pages: pagesForBuilder }, null, 2)}\n`);
  return written;
}
