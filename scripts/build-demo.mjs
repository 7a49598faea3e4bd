// `npm run build`, after rollup: generates demo/generated/ (gitignored) from the built
// content package, so that no fact of the briefing is typed into a demo page by hand.
//
//   demo/templates/**/*.html  ->  demo/generated/**/*.html   host pages and the leaflet, with
//                                                           their markers filled in (below)
//   demo/generated/embed/<tag>.html    one element and its fallback, made to sit in an iframe
//   demo/generated/static/<tag>.html   what each tag shows, as static HTML: no script at all
//   demo/generated/bundle-info.json    the drop-in bundle's version, URL and SRI, for the builder
//   demo/generated/prerendered/<tag>.h<level>.html       each tag pre-rendered as declarative
//   demo/generated/prerendered/<tag>.h<level>.link.html  shadow DOM (scripts/prerender.mjs), with
//                                      an inline <style> or a <link> to dist/safer-seven.css
//   packages/elements/dist/safer-seven.css  the components' stylesheet, for that <link>
//
// Markers in a template: see scripts/page-markers.mjs (the bundle's test pages use them too).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fillMarkers, indented } from './page-markers.mjs';
import { prerenderTag, stylesheetText } from './prerender.mjs';

const root = new URL('..', import.meta.url).pathname;
const templatesDir = join(root, 'demo/templates');
const outDir = join(root, 'demo/generated');
const bundleUrl = '/packages/elements/dist/safer-seven.min.js';

const content = await import(pathToFileURL(join(root, 'packages/content/dist/index.js')).href);
const { defaultTopic, escapeHtml, getBriefing, saferSevenTags, staticTagHtml } = content;

/** The briefing for a topic; a page with an unknown topic is a mistake. */
function briefingFor(topic = defaultTopic) {
  const result = getBriefing(topic);
  if (!result.ok) throw new Error(`build-demo: unknown topic "${topic}" (known: ${result.knownTopics.join(', ')})`);
  return result.briefing;
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function templates(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** A generated page: the page's own words are the briefing's, the rest is the frame. */
function page({ title, stylesheet, head = '', body }) {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escapeHtml(title)}</title>
    <link rel="stylesheet" href="${stylesheet}" />${head}
  </head>
  <body>
${indented(body, '    ')}
  </body>
</html>
`;
}

/** The title a tag's pages carry: its point's title, or the briefing's. */
function titleOf(briefing, tag) {
  if (tag === 'safer-seven-briefing') return `${briefing.series}: ${briefing.title}`;
  const section = content.sectionById(briefing, content.sectionOfTag[tag]);
  return `${section.title} - ${briefing.series}: ${briefing.shortTitle}`;
}

rmSync(outDir, { recursive: true, force: true });
const briefing = briefingFor();
let pages = 0;

// (a) Host pages and the leaflet, from their templates.
for (const file of templates(templatesDir)) {
  const name = relative(templatesDir, file);
  write(join(outDir, name), fillMarkers(content, readFileSync(file, 'utf8'), `demo/templates/${name}`));
  pages += 1;
}

for (const tag of saferSevenTags) {
  const title = titleOf(briefing, tag);
  // (b) Script-free embeds: no chrome, one element with its fallback, for an iframe. Heading
  // level 2, the tags' default: the frame sits inside a partner page that has its own h1.
  write(
    join(outDir, `embed/${tag}.html`),
    page({
      title,
      stylesheet: '/demo/assets/embed.css',
      head: `\n    <script src="${bundleUrl}" defer></script>`,
      body: fillMarkers(content, `<main>\n  <${tag}>\n    <!-- safer-seven:fallback -->\n  </${tag}>\n</main>`, `embed/${tag}`),
    }),
  );
  // (c) Static pages: what the tag shows, in full, with no script at all.
  write(
    join(outDir, `static/${tag}.html`),
    page({
      title,
      stylesheet: '/demo/assets/static.css',
      body: [
        '<main>',
        indented(staticTagHtml(briefing, tag, { headingLevel: 1 }), '  '),
        '</main>',
        '<footer>',
        `  <p>${escapeHtml(`${briefing.source.title}, ${briefing.source.publisher}. Data version ${briefing.version}, checked against the leaflet on ${briefing.reviewed}.`)}</p>`,
        '</footer>',
      ].join('\n'),
    }),
  );
  pages += 2;
}

// (d) Pre-rendered embeds, at every heading level, for the builder's "pre-rendered" option and
// the benchmark; and the stylesheet their <link> variant points at, written from the
// components' own sheet (never a copy kept by hand).
const stylesheetUrl = '/packages/elements/dist/safer-seven.css';
write(join(root, 'packages/elements/dist/safer-seven.css'), `${stylesheetText}\n`);
for (const tag of saferSevenTags) {
  for (const headingLevel of [1, 2, 3, 4, 5, 6]) {
    const name = `prerendered/${tag}.h${headingLevel}`;
    write(join(outDir, `${name}.html`), `${await prerenderTag(tag, { headingLevel })}\n`);
    write(join(outDir, `${name}.link.html`), `${await prerenderTag(tag, { headingLevel, stylesheet: stylesheetUrl })}\n`);
  }
}

// (e) A signed content file for demo/generated/updates.html, by a throwaway key made now and
// kept only in memory: no shipped build trusts it, and it is never written to disk. One
// visibly demo-only change (point 7's title), a later review date and a higher version; no
// number changes. Plus the same file tampered with after signing, which the page must refuse.
{
  const keys = await content.generateSigningKeys();
  const updated = structuredClone(briefing);
  const [major, minor] = updated.version.split('.').map(Number);
  updated.version = `${major}.${minor + 1}.0`;
  updated.reviewed = new Date(Date.parse(briefing.reviewed) + 86_400_000).toISOString().slice(0, 10);
  updated.reviewDue = content.defaultReviewDue(updated.reviewed);
  const reportIt = updated.sections.find((section) => section.id === 'report-it');
  reportIt.title = `${reportIt.title} (updated content, demo)`;
  // Signed files carry an `expires` (the page refuses one without): two weeks, as a release.
  updated.expires = new Date(Date.now() + 14 * 86_400_000).toISOString();
  const signed = await content.signBriefingText(JSON.stringify(updated), updated.topic, keys);
  const tampered = { ...signed, briefing: signed.briefing.replace('(updated content, demo)', '(updated content, demo!)') };
  write(join(outDir, 'updates/cse.signed.json'), `${JSON.stringify(signed)}\n`);
  write(join(outDir, 'updates/cse.tampered.signed.json'), `${JSON.stringify(tampered)}\n`);
  const pagePath = join(outDir, 'updates.html');
  const publicKey = await content.publicKeyText(keys.publicKey);
  write(pagePath, readFileSync(pagePath, 'utf8').replaceAll('{{demo-updates-key}}', publicKey));
}

// (f) The bundle's version and integrity, for the embed-code builder's snippet.
const version = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).version;
const integrity = readFileSync(join(root, 'packages/elements/dist/safer-seven.min.js.sri.txt'), 'utf8').trim();
const bundleInfo = {
  package: '@safer-seven/elements',
  version,
  integrity,
  cdnUrl: `https://cdn.jsdelivr.net/npm/@safer-seven/elements@${version}/dist/safer-seven.min.js`,
  localUrl: bundleUrl,
  stylesheetCdnUrl: `https://cdn.jsdelivr.net/npm/@safer-seven/elements@${version}/dist/safer-seven.css`,
  stylesheetLocalUrl: stylesheetUrl,
  briefingVersion: briefing.version,
  // The drop-in with signed content updates: a page that keeps its numbers current loads it instead.
  updates: {
    integrity: readFileSync(join(root, 'packages/elements/dist/safer-seven-updates.min.js.sri.txt'), 'utf8').trim(),
    cdnUrl: `https://cdn.jsdelivr.net/npm/@safer-seven/elements@${version}/dist/safer-seven-updates.min.js`,
    localUrl: '/packages/elements/dist/safer-seven-updates.min.js',
  },
  // The quick exit's own file: a page adds it only where someone at risk may read it.
  quickExit: {
    integrity: readFileSync(join(root, 'packages/elements/dist/safer-seven-quick-exit.min.js.sri.txt'), 'utf8').trim(),
    cdnUrl: `https://cdn.jsdelivr.net/npm/@safer-seven/elements@${version}/dist/safer-seven-quick-exit.min.js`,
    localUrl: '/packages/elements/dist/safer-seven-quick-exit.min.js',
  },
};
write(join(outDir, 'bundle-info.json'), `${JSON.stringify(bundleInfo, null, 2)}\n`);

console.log(`build-demo: ${pages} pages and bundle-info.json (elements ${version}, ${integrity.slice(0, 17)}…) in demo/generated/`);
