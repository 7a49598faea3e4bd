// The content desk at the site's admin/ (docs/content-desk.md): Decap CMS from npm's
// `decap-cms` (its one-file build and the chunks it loads on demand, from this site: nothing
// from a CDN), Safer Seven's extensions (demo/admin/admin.js, bundled with
// @safer-seven/content, so the editor checks with the page's and the release's own rules),
// the preview elements (demo/admin/preview.js, bundled with @safer-seven/elements), its
// config.yml and its page, under a Content-Security-Policy of its own (`adminPolicy`).
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repositoryRoot as root } from './config.mjs';
import { write } from './pages.mjs';

const adminSource = join(root, 'demo/admin');

/** Decap CMS's build folder, as npm installed it. */
function decapDist() {
  const require = createRequire(join(root, 'package.json'));
  return dirname(require.resolve('decap-cms/package.json')) + '/dist';
}

/**
 * The admin page's policy: as strict as Decap CMS allows. Beyond the site's own policy
 * (scripts/site/csp.mjs) it needs, and only here:
 *   script-src 'unsafe-eval'   Decap checks its config.yml with ajv, which compiles the schema
 *                              with `new Function`; without it the desk stops at "Error loading
 *                              the CMS configuration".
 *   style-src 'unsafe-inline'  Decap's UI is styled by emotion, which writes <style> elements
 *                              at run time (no nonce or hash can name them).
 *   img-src blob: and GitHub's avatars   the signed-in person's picture; blob: for previews.
 *   connect-src https://api.github.com   the GitHub backend reads and writes the repository, and
 *                              opens the pull request, through GitHub's API from the browser;
 *                              https://www.githubstatus.com: it asks GitHub's status page
 *                              whether GitHub is up, to say so instead of failing silently.
 * Sign-in opens the partnership's OAuth server in a pop-up (a window, not a fetch), so it needs
 * no entry. Still none: inline scripts, any other origin, <base>, form posting, plugins.
 */
export const adminPolicy = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "connect-src 'self' https://api.github.com https://www.githubstatus.com",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The repository as GitHub names it (`owner/name`), from its web address. */
const slugOf = (repositoryUrl) => new URL(repositoryUrl).pathname.replace(/^\/|\/$/g, '');

/** Writes the content desk into `outDir`/admin/. */
export async function writeAdmin({ outDir, repositoryUrl, publicUrl, bundle }) {
  const out = (path) => join(outDir, 'admin', path);
  // Decap's one-file build, its on-demand chunks and its licence notice; not the source maps,
  // nor the second copy it ships as cms.js.
  const dist = decapDist();
  for (const name of readdirSync(dist)) {
    if (name.endsWith('.map') || name === 'cms.js' || name.endsWith('.cms.js') || name === 'cms.css' || name === 'cms.js.LICENSE.txt') continue;
    cpSync(join(dist, name), out(name));
  }
  await bundle(join(adminSource, 'admin.js'), out('admin.js'), 'iife');
  await bundle(join(adminSource, 'preview.js'), out('preview.js'), 'iife');
  write(
    out('config.yml'),
    readFileSync(join(adminSource, 'config.yml'), 'utf8').replaceAll('{{repository-slug}}', slugOf(repositoryUrl)).replaceAll('{{public-url}}', publicUrl),
  );
  write(out('index.html'), readFileSync(join(adminSource, 'index.html'), 'utf8').replace('{{admin-policy}}', adminPolicy));
  return 'admin/index.html';
}
