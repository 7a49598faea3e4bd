// Server rendering of the four tags with @lit-labs/ssr, from the npm build (packages/*/dist):
// each tag as declarative shadow DOM (its styled content, shown from the first frame with or
// without the script) with its no-JavaScript fallback still inside as light DOM, for browsers
// without declarative shadow DOM. Used by `npm run build` (scripts/build-stylesheet.mjs writes
// packages/elements/dist/safer-seven.css), by `npm run site` (scripts/build-site.mjs writes
// site/assets/prerendered/, which the embed-code builder fetches), and by the SSR tests.
//
// A server render without `now` claims nothing about "now" (the element's own rule: see
// office-hours-element.ts): its markup may be cached or read with scripts blocked.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
const content = await import(new URL('packages/content/dist/index.js', root).href);
// Registers the four tags with Lit's server DOM shim.
await import(new URL('packages/elements/dist/safer-seven.js', root).href);
const { styles } = await import(new URL('packages/elements/dist/shared/styles.js', root).href);

/** The components' one stylesheet, as text: `dist/safer-seven.css` is exactly this. */
export const stylesheetText = styles.cssText;

/**
 * Lit ends a template whose last part is a binding with `<?>` (and marks bindings `<?lit$…$>`),
 * which a server render writes as it is. An HTML parser reads `<?…>` as a comment holding
 * `?…` (a "bogus comment"), but the W3C checker reports each one as an error and a CMS's HTML
 * cleaner may mangle it: written as that very comment, `<!--?…-->`, the browser builds the
 * same nodes, so hydration finds what it expects, and the markup is valid.
 */
export function withoutProcessingInstructions(markup) {
  return markup.replace(/<\?([^>]*)>/g, (_match, data) => {
    if (data.includes('--')) throw new Error(`prerender: cannot write <?${data}> as a comment`);
    return `<!--?${data}-->`;
  });
}

/**
 * One tag pre-rendered. `headingLevel` and `topic` as the tag takes them; `now` (an ISO
 * instant) only for a fixed preview; `stylesheet` (a URL) puts `<link rel="stylesheet">` in
 * the shadow root instead of an inline `<style>`, for pages whose `style-src` has no
 * 'unsafe-inline'; `fallback: false` leaves the light-DOM fallback out.
 */
export async function prerenderTag(tag, { headingLevel = 2, topic, now, stylesheet, fallback = true } = {}) {
  if (!content.saferSevenTags.includes(tag)) throw new Error(`prerender: unknown tag "${tag}"`);
  const attributes = [
    ['heading-level', String(headingLevel)],
    ['topic', topic],
    ['now', now],
  ].filter(([, value]) => value !== undefined);
  const open = `<${tag}${attributes.map(([name, value]) => ` ${name}="${content.escapeHtml(value)}"`).join('')}>`;
  let markup = await collectResult(render(html`${unsafeStatic(open)}${unsafeStatic(`</${tag}>`)}`));
  // The outer template's markers: only a page's own Lit template would hydrate them.
  markup = markup.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '').replace(`<${tag}  `, `<${tag} `);
  markup = withoutProcessingInstructions(markup);
  // Lit also writes the pre-standard `shadowroot` beside `shadowrootmode`, for Chrome 90 to 110
  // (2021-2022). It is obsolete HTML (the W3C checker's error), and a browser that reads only it
  // still shows the light-DOM fallback until the script runs.
  markup = markup.replaceAll('<template shadowroot="open" shadowrootmode="open">', '<template shadowrootmode="open">');
  if (/<template[^>]*\sshadowroot=/.test(markup)) throw new Error(`prerender: ${tag} has a template with the obsolete shadowroot attribute`);
  const inlineStyle = `<style>${stylesheetText}</style>`;
  if (!markup.includes(inlineStyle)) throw new Error(`prerender: ${tag} was rendered without its stylesheet`);
  if (stylesheet !== undefined) {
    markup = markup.replace(inlineStyle, `<link rel="stylesheet" href="${content.escapeHtml(stylesheet)}">`);
  }
  if (fallback) {
    const result = content.getBriefing(topic ?? content.defaultTopic);
    if (!result.ok) throw new Error(`prerender: unknown topic "${topic}"`);
    const light = content.fallbackHtml(result.briefing, tag, { headingLevel });
    markup = markup.replace(`</template></${tag}>`, `</template>\n${light}\n</${tag}>`);
  }
  return markup;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [tag = 'safer-seven-report-it', headingLevel = '2'] = process.argv.slice(2);
  process.stdout.write(`${await prerenderTag(tag, { headingLevel: Number(headingLevel) })}\n`);
}
