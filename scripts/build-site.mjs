// `npm run site` (after `npm run build`): builds the partnership's site into site/
// (gitignored) from demo/ and the packages' build. Every address inside it is relative, so
// the folder works at https://example.org/, under https://example.org/safer-seven/ and as
// /site/ of the test server. Its layout is public contract (CONTRACT.md, "The partnership's
// site"; docs/hosting.md):
//
//   demo/**/*.html -> site/**/*.html   the landing page, the builder, examples/ (the example
//                                      host sites, the components page, the leaflet, the
//                                      signed-updates page), with their markers filled in
//                                      (scripts/page-markers.mjs), and {{elements-version}},
//                                      {{content-version}} and {{repository}} (its web address)
//   demo/assets/   -> site/assets/     the site's own CSS and JS
//   demo/builder.js -> site/builder.js bundled with the content package it imports
//   site/embed/<part>.html             the iframe embed pages (scripts/site/embeds.mjs)
//   site/static/<part>.html            what each tag shows, as static HTML: no script at all
//   site/files/elements/<version>/     the three drop-in files, each with its .sri.txt, and
//                                      safer-seven.css
//   site/files/content/<version>/cse.json   the briefing as JSON
//   site/files/wordpress/<version>/safer-seven.zip   the WordPress plugin (npm run build makes it)
//   site/content/cse.signed.json, public-key.txt   only when site.config.json names them
//   demo/admin/    -> site/admin/      the content desk: Decap CMS, its config and Safer Seven's
//                                      extensions, under a policy of its own (scripts/site/admin.mjs)
//   site/assets/bundle-info.json       the drop-in's versions, addresses and SRI, for the builder
//   site/assets/prerendered/<tag>.h<level>.html, .link.html   each tag pre-rendered as declarative
//                                      shadow DOM, with an inline <style> or a <link> to the
//                                      stylesheet (scripts/prerender.mjs), for the builder
//
// Every page gets the site's Content-Security-Policy as a <meta> (scripts/site/csp.mjs).
// `node scripts/build-site.mjs [--build] [--out <folder>]`; SAFER_SEVEN_SITE_URL overrides the
// config's public address. `--build` (npm run site) runs `npm run build` first, keeping the
// released signed files of packages/content/dist/signed/ across it (the build empties dist/).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { fillMarkers, indented } from './page-markers.mjs';
import { dropInFiles, readSiteConfig, repositoryRoot as root, SiteConfigError } from './site/config.mjs';
import { writeAdmin } from './site/admin.mjs';
import { sitePolicyFor, withPolicy } from './site/csp.mjs';
import { writeEmbedPages } from './site/embeds.mjs';
import { page, partOf, relativeUrl, titleOf, write } from './site/pages.mjs';

const demoDir = join(root, 'demo');
const elementsDist = join(root, 'packages/elements/dist');
const contentDist = join(root, 'packages/content/dist');
const wordpressZip = join(root, 'integrations/wordpress/dist/safer-seven.zip');

const versionOf = (pkg) => JSON.parse(readFileSync(join(root, `packages/${pkg}/package.json`), 'utf8')).version;

/** Every file under `dir` whose name ends in `ending`, as paths relative to `dir`. */
function filesUnder(dir, ending) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)));
}

/** The repository's web address, from the elements package's `repository` field. */
function repositoryUrl() {
  const { repository } = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8'));
  return repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** The sha384 SRI of a file, as its .sri.txt must say. */
const sriOf = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;

/** Builds the site into `outDir`; returns what it wrote, for the log and the tests. */
export async function buildSite({ outDir = join(root, 'site'), env = process.env, configFile } = {}) {
  const config = readSiteConfig({ env, file: configFile });
  for (const needed of [join(contentDist, 'index.js'), ...dropInFiles.map((file) => join(elementsDist, file)), join(elementsDist, 'safer-seven.css'), wordpressZip]) {
    if (!existsSync(needed)) throw new SiteConfigError(`${relative(root, needed)} is missing: run npm run build first (npm run site does)`);
  }
  const content = await import(pathToFileURL(join(contentDist, 'index.js')).href);
  const briefing = content.getBriefing(content.defaultTopic).briefing;
  const elementsVersion = versionOf('elements');
  const contentVersion = versionOf('content');
  const elementsFiles = `files/elements/${elementsVersion}`;
  const files = {
    bundle: `${elementsFiles}/safer-seven.min.js`,
    updates: `${elementsFiles}/safer-seven-updates.min.js`,
    quickExit: `${elementsFiles}/safer-seven-quick-exit.min.js`,
    stylesheet: `${elementsFiles}/safer-seven.css`,
    json: `files/content/${contentVersion}/cse.json`,
    wordpress: `files/wordpress/${elementsVersion}/safer-seven.zip`,
  };

  rmSync(outDir, { recursive: true, force: true });
  const out = (path) => join(outDir, path);

  // The versioned files: the drop-ins as built, each with its SRI file (checked, not trusted).
  for (const file of dropInFiles) {
    const integrity = readFileSync(join(elementsDist, `${file}.sri.txt`), 'utf8').trim();
    if (integrity !== sriOf(join(elementsDist, file))) throw new Error(`build-site: ${file}.sri.txt does not match ${file}: run npm run build`);
    cpSync(join(elementsDist, file), out(`${elementsFiles}/${file}`));
    write(out(`${elementsFiles}/${file}.sri.txt`), `${integrity}\n`);
  }
  cpSync(join(elementsDist, 'safer-seven.css'), out(files.stylesheet));
  cpSync(join(contentDist, 'cse.json'), out(files.json));
  // The WordPress plugin of the same build (its version is the elements package's).
  cpSync(wordpressZip, out(files.wordpress));

  // The site's own pages and assets, from demo/.
  cpSync(join(demoDir, 'assets'), out('assets'), { recursive: true });
  // The pages at demo/'s top (landing page, builder) and the examples: nothing else under demo/,
  // so a stale folder left in a working copy (an old demo/generated, say) is never published.
  const sourcePages = filesUnder(demoDir, '.html').filter((path) => !path.includes('/') || path.startsWith('examples/'));
  const signed = writeSignedContent({ config, outDir });
  const placeholders = { 'elements-version': elementsVersion, 'content-version': contentVersion, repository: repositoryUrl() };
  for (const path of sourcePages) {
    const template = readFileSync(join(demoDir, path), 'utf8')
      .replace(/\{\{(elements-version|content-version|repository)\}\}/g, (_match, name) => placeholders[name])
      .replace(/^([ \t]*)<!-- site:signed-content -->\n/m, (_match, indent) => (signed ? signedContentItems(signed, relativeUrl(path, ''), indent) : ''));
    write(out(path), fillMarkers(content, template, `demo/${path}`));
  }
  await bundleModule(join(demoDir, 'builder.js'), out('builder.js'));
  // The content desk (demo/admin/, scripts/site/admin.mjs): its page keeps its own policy.
  await writeAdmin({ outDir, repositoryUrl: placeholders.repository, publicUrl: config.publicUrl, bundle: bundleModule });

  const embedPages = await writeEmbedPages({ siteDir: outDir, content, briefing, files, config });

  // Static pages: what the tag shows, in full, with no script at all.
  const staticPages = content.saferSevenTags.map((tag) => {
    const path = `static/${partOf(tag)}.html`;
    write(
      out(path),
      page({
        content,
        title: titleOf(content, briefing, tag),
        description: staticDescription(content, briefing, tag),
        stylesheet: relativeUrl(path, 'assets/static.css'),
        body: [
          '<main>',
          indented(content.staticTagHtml(briefing, tag, { headingLevel: 1 }), '  '),
          '</main>',
          '<footer>',
          `  <p>${content.escapeHtml(`${briefing.source.title}, ${briefing.source.publisher}. Data version ${briefing.version}, checked against the leaflet on ${briefing.reviewed}.`)}</p>`,
          '</footer>',
        ].join('\n'),
      }),
    );
    return path;
  });

  // Pre-rendered markup at every heading level: with an inline <style>, and with a <link> to
  // the site's stylesheet (by its path inside the site: the builder points it at the snippet's
  // own copy), for the builder's "pre-rendered" option and partners with no build of their
  // own. Loaded here, not at the top: the server render installs Lit's DOM shim in this process.
  const { prerenderTag } = await import('./prerender.mjs');
  for (const tag of content.saferSevenTags) {
    for (const headingLevel of [1, 2, 3, 4, 5, 6]) {
      const name = `assets/prerendered/${tag}.h${headingLevel}`;
      write(out(`${name}.html`), `${await prerenderTag(tag, { headingLevel })}\n`);
      write(out(`${name}.link.html`), `${await prerenderTag(tag, { headingLevel, stylesheet: files.stylesheet })}\n`);
    }
  }

  await writeUpdatesDemo({ content, briefing, outDir });

  // The drop-in's versions, addresses and integrity, for the builder's snippets.
  const cdn = (file) => `https://cdn.jsdelivr.net/npm/@safer-seven/elements@${elementsVersion}/dist/${file}`;
  const described = (file, path) => {
    const siteUrl = new URL(path, config.publicUrl).href;
    return {
      integrity: readFileSync(join(elementsDist, `${file}.sri.txt`), 'utf8').trim(),
      cdnUrl: cdn(file),
      siteUrl,
      localUrl: path,
      url: config.dropIn === 'site' ? siteUrl : cdn(file),
    };
  };
  const bundleInfo = {
    package: '@safer-seven/elements',
    version: elementsVersion,
    dropIn: config.dropIn,
    publicUrl: config.publicUrl,
    ...described('safer-seven.min.js', files.bundle),
    stylesheetCdnUrl: cdn('safer-seven.css'),
    stylesheetLocalUrl: files.stylesheet,
    stylesheetUrl: config.dropIn === 'site' ? new URL(files.stylesheet, config.publicUrl).href : cdn('safer-seven.css'),
    briefingVersion: briefing.version,
    contentJson: files.json,
    // The drop-in with signed content updates: a page that keeps its numbers current loads it instead.
    updates: described('safer-seven-updates.min.js', files.updates),
    // The quick exit's own file: a page adds it only where someone at risk may read it.
    quickExit: described('safer-seven-quick-exit.min.js', files.quickExit),
    signedContent: signed,
  };
  write(out('assets/bundle-info.json'), `${JSON.stringify(bundleInfo, null, 2)}\n`);

  // What a static host that reads _headers (Netlify, Cloudflare Pages) sends; GitHub Pages
  // reads neither file, and .nojekyll keeps it from running Jekyll on a branch deploy.
  write(out('_headers'), headersFile);
  write(out('.nojekyll'), '');

  // Last: every page under the site's policy.
  const htmlPages = filesUnder(outDir, '.html').filter((path) => !path.startsWith('assets/prerendered/'));
  const policy = sitePolicyFor(config);
  for (const path of htmlPages) write(out(path), withPolicy(readFileSync(out(path), 'utf8'), path, policy));

  return { outDir, config, elementsVersion, contentVersion, files, pages: htmlPages, embedPages, staticPages, signed };
}

/** A static page's meta description: which part, whose, and that it needs no script. */
function staticDescription(content, briefing, tag) {
  const section = tag === 'safer-seven-briefing' ? undefined : content.sectionById(briefing, content.sectionOfTag[tag]);
  const part = section ? `Point ${section.number}, "${section.title}",` : 'All seven points';
  return `${part} of the ${briefing.series} briefing on ${briefing.title} from ${briefing.publisher.name}, as plain HTML with no script: the numbers to call are links.`;
}

/**
 * The headers docs/hosting.md asks of a host, in Netlify's and Cloudflare Pages' `_headers`
 * format (one rule per folder, so no two rules set the same header on one file):
 *   content/  the signed file and its key: readable from any origin (an iframe sandboxed
 *             without allow-same-origin fetches with Origin: null), and a new release
 *             through within five minutes
 *   embed/    the embed pages and their oEmbed JSON, read by oEmbed consumers anywhere
 *   files/    versioned: a file never changes at its address, so cached for a year
 */
export const headersFile = `# Netlify and Cloudflare Pages send these headers (docs/hosting.md); other hosts ignore this file.
/content/*
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=300
/embed/*
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=3600
/files/*
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=31536000, immutable
`;

/** The landing page's lines for the released signed file, when there is one. */
function signedContentItems(signed, toRoot, indent) {
  const base = toRoot === './' ? '' : toRoot;
  return [
    `<li><a href="${base}${signed.file}">cse.signed.json</a>: the partnership's signed content file, for the <code>updates</code> attribute (its address: <code>${signed.url}</code>).</li>`,
    `<li><a href="${base}${signed.publicKeyFile}">public-key.txt</a>: the public key to pin in <code>updates-key</code>.</li>`,
  ].map((line) => `${indent}${line}
`).join('');
}

/** Where `npm run content:release` writes the signed files (and the re-sign workflow puts them). */
export const releasedDir = join(root, 'packages/content/dist/signed');

/**
 * Runs the packages' build (`npm run build`, which empties each dist/) with the released
 * signed files in `dir` kept: read before, written back after, so that `content:release`
 * then `npm run site` publishes the release. `build` is for the tests.
 */
export function buildPackagesKeepingReleases({ dir = releasedDir, build = () => execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }) } = {}) {
  const kept = existsSync(dir) ? filesUnder(dir, '.signed.json').map((name) => [name, readFileSync(join(dir, name))]) : [];
  build();
  for (const [name, bytes] of kept) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return kept.map(([name]) => name);
}

/** `entry` and what it imports, as one ES module or classic script (the site has no node_modules to resolve from). */
async function bundleModule(entry, outFile, format = 'es') {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const bundle = await rollup({ input: entry, plugins: [nodeResolve()], onwarn: (warning) => { throw new Error(`build-site: ${warning.message}`); } });
  try {
    await bundle.write({ file: outFile, format });
  } finally {
    await bundle.close();
  }
}

/**
 * The signed-updates example: a signed content file by a throwaway key made now and kept only
 * in memory (no shipped build trusts it, and it is never written to disk), with one visibly
 * demo-only change (point 7's title), a later review date and a higher version; no number
 * changes. Plus the same file tampered with after signing, which the page must refuse.
 */
async function writeUpdatesDemo({ content, briefing, outDir }) {
  // Two keys with two powers, as the partnership's releases: the content key signs the
  // briefing, the freshness key a record over exactly it (docs/trust-model.md).
  const keys = await content.generateSigningKeys();
  const freshnessKeys = await content.generateSigningKeys();
  const updated = structuredClone(briefing);
  const [major, minor] = updated.version.split('.').map(Number);
  updated.version = `${major}.${minor + 1}.0`;
  updated.reviewed = new Date(Date.parse(briefing.reviewed) + 86_400_000).toISOString().slice(0, 10);
  updated.reviewDue = content.defaultReviewDue(updated.reviewed);
  const reportIt = updated.sections.find((section) => section.id === 'report-it');
  reportIt.title = `${reportIt.title} (updated content, demo)`;
  // Signed files carry an `expires` (the page refuses one without): two weeks, as a release.
  updated.expires = new Date(Date.now() + 14 * 86_400_000).toISOString();
  const signed = await content.withFreshnessRecord(await content.signBriefingText(JSON.stringify(updated), updated.topic, keys), updated.expires, freshnessKeys);
  const tampered = { ...signed, briefing: signed.briefing.replace('(updated content, demo)', '(updated content, demo!)') };
  write(join(outDir, 'examples/updates/cse.signed.json'), `${JSON.stringify(signed)}\n`);
  write(join(outDir, 'examples/updates/cse.tampered.signed.json'), `${JSON.stringify(tampered)}\n`);
  const pagePath = join(outDir, 'examples/updates.html');
  const publicKey = `${await content.publicKeyText(keys.publicKey)} ${content.freshnessLabel}${await content.publicKeyText(freshnessKeys.publicKey)}`;
  write(pagePath, readFileSync(pagePath, 'utf8').replaceAll('{{demo-updates-key}}', publicKey));
}

/**
 * The partnership's released signed file and its public key(s), when the config names them:
 * content/cse.signed.json and content/public-key.txt. Configured but not released is a mistake.
 */
function writeSignedContent({ config, outDir }) {
  if (!config.signedContent) return undefined;
  const released = config.signedContent.file;
  if (!existsSync(released)) {
    throw new SiteConfigError(
      `site.config.json names a signed content file, but ${relative(root, released)} does not exist: ` +
        'run npm run content:release -- --key <private key file> first, or commit the released file and name it in signedContent.file ' +
        '(or remove signedContent from site.config.json)',
    );
  }
  cpSync(released, join(outDir, 'content/cse.signed.json'));
  write(join(outDir, 'content/public-key.txt'), `${config.signedContent.publicKeys.join('\n')}\n`);
  return { url: config.signedContent.url, publicKeys: config.signedContent.publicKeys, file: 'content/cse.signed.json', publicKeyFile: 'content/public-key.txt' };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, build: { type: 'boolean' } } });
  if (values.build) buildPackagesKeepingReleases();
  try {
    const result = await buildSite({ outDir: values.out ? resolve(values.out) : undefined });
    console.log(
      `build-site: ${result.pages.length} pages in ${relative(process.cwd(), result.outDir) || '.'}/ for ${result.config.publicUrl} ` +
        `(elements ${result.elementsVersion}, content ${result.contentVersion}, drop-in from ${result.config.dropIn}` +
        `${result.signed ? ', signed content' : ''})`,
    );
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    console.error(`build-site: ${error.message}`);
    process.exitCode = 1;
  }
}
