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
//                     `npm run site` builds them (one document each: issue 21), framed as a
//                     partner frames them: from another site, `sandbox="allow-scripts"`,
//                     `#?secret=` and WordPress's height protocol
//   legacy-<n>.html   the same with today's embed pages before issue 21 (bench/legacy/embeds.mjs:
//                     declarative shadow DOM, two stylesheets, the frame script and the bundle)
//   bare-<n>.html     the same frames holding only the part's static HTML with its CSS inline:
//                     the limit of any iframe (a second navigation and a renderer process)
//   <variant>-0.html  one embed alone (report-it), for static HTML and the three frame variants
//   blank.html        the host page with no embeds and no probe: where each run starts (baseline)
//
// Every page holds the same inline probe (bench/probe.js) as its first script and the same
// small host stylesheet, and wraps each set of three embeds in <div class="set">; the last
// set has id="last-set". The iframe variant needs `npm run site` first (npm run bench runs it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const bundlePath = 'packages/elements/dist/safer-seven.min.js';
export const benchTags = ['safer-seven-report-it', 'safer-seven-warning-signs', 'safer-seven-contacts'];
export const variants = ['static', 'bundle', 'snippet', 'prerendered', 'bare', 'legacy', 'iframe'];
/** The variants whose embeds are iframes of another site, each with the frame probe inline. */
export const frameVariants = ['bare', 'legacy', 'iframe'];
/** The variants run with one embed alone (count 0): static HTML and the frames. */
export const oneEmbedVariants = ['static', ...frameVariants];

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

  // The iframe targets, copied to bench/generated/safer-seven/ (a sub-path, as a partner frames
  // the partnership's site) and served from `frameOrigin`, another site than the host page's:
  // - embed/<part>.html: the site's embed pages as `npm run site` builds them;
  // - legacy-embed/<part>.html: today's pages before issue 21 (bench/legacy/embeds.mjs), with
  //   the site's files/ (the stylesheet and the drop-in bundle they load);
  // - bare/<part>.html: the part's static HTML and the static pages' CSS, inline, nothing else.
  // Each gets the frame probe (bench/frame-probe.js) inline as its first script, its hash
  // added to the page's script-src; nothing else changes.
  const siteDir = join(root, 'site');
  const embedDir = join(out, 'safer-seven');
  const frameProbe = readFileSync(join(root, 'bench/frame-probe.js'), 'utf8');
  const probeHash = `'sha256-${createHash('sha256').update(frameProbe).digest('base64')}'`;
  const withFrameProbe = (page, source) => {
    const policy = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>\n/);
    if (!policy) fail(`${source}: no Content-Security-Policy <meta> to put the frame probe after`);
    const allowed = policy[0].replace('script-src ', `script-src ${probeHash} `);
    return page.replace(policy[0], `${allowed}    <script>${frameProbe}</script>\n`);
  };
  cpSync(join(siteDir, 'files'), join(embedDir, 'files'), { recursive: true });
  const parts = benchTags.map((tag) => tag.replace(/^safer-seven-/, ''));
  execFileSync(process.execPath, [join(root, 'bench/legacy/embeds.mjs'), embedDir, 'https://safer-seven.github.io/safer-seven/', ...parts], { stdio: 'inherit' });
  const staticCss = readFileSync(join(root, 'demo/assets/static.css'), 'utf8');
  const frameSources = { iframe: {}, legacy: {}, bare: {} };
  mkdirSync(join(embedDir, 'embed'), { recursive: true });
  mkdirSync(join(embedDir, 'bare'), { recursive: true });
  for (const tag of benchTags) {
    const part = tag.replace(/^safer-seven-/, '');
    const name = `embed/${part}.html`;
    if (!existsSync(join(siteDir, name))) fail(`site/${name} is missing: run \`npm run site\` first (npm run bench does).`);
    writeFileSync(join(embedDir, name), withFrameProbe(readFileSync(join(siteDir, name), 'utf8'), name));
    const legacy = join(embedDir, `legacy-embed/${part}.html`);
    writeFileSync(legacy, withFrameProbe(readFileSync(legacy, 'utf8'), legacy));
    writeFileSync(
      join(embedDir, `bare/${part}.html`),
      `<!doctype html>\n<html lang="${briefing.lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${content.escapeHtml(part)}</title>\n<link rel="icon" href="data:,">\n<script>${frameProbe}</script>\n<style>${staticCss}</style>\n</head>\n<body>\n<main data-bare="${tag}">\n${content.staticTagHtml(briefing, tag, { headingLevel: 2 })}\n</main>\n</body>\n</html>\n`,
    );
    frameSources.iframe[tag] = `/bench/generated/safer-seven/${name}`;
    frameSources.legacy[tag] = `/bench/generated/safer-seven/legacy-embed/${part}.html`;
    frameSources.bare[tag] = `/bench/generated/safer-seven/bare/${part}.html`;
  }
  const embedSource = frameSources.iframe;

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
  };
  // As WordPress's oEmbed frames a post from another site: sandboxed, a secret per frame.
  for (const variant of frameVariants) {
    embed[variant] = (tag, secret) =>
      `<iframe data-tag="${tag}" sandbox="allow-scripts" src="${frameOrigin}${frameSources[variant][tag]}#?secret=${secret}" title="${escape(titles[tag])}" height="600"></iframe>`;
  }

  const page = (variant, count, body) => `<!doctype html>
<html lang="en-GB" data-variant="${variant}" data-embeds="${count}" data-per-set="${count === 0 ? 1 : 3}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Safer Seven benchmark: ${variant}, ${count} set${count === 1 ? '' : 's'} of embeds</title>
${variant === 'blank' ? '' : `<script>\n${probe}</script>\n`}<style>
${hostCss}
</style>${frameVariants.includes(variant) ? `\n<script>\n${heightListener}</script>` : ''}${variant === 'bundle' || variant === 'snippet' || variant === 'prerendered' ? `\n<script src="/${bundlePath}" defer></script>` : ''}
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
    for (const count of [0, ...counts]) {
      if (count === 0 && !oneEmbedVariants.includes(variant)) continue;
      const sets = [];
      // Count 0: one set holding report-it alone.
      const tags = count === 0 ? benchTags.slice(0, 1) : benchTags;
      for (let i = 0; i < Math.max(count, 1); i += 1) {
        const id = i === Math.max(count, 1) - 1 ? ' id="last-set"' : '';
        sets.push(`<div class="set"${id}>\n${tags.map((tag, k) => embed[variant](tag, `s${i}x${k}`)).join('\n')}\n</div>`);
      }
      const name = `${variant}-${count}.html`;
      writeFileSync(join(out, name), page(variant, count, sets.join('\n')));
      urls[`${variant}-${count}`] = `/bench/generated/${name}`;
    }
  }
  return { urls, embedSource, frameSources, frameOrigin };
}
