// Today's embed pages, as scripts/site/embeds.mjs wrote them before issue 21 (kept for the
// benchmark only, so that one run shows them beside the new one-document pages): the tag
// pre-rendered as declarative shadow DOM linking the components' stylesheet, the fallback
// inside, then two classic deferred scripts, bench/legacy/embed-frame.js and the drop-in
// bundle, and a second stylesheet, bench/legacy/embed.css. Run in a child process by
// bench/pages.mjs (the server render installs Lit's DOM shim in the process that runs it):
//
//   node bench/legacy/embeds.mjs <siteCopyDir> <publicUrl> <part>...
//
// writes <siteCopyDir>/legacy-embed/<part>.html and <siteCopyDir>/legacy-assets/, beside the
// site's files/ copied there by bench/pages.mjs.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitePolicyFor } from '../../scripts/site/csp.mjs';
import { relativeUrl } from '../../scripts/site/pages.mjs';

const root = new URL('../..', import.meta.url).pathname;
const { prerenderTag } = await import('../../scripts/prerender.mjs');
const content = await import(join(root, 'packages/content/dist/index.js'));
const elementsVersion = (await import(join(root, 'packages/elements/package.json'), { with: { type: 'json' } })).default.version;

/** Links to other sites open a new tab (as the old generator wrote them). */
function withNewTabLinks(markup) {
  return markup.replace(/<a\b([^>]*?)\shref="(https?:[^"]*)"([^>]*)>/g, (whole, before, href, after) => {
    if (/\starget=/.test(before + after)) return whole;
    const rel = /\srel=/.test(before + after) ? '' : ' rel="noopener noreferrer"';
    return `<a${before} href="${href}"${after} target="_blank"${rel}>`;
  });
}

const tagsTakingNow = new Set(['safer-seven-report-it', 'safer-seven-briefing']);

const [siteDir, publicUrl, ...parts] = process.argv.slice(2);
const briefing = content.cse;
const policy = sitePolicyFor({ publicUrl }).replaceAll("'self'", `'self' ${new URL(publicUrl).origin}`);
const elementsFiles = `files/elements/${elementsVersion}`;
const stylesheet = relativeUrl('legacy-embed/page.html', `${elementsFiles}/safer-seven.css`);
const bundle = relativeUrl('legacy-embed/page.html', `${elementsFiles}/safer-seven.min.js`);
mkdirSync(join(siteDir, 'legacy-embed'), { recursive: true });
mkdirSync(join(siteDir, 'legacy-assets'), { recursive: true });
for (const file of ['embed-frame.js', 'embed.css']) cpSync(join(root, 'bench/legacy', file), join(siteDir, 'legacy-assets', file));
for (const part of parts) {
  const tag = `safer-seven-${part}`;
  let markup = withNewTabLinks(await prerenderTag(tag, { headingLevel: 2, stylesheet })).replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '');
  markup = markup.replace(`<${tag} `, `<${tag} data-safer-seven-embed${tagsTakingNow.has(tag) ? ' data-takes-now' : ''} `);
  const page = `<!doctype html>
<html lang="${briefing.lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    <meta name="referrer" content="no-referrer" />
    <title>${content.escapeHtml(part)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${stylesheet}" />
    <link rel="stylesheet" href="../legacy-assets/embed.css" />
    <script src="../legacy-assets/embed-frame.js" defer></script>
    <script src="${bundle}" defer></script>
  </head>
  <body>
    <main>
${markup}
    </main>
  </body>
</html>
`;
  writeFileSync(join(siteDir, 'legacy-embed', `${part}.html`), page);
}
