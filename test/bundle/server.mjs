// Serves the bundle test pages as a partner's server or a CDN would: byte for byte.
//
// The test runner's own plugins rewrite what they serve: esbuild (with `target` set) turns
// every .js file it serves into unminified code with an inline source map, and the dev server
// adds a web-socket script to every HTML page. The bundle tests must see the built file and
// the pages as written, so this middleware, which runs before the plugins, answers for them
// itself: the drop-in bundles (the main one and the quick exit's) with their .sri.txt, and
// everything under test/bundle/pages/.
// It also gives a page whose name holds "csp" the contract's strict policy (with
// 'allow-duplicates' when the name says so), answers 404 under test/bundle/missing/, writes
// the build's integrity hash into sri.html, puts the four tags every page holds
// (pages/embeds.partial.html) where a page says `<!-- include embeds -->` (and any other
// pages/NAME.partial.html where it says `<!-- include NAME -->`), and fills their
// fallback markers from the built content package (scripts/page-markers.mjs), and the run's
// throwaway public key where a page says {{updates-key}} (both keys for {{updates-keys}}), so that no
// test page types a number and the pages differ only in how they load the bundle.
import { readFile } from 'node:fs/promises';
import { extname, posix } from 'node:path';
import { fillMarkers } from '../../scripts/page-markers.mjs';
import { serveSignedFile, testPublicKey, updatesPath } from '../updates/signed-files.mjs';

export const strictPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** For a page that also runs another copy of Lit (the npm build), as docs/embedding.md says. */
export const strictPolicyAllowingDuplicates = `${strictPolicy} 'allow-duplicates'`;

const repositoryRoot = new URL('../../', import.meta.url);
const pages = '/test/bundle/pages/';
const missing = '/test/bundle/missing/';
const bundle = '/packages/elements/dist/safer-seven.min.js';
const bundleIntegrity = `${bundle}.sri.txt`;
const quickExitBundle = '/packages/elements/dist/safer-seven-quick-exit.min.js';
const integrityPlaceholder = '{{bundle-integrity}}';
/** `<!-- include NAME -->` in a page: the file pages/NAME.partial.html, as it is. */
const includeMarker = /<!-- include ([a-z-]+) -->/g;

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The bundle, its hash, and the pages folder's files of the types above (no `..` escapes). */
function isServedRaw(path) {
  if (path === bundle || path === bundleIntegrity) return true;
  if (path === quickExitBundle || path === `${quickExitBundle}.sri.txt`) return true;
  return posix.normalize(path) === path && path.startsWith(pages) && extname(path) in contentTypes;
}

async function readRepositoryFile(path) {
  try {
    return await readFile(new URL(`.${path}`, repositoryRoot));
  } catch {
    return undefined;
  }
}

export async function bundleTestMiddleware(context, next) {
  const path = context.path;
  if (path.startsWith(updatesPath)) {
    await serveSignedFile(context);
    return;
  }
  if (path.startsWith(missing)) {
    context.status = 404;
    context.type = 'text/plain';
    context.body = 'Not found';
    return;
  }
  if (!isServedRaw(path)) {
    await next();
    return;
  }

  let body = await readRepositoryFile(path);
  if (body === undefined) {
    context.status = 404;
    context.type = 'text/plain';
    context.body = 'Not found';
    return;
  }
  if (path.startsWith(pages) && extname(path) === '.html') {
    // The hash of the bundle just built, read at request time: never a copy that can go stale.
    const integrity = (await readRepositoryFile(bundleIntegrity))?.toString('utf8').trim() ?? 'sha384-missing';
    const content = await import(new URL('packages/content/dist/index.js', repositoryRoot).href);
    let page = body.toString('utf8').replace(integrityPlaceholder, integrity);
    for (const [marker, name] of [...page.matchAll(includeMarker)]) {
      const partial = (await readRepositoryFile(`${pages}${name}.partial.html`))?.toString('utf8') ?? '';
      page = page.replace(marker, partial);
    }
    page = fillMarkers(content, page, path).replaceAll('{{updates-keys}}', await testPublicKey('public-keys.txt'));
    body = Buffer.from(page.replaceAll('{{updates-key}}', await testPublicKey()));
  }
  context.status = 200;
  context.set('Content-Type', contentTypes[extname(path)]);
  // Every page load fetches afresh, so each page's resource timing lists what it asked for.
  context.set('Cache-Control', 'no-store');
  if (path.startsWith(pages) && path.includes('csp')) {
    context.set('Content-Security-Policy', path.includes('allow-duplicates') ? strictPolicyAllowingDuplicates : strictPolicy);
  }
  context.body = body;
}
