// Writes the benchmark's pages to bench/generated/ (gitignored): for each variant and each
// number of embeds, one host page that differs from the others only in how the three embeds
// (report-it, warning-signs, contacts) get onto it.
//
//   static-<n>.html   the limit: what the three tags show, as plain HTML (staticTagHtml)
//   bundle-<n>.html   the drop-in bundle: one deferred <script> and the three bare tags
//   snippet-<n>.html  the drop-in bundle as the README recommends: each tag holds its
//                     information as static HTML, the fallback, until it upgrades
//   prerendered-<n>.html  each tag pre-rendered as declarative shadow DOM with its styles and
//                     its fallback inside (scripts/prerender.mjs, as `npm run site` writes
//                     them to site/assets/prerendered/), and the drop-in bundle, which takes
//                     the elements over
//   iframe-<n>.html   three iframes of the site's real embed pages, site/embed/<part>.html as
//                     `npm run site` builds them, framed as a partner frames them: from another
//                     site, `sandbox="allow-scripts"`, `#?secret=` and WordPress's height protocol
//   blank.html        the host page with no embeds and no probe: where each run starts (baseline)
//
// Every page holds the same inline probe (bench/probe.js) as its first script and the same
// small host stylesheet, and wraps each set of three embeds in <div class="set">; the last
// set has id="last-set". The iframe variant needs `npm run site` first (npm run bench runs it).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const bundlePath = 'packages/elements/dist/safer-seven.min.js';
export const benchTags = ['safer-seven-report-it', 'safer-seven-warning-signs', 'safer-seven-contacts'];
export const variants = ['static', 'bundle', 'snippet', 'prerendered', 'iframe'];
/** The frame probe's file in the copied site: the benchmark's, not counted in bytes transferred. */
export const frameProbeName = 'bench-frame-probe.js';

function fail(message) {
  throw Object.assign(new Error(message), { benchBroken: true });
}

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
iframe { border: 0; width: 100%; }
`.trim();

// The host's side of WordPress's height protocol (what wp-includes/js/wp-embed.js does): a
// frame that posts { message: 'height', value, secret } with its own secret gets that height.
const heightListener = `addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.message !== 'height' || !/^[a-zA-Z0-9]+$/.test(data.secret || '')) return;
  const frame = document.querySelector('iframe[src$="#?secret=' + data.secret + '"]');
  if (frame && frame.contentWindow === event.source) frame.height = Math.max(200, Math.min(Number(data.value) || 0, 1000));
});
`;

/** Writes every page; returns the URL path of each and where the iframe pages come from. */
export async function writeBenchPages(root, counts, { frameOrigin }) {
  const out = join(root, 'bench/generated');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const content = await import(pathToFileURL(join(root, 'packages/content/dist/index.js')).href);
  const briefing = content.getBriefing(content.defaultTopic).briefing;
  const probe = readFileSync(join(root, 'bench/probe.js'), 'utf8');
  const escape = content.escapeHtml;
  const prerendered = prerenderedTags(root);

  // The iframe targets: the site's embed pages as `npm run site` builds them, copied with the
  // site's assets and files to bench/generated/safer-seven/ (a sub-path, as a partner frames
  // the partnership's site), each with the frame probe added after its CSP and nothing else
  // changed; served from `frameOrigin`, another site than the host page's.
  const siteDir = join(root, 'site');
  const embedDir = join(out, 'safer-seven');
  const embedSource = {};
  for (const tag of benchTags) {
    const name = `embed/${tag.replace(/^safer-seven-/, '')}.html`;
    if (!existsSync(join(siteDir, name))) fail(`site/${name} is missing: run \`npm run site\` first (npm run bench does).`);
    embedSource[tag] = `/bench/generated/safer-seven/${name}`;
  }
  for (const folder of ['assets', 'files']) cpSync(join(siteDir, folder), join(embedDir, folder), { recursive: true });
  writeFileSync(join(embedDir, frameProbeName), readFileSync(join(root, 'bench/frame-probe.js')));
  for (const source of Object.values(embedSource)) {
    const page = readFileSync(join(siteDir, source.replace('/bench/generated/safer-seven/', '')), 'utf8');
    const policy = page.match(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/);
    if (!policy) fail(`${source}: no Content-Security-Policy <meta> to put the frame probe after`);
    mkdirSync(join(embedDir, 'embed'), { recursive: true });
    writeFileSync(
      join(root, source.slice(1)),
      page.replace(policy[0], `${policy[0]}    <script src="../${frameProbeName}"></script>\n`),
    );
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
    // As WordPress's oEmbed frames a post from another site: sandboxed, a secret per frame.
    iframe: (tag, secret) =>
      `<iframe data-tag="${tag}" sandbox="allow-scripts" src="${frameOrigin}${embedSource[tag]}#?secret=${secret}" title="${escape(titles[tag])}" height="600"></iframe>`,
  };

  const page = (variant, count, body) => `<!doctype html>
<html lang="en-GB" data-variant="${variant}" data-embeds="${count}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Safer Seven benchmark: ${variant}, ${count} set${count === 1 ? '' : 's'} of embeds</title>
${variant === 'blank' ? '' : `<script>\n${probe}</script>\n`}<style>
${hostCss}
</style>${variant === 'iframe' ? `\n<script>\n${heightListener}</script>` : ''}${variant === 'bundle' || variant === 'snippet' || variant === 'prerendered' ? `\n<script src="/${bundlePath}" defer></script>` : ''}
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
        sets.push(`<div class="set"${id}>\n${benchTags.map((tag, k) => embed[variant](tag, `s${i}x${k}`)).join('\n')}\n</div>`);
      }
      const name = `${variant}-${count}.html`;
      writeFileSync(join(out, name), page(variant, count, sets.join('\n')));
      urls[`${variant}-${count}`] = `/bench/generated/${name}`;
    }
  }
  return { urls, embedSource, frameOrigin };
}
