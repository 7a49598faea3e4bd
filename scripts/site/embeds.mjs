// The iframe embed pages of the partnership's site, and their oEmbed JSON (issues 15 and 21):
//
//   site/embed/<part>.html            one tag, heading level 2, made to sit in a partner's iframe
//   site/embed/<part>.h<N>.html       the same at heading level N (1, 3, 4, 5, 6)
//   site/embed/<part>.oembed.json     its oEmbed answer (and <part>.h<N>.oembed.json)
//
// Each page is ONE document, and a frame makes one request for it (issue 21): sandboxed
// frames have opaque origins and share no cache, so every file a page linked would be
// fetched again by every frame. The page holds:
// - the panel as the components render it (scripts/prerender.mjs, @lit-labs/ssr), flattened
//   from its declarative shadow root into plain HTML, with no Lit markers; where the panel
//   depends on the instant (the route that applies now, the review line), the renderings at
//   each kind of instant wait beside it in <template data-when="…">, checked here to differ
//   from one another nowhere else;
// - the components' one stylesheet (packages/elements/src/shared/styles.ts, as
//   scripts/prerender.mjs gives its text), its `:host` turned into the tag's own selector,
//   then scripts/site/embed.css, in one inline <style>;
// - one inline script (scripts/site/embed-frame.js bundled with the content package's rule:
//   the route for now, the focus rule, the height by WordPress's protocol, the signed file);
// each allowed by its sha256 hash in the page's Content-Security-Policy, with no
// 'unsafe-inline'. Without a script, the panel shows what the fallback shows: every route in
// the leaflet's order. Links to other sites carry target="_blank" rel="noopener noreferrer".
//
// When site.config.json pins a signed content file, the page also names the updates drop-in,
// which the script loads after the first paint; the policy then allows the site's own scripts
// by 'self' and by the public origin: WebKit matches no 'self' in a sandboxed frame (its
// origin is opaque, and Safari does not fall back to the page's address as Chromium and
// Firefox do), so without the origin Safari would block the drop-in inside WordPress's sandbox.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
 * What a page's height depends on, as one hash: every page's panel (its markup at every kind
 * of instant, and its inline stylesheet). The heights data records it; a test fails when the
 * current one differs (`npm run site:heights`).
 */
export async function embedHeightsFingerprint(content) {
  const hash = createHash('sha256');
  for (const tag of content.saferSevenTags) {
    for (const headingLevel of embedHeadingLevels) {
      const panel = await embedPanel({ content, briefing: content.cse, tag, headingLevel });
      hash.update(panel.markup).update(panel.css);
    }
  }
  return `sha256-${hash.digest('base64')}`;
}

/** Lit's hydration markers and the server render's processing instructions (as prerender.mjs writes them, comments): none in a page. */
const litMarkers = /<!--\/?lit-(?:part|node)[^>]*-->|<\?(?:lit\$\d+\$)?>|<!--\?(?:lit\$\d+\$)?-->/g;

/**
 * A tag as the components render it, flattened: the contents of its declarative shadow root
 * without the stylesheet (the page has it once, inline) and without Lit's markers, as plain
 * HTML for the page's own DOM.
 */
async function flatRender(prerenderTag, tag, options) {
  const markup = await prerenderTag(tag, { ...options, fallback: false, stylesheet: 'inline.css' });
  const shadow = /^<[^>]+><template shadowroot(?:mode)?="open"[^>]*>([\s\S]*)<\/template><\/[^>]+>$/.exec(markup);
  if (!shadow) throw new Error(`embeds: the server render of <${tag}> is not one declarative shadow root`);
  const flat = shadow[1].replace('<link rel="stylesheet" href="inline.css">', '').replace(litMarkers, '').trim();
  if (/<\?|<!--|<template|<slot/.test(flat)) throw new Error(`embeds: <${tag}>'s render holds markup a flat page cannot keep: ${/<\?[^>]*>|<!--[^>]*-->|<template[^>]*>|<slot[^>]*>/.exec(flat)[0]}`);
  // `part` names a shadow tree's parts: no attribute of plain HTML. The page keeps the names as
  // `data-part` (its stylesheet's selectors follow: embedPanel).
  return withNewTabLinks(flat).replace(/ part="/g, ' data-part="');
}

/**
 * The instants at which a panel is rendered, one of each kind its script tells apart: the
 * office open, closed (out of hours), closed for a bank holiday, and past the review date;
 * and, to check that the script needs no other kind, closed before opening and at a weekend.
 * All from the briefing's own dates and hours, judged by the content package's rule.
 */
export function panelInstants(content, briefing) {
  const hours = briefing.officeHours;
  const day = 86_400_000;
  const noonAfter = (from, wanted) => {
    let instant = Date.parse(`${from}T12:00:00Z`);
    while (!wanted(content.routeAt(hours, instant))) instant += day;
    return instant;
  };
  const open = noonAfter(briefing.reviewed, (judgement) => judgement.open);
  const holiday = noonAfter(briefing.reviewed, (judgement) => judgement.reason === 'bank-holiday');
  const iso = (instant) => new Date(instant).toISOString();
  return {
    open: iso(open),
    closed: iso(open + 8 * 3_600_000),
    holiday: iso(holiday),
    'past review': iso(Date.parse(`${briefing.reviewDue}T12:00:00Z`) + 7 * day),
    'before opening': iso(open - 6 * 3_600_000),
    weekend: iso(noonAfter(briefing.reviewed, (judgement) => judgement.reason === 'weekend')),
    holidayName: content.routeAt(hours, holiday).holiday.name,
  };
}

/** The `<ol class="routes">` of a render: [whole, start tag, items]. */
const routesList = /(<ol class="routes"[^>]*>)([\s\S]*?)<\/ol>/;
/** The review line, shown past the review date. */
const reviewLine = /<p\b[^>]*\bpart="review"[^>]*>[\s\S]*?<\/p>/;

/**
 * One page's panel: `markup`, the tag holding its flattened render for a reader without a
 * script (the render with no instant: every route in the leaflet's order) with the renderings
 * of each kind of instant in templates beside the parts they replace; `css`, the components'
 * stylesheet made for the page's light DOM, then the page's own rules.
 */
export async function embedPanel({ content, briefing, tag, headingLevel }) {
  const { prerenderTag, stylesheetText } = await prerender();
  const instants = panelInstants(content, briefing);
  const render = (now) => flatRender(prerenderTag, tag, { headingLevel, now });
  let markup = await render(undefined);
  const at = {};
  for (const kind of ['open', 'closed', 'holiday', 'past review', 'before opening', 'weekend']) at[kind] = await render(instants[kind]);
  const withoutRoutes = (text) => text.replace(routesList, '$1</ol>').replace(reviewLine, '');
  // The script shows one of three renderings of the routes; anything else that changed with
  // the instant would go unseen, so the build stops and says so.
  for (const kind of Object.keys(at)) {
    if (withoutRoutes(at[kind]) !== withoutRoutes(markup)) {
      throw new Error(`embeds: <${tag}> renders more than its routes and review line differently at ${kind} (${instants[kind]}): teach scripts/site/embeds.mjs and its frame script that difference`);
    }
  }
  for (const kind of ['before opening', 'weekend']) {
    if (at[kind].match(routesList)?.[0] !== at.closed.match(routesList)?.[0]) throw new Error(`embeds: <${tag}> renders its routes ${kind} unlike out of hours: the frame script shows one rendering for both`);
  }
  const routes = markup.match(routesList);
  if (routes) {
    const name = instants.holidayName;
    const holidayItems = at.holiday.match(routesList)[2].replaceAll(content.escapeHtml(name), '{{holiday}}').replaceAll(name, '{{holiday}}');
    if (!holidayItems.includes('{{holiday}}')) throw new Error(`embeds: <${tag}> does not name the bank holiday (${name}) on a bank holiday`);
    const templates = [
      ['open', at.open.match(routesList)[2]],
      ['closed', at.closed.match(routesList)[2]],
      ['holiday', holidayItems],
    ].map(([when, items]) => `<template data-when="${when}">${items}</template>`);
    markup = markup.replace(routesList, `$1$2${templates.join('')}</ol>`);
  }
  const review = at['past review'].match(reviewLine)?.[0];
  if (review && !markup.match(reviewLine)) {
    // Where the review line goes: the place it has in the render past the date.
    const before = at['past review'].slice(0, at['past review'].indexOf(review));
    const anchor = before.slice(-40);
    if (!markup.includes(anchor)) throw new Error(`embeds: <${tag}>: no place for the review line`);
    markup = markup.replace(anchor, `${anchor}<template data-review>${review}</template>`);
  }
  const selector = '[data-safer-seven-embed]';
  // The page's own rules, their comments and indentation dropped (the components' come minified).
  const own = readFileSync(join(root, 'scripts/site/embed.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*([{};,])\s*/g, '$1').replace(/\s+/g, ' ').trim();
  const css = `${stylesheetText
    .replace(/:host\(([^)]*)\)/g, `${selector}$1`)
    .replace(/:host\b/g, selector)
    .replace(/\[part(?=[~|^$*]?=|\])/g, '[data-part')}${own}`;
  if (/:host|::slotted|::part/.test(css)) throw new Error('embeds: the components\' stylesheet uses a shadow-DOM selector the flat page cannot keep');
  return { markup: `<${tag} heading-level="${headingLevel}">${markup}</${tag}>`, css };
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

/** A CSP source for inline text: its sha256. */
const sha256Source = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The most an embed page may weigh, gzipped, with everything it needs (issue 21): the build stops above it. */
export const embedPageBudget = 8 * 1024;

/**
 * The frame script, bundled once a build for pages with routes and once for those without:
 * scripts/site/embed-frame.js with the content package's rule (left out without routes), minified.
 */
const frameScripts = new Map();
export async function embedFrameScript({ routes = true } = {}) {
  if (!frameScripts.has(routes)) frameScripts.set(routes, bundleFrameScript(routes));
  return frameScripts.get(routes);
}

function bundleFrameScript(routes) {
  return (async () => {
    const [{ rollup }, { default: terser }, { default: replace }, { default: ts }] = await Promise.all([
      import('rollup'),
      import('@rollup/plugin-terser'),
      import('@rollup/plugin-replace'),
      import('typescript'),
    ]);
    const contentSource = join(root, 'packages/content/src/');
    // The content package's TypeScript, taken as it is (types dropped, nothing checked here:
    // npm run typecheck does that), so the script follows its rule without a copy of it.
    const typescriptSource = {
      name: 'safer-seven-content-source',
      resolveId(source, importer) {
        if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
        const path = join(importer, '..', source.replace(/\.js$/, '.ts'));
        return path.startsWith(contentSource) ? path : null;
      },
      transform(code, id) {
        if (!id.endsWith('.ts')) return null;
        return ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext }, fileName: id }).outputText;
      },
    };
    const bundle = await rollup({
      input: join(root, 'scripts/site/embed-frame.js'),
      plugins: [
        replace({ preventAssignment: true, values: { __SAFER_SEVEN_ROUTES__: String(routes) } }),
        typescriptSource,
        terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
      ],
      onwarn: (warning) => {
        throw new Error(`embeds: frame script: ${warning.message}`);
      },
    });
    try {
      const { output } = await bundle.generate({ format: 'iife' });
      return output[0].code.trim();
    } finally {
      await bundle.close();
    }
  })();
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
 * - `budget`: the most a page may weigh gzipped (`embedPageBudget`; a test asks for less).
 *
 * Returns the pages written, as `{ tag, headingLevel, name, title, path, gzipBytes }`.
 */
export async function writeEmbedPages({ siteDir, content, briefing, files, config, heights = readEmbedHeights(), budget = embedPageBudget }) {
  const { publicUrl, signedContent } = config;
  const origin = new URL(publicUrl).origin;
  const embedDir = join(siteDir, 'embed');
  mkdirSync(embedDir, { recursive: true });
  const updates = relativeUrl('embed/page.html', files.updates);
  const written = [];
  const pagesForBuilder = {};
  for (const tag of content.saferSevenTags) {
    const title = titleOf(content, briefing, tag);
    for (const headingLevel of embedHeadingLevels) {
      const name = embedName(tag, headingLevel);
      const pageUrl = new URL(`embed/${name}.html`, publicUrl).href;
      const oembedUrl = new URL(`embed/${name}.oembed.json`, publicUrl).href;
      // What the script needs, from the content package: the office hours (where the panel
      // shows routes: its renderings wait in templates) and the review date.
      const panel = await embedPanel({ content, briefing, tag, headingLevel });
      const routes = panel.markup.includes('<template data-when=');
      const script = await embedFrameScript({ routes });
      const data = JSON.stringify(routes ? { hours: briefing.officeHours, reviewDue: briefing.reviewDue } : { reviewDue: briefing.reviewDue });
      const attributes =
        ` data-safer-seven-embed="${content.escapeHtml(data)}"${tagsTakingNow.has(tag) ? ' data-takes-now' : ''}` +
        (signedContent
          ? ` updates="${content.escapeHtml(signedContent.url)}" updates-key="${content.escapeHtml([signedContent.publicKeys].flat().join(' '))}" data-drop-in="${updates}"`
          : '');
      const markup = panel.markup.replace(`<${tag} `, `<${tag}${attributes} `);
      // Only the page's own style and script; with a signed file, the site's updates drop-in too.
      const scriptSources = signedContent ? `'self' ${sha256Source(script)}` : sha256Source(script);
      const policy = sitePolicyFor(config)
        .replace("script-src 'self'", `script-src ${scriptSources}`)
        .replace("style-src 'self'", `style-src ${sha256Source(panel.css)}`)
        .replaceAll("'self'", `'self' ${origin}`);
      const description = `${title}. ${content.enGB.publishedBy(briefing.publisher.name)}.`;
      const page = `<!doctype html>
<html lang="${briefing.lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <meta name="referrer" content="no-referrer" />
    <title>${content.escapeHtml(title)}</title>
    <meta name="description" content="${content.escapeHtml(description)}" />
    <link rel="icon" href="data:," />
    <link rel="alternate" type="application/json+oembed" href="${content.escapeHtml(oembedUrl)}" title="${content.escapeHtml(title)}" />
    <style>${panel.css}</style>
  </head>
  <body>
    <main>
${markup}
    </main>
    <script>${script}</script>
  </body>
</html>
`;
      const gzipBytes = gzipSync(page, { level: 9 }).length;
      if (gzipBytes > budget) throw new Error(`embeds: embed/${name}.html is ${gzipBytes} B gzipped, over its budget of ${budget} B (issue 21)`);
      writeFileSync(join(embedDir, `${name}.html`), page);
      const height = heights?.pages?.[name]?.[768] ?? 800;
      const oembed = oembedAnswer({ content, briefing, tag, title, pageUrl, publicUrl, iframe: iframeHtml({ src: pageUrl, title, height }), height });
      writeFileSync(join(embedDir, `${name}.oembed.json`), `${JSON.stringify(oembed, null, 2)}\n`);
      written.push({ tag, headingLevel, name, title, path: `embed/${name}.html`, gzipBytes });
      pagesForBuilder[name] = { tag, headingLevel, title, url: pageUrl, oembed: oembedUrl, heights: heights?.pages?.[name], heightsLargeText: heights?.pagesLargeText?.[name] };
    }
  }
  // What the builder's iframe code and page address need, without a fact of their own.
  mkdirSync(join(siteDir, 'assets'), { recursive: true });
  writeFileSync(join(siteDir, 'assets/embeds.json'), `${JSON.stringify({ publicUrl, widths: embedWidths, pages: pagesForBuilder }, null, 2)}\n`);
  return written;
}
