// `npm run build`, after rollup: builds the WordPress plugin from integrations/wordpress/
// and the packages just built, so that it holds no fact of its own:
//
//   integrations/wordpress/dist/safer-seven/            the plugin folder (what the zip holds)
//     *.php, includes/, blocks/, assets/editor.js, readme.txt   from integrations/wordpress/,
//                                                      {{version}} filled in
//     assets/safer-seven*.min.js                       the drop-in files of this build
//     generated/fallback/<tag>.h<level>.html           fallbackHtml() of each tag at each level
//     generated/quick-exit.html                        quickExitFallbackHtml()
//     NOTICE.txt, LICENSE-MIT.txt, LICENSE-lit.txt     whose words; the MIT and Lit notices
//   integrations/wordpress/dist/safer-seven.zip        the folder, to upload in Plugins > Add New
//
// The plugin's version is the elements package's: the plugin is that release's drop-in file.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const sourceDir = join(root, 'integrations/wordpress');
const distDir = join(sourceDir, 'dist');
const pluginDir = join(distDir, 'safer-seven');
export const zipPath = join(distDir, 'safer-seven.zip');

const version = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).version;
const content = await import(pathToFileURL(join(root, 'packages/content/dist/index.js')).href);
const { defaultTopic, fallbackHtml, getBriefing, quickExitFallbackHtml, saferSevenTags } = content;

/** Files under a folder, as paths relative to it. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => String(name))
    .filter((name) => statSync(join(dir, name)).isFile());
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

rmSync(distDir, { recursive: true, force: true });

// The plugin's own files, with the version filled in (PHP headers, readme.txt's Stable tag).
for (const name of filesUnder(sourceDir)) {
  if (name.startsWith('dist/')) continue;
  write(join(pluginDir, name), readFileSync(join(sourceDir, name), 'utf8').replaceAll('{{version}}', version));
}

for (const file of ['safer-seven.min.js', 'safer-seven-updates.min.js', 'safer-seven-quick-exit.min.js']) {
  cpSync(join(root, 'packages/elements/dist', file), join(pluginDir, 'assets', file));
}

const briefing = getBriefing(defaultTopic).briefing;
for (const tag of saferSevenTags) {
  for (const headingLevel of [1, 2, 3, 4, 5, 6]) {
    write(join(pluginDir, 'generated/fallback', `${tag}.h${headingLevel}.html`), fallbackHtml(briefing, tag, { headingLevel }));
  }
}
write(join(pluginDir, 'generated/quick-exit.html'), quickExitFallbackHtml());
cpSync(join(root, 'packages/content/NOTICE'), join(pluginDir, 'NOTICE.txt'));
cpSync(join(root, 'LICENSE'), join(pluginDir, 'LICENSE-MIT.txt'));
// The drop-in files hold Lit, whose BSD-3-Clause licence asks that its notice go with it.
cpSync(join(root, 'node_modules/lit/LICENSE'), join(pluginDir, 'LICENSE-lit.txt'));

// The zip: every file under one top folder, as WordPress's uploader expects; a fixed date
// so that the same sources give the same bytes.
const entries = {};
for (const name of filesUnder(pluginDir).sort()) {
  entries[`safer-seven/${name}`] = [readFileSync(join(pluginDir, name)), { mtime: new Date('2026-01-01T00:00:00Z') }];
}
const zip = zipSync(entries, { level: 9 });
writeFileSync(zipPath, zip);
console.log(
  `WordPress plugin ${version}: ${relative(root, zipPath)}, ${zip.length.toLocaleString('en-GB')} bytes (${Object.keys(entries).length} files)`,
);
