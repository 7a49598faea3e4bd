// Writes the benchmark's pages to bench/generated/ (gitignored): for each variant and each
// number of embeds, one host page that differs from the others only in how the three embeds
// (report-it, warning-signs, contacts) get onto it.
//
//   static-<n>.html   the limit: what the three tags show, as plain HTML (staticTagHtml)
//   bundle-<n>.html   the drop-in bundle: one deferred <script> and the three bare tags
//   snippet-<n>.html  the drop-in bundle as the README recommends: each tag holds its
//                     information as static HTML, the fallback, until it upgrades
//   prerendered-<n>.html  each tag pre-rendered as declarative shadow DOM with its styles and
//                     its fallback inside (scripts/prerender.mjs, as `npm run build` writes
//                     them), and the drop-in bundle, which takes the elements over
//   iframe-<n>.html   three iframes of the site's embed pages, site/embed/<part>.html (npm run site)
//   blank.html        the host page with no embeds and no probe: where each run starts (baseline)
//
// Every page holds the same inline probe (bench/probe.js) as its first script and the same
// small host stylesheet, and wraps each set of three embeds in <div class="set">; the last
// set has id="last-set". If the site build has not made the embed pages, the benchmark writes
// its own minimal ones to bench/generated/embed/<tag>.html (the bundle and the one tag).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const bundlePath = 'packages/elements/dist/safer-seven.min.js';
export const benchTags = ['safer-seven-report-it', 'safer-seven-warning-signs', 'safer-seven-contacts'];
export const variants = ['static', 'bundle', 'snippet', 'prerendered', 'iframe'];

/**
 * The three tags pre-rendered by scripts/prerender.mjs, in a child process: the server
 * render installs Lit's DOM shim in the process that runs it, which the benchmark keeps out.
 */
function prerenderedTags(root) {
  const script = `
    const { prerenderTag } = await import(${JSON.stringify(pathToFileURL(join(root, 'scripts/prerender.mjs')).href)});
    const tags = ${JSON.stringify(benchTags)};
    process.stdout.write(JSON.stringify(Object.fromEntries(await Promise.all(tags.map(async (tag) => [tag, await prerenderTag(tag, { headingLevel: 2 })])))));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

const hostCss = `
:root { font-family: system-ui, sans-serif; line-height: 1.5; color: #0b0c0c; background: #f3f2f1; }
body { max-width: 42rem; margin: 0 auto; padding: 1rem; }
.set > * { display: block; margin-block-end: 1rem; }
iframe { border: 0; width: 100%; height: 600px; }
`.trim();

/** Writes every page; returns the URL path of each and where the iframe pages come from. */
export async function writeBenchPages(root, counts) {
  const out = join(root, 'bench/generated');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const content = await import(pathToFileURL(join(root, 'packages/content/dist/index.js')).href);
  const briefing = content.getBriefing(content.defaultTopic).briefing;
  const probe = readFileSync(join(root, 'bench/probe.js'), 'utf8');
  const escape = content.escapeHtml;
  const prerendered = prerenderedTags(root);

  // The iframe targets: the site's embed pages when npm run site made them, else our own.
  const embedSource = {};
  let ownEmbeds = false;
  for (const tag of benchTags) {
    const demoPage = `site/embed/${tag.replace(/^safer-seven-/, '')}.html`;
    if (existsSync(join(root, demoPage))) {
      embedSource[tag] = `/${demoPage}`;
    } else {
      ownEmbeds = true;
      mkdirSync(join(out, 'embed'), { recursive: true });
      writeFileSync(
        join(out, `embed/${tag}.html`),
        `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>${tag}</title>\n` +
          `<script src="/${bundlePath}" defer></script>\n</head>\n<body>\n<${tag}></${tag}>\n</body>\n</html>\n`,
      );
      embedSource[tag] = `/bench/generated/embed/${tag}.html`;
    }
  }

  const titles = {
    'safer-seven-report-it': 'Report a concern about a child',
    'safer-seven-warning-signs': 'Warning signs of child sexual exploitation',
    'safer-seven-contacts': 'Where to get help',
  };
  const embed = {
    static: (tag) =>
      `<div data-tag="${tag}">\n${content.staticTagHtml(briefing, tag, { headingLevel: 2 })}\n</div>`,
    bundle: (tag) => `<${tag} data-tag="${tag}"></${tag}>`,
    snippet: (tag) =>
      `<${tag} data-tag="${tag}">\n${content.staticTagHtml(briefing, tag, { headingLevel: 2 })}\n</${tag}>`,
    prerendered: (tag) => prerendered[tag].replace(`<${tag}`, `<${tag} data-tag="${tag}"`),
    iframe: (tag) => `<iframe data-tag="${tag}" src="${embedSource[tag]}" title="${escape(titles[tag])}"></iframe>`,
  };

  const page = (variant, count, body) => `<!doctype html>
<html lang="en-GB" data-variant="${variant}" data-embeds="${count}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Safer Seven benchmark: ${variant}, ${count} set${count === 1 ? '' : 's'} of embeds</title>
${variant === 'blank' ? '' : `<script>\n${probe}</script>\n`}<style>
${hostCss}
</style>${variant === 'bundle' || variant === 'snippet' || variant === 'prerendered' ? `\n<script src="/${bundlePath}" defer></script>` : ''}
</head>
<body>
<h1>A partner's page</h1>
<p>Some text of the partner's own before the embeds.</p>
${body}
</body>
</html>
`;

  const urls = { blank: '/bench/generated/blank.html' };
  writeFileSync(join(out, 'blank.html'), page('blank', 0, ''));
  for (const variant of variants) {
    for (const count of counts) {
      const sets = [];
      for (let i = 0; i < count; i += 1) {
        const id = i === count - 1 ? ' id="last-set"' : '';
        sets.push(`<div class="set"${id}>\n${benchTags.map((tag) => embed[variant](tag)).join('\n')}\n</div>`);
      }
      const name = `${variant}-${count}.html`;
      writeFileSync(join(out, name), page(variant, count, sets.join('\n')));
      urls[`${variant}-${count}`] = `/bench/generated/${name}`;
    }
  }
  return { urls, embedSource, ownEmbeds };
}
