// Valid markup: the W3C Nu HTML checker (vnu-jar's vnu.jar, from npm, run with the Java that
// scripts/ensure-java.mjs finds or installs, never one that vnu-jar's install script would fetch)
// finds no error on any page of the built site (site/, npm run site), each page listed with its
// own errors; and the snippets a partner copies (the fallbacks, the pre-rendered tags) hold no
// `<?` (a processing instruction, which HTML does not have and a CMS's cleaner may mangle) and
// check as valid inside a page. Every page says what it is in a meta description.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import vnuJar from 'vnu-jar';
import { findJava } from '../../scripts/ensure-java.mjs';
import { content } from './content.mjs';

const root = new URL('../../', import.meta.url).pathname;
const siteDir = join(root, 'site');
const { cse, fallbackHtml, saferSevenTags } = content;

/** Every file under `dir` whose name ends in `ending`, as paths relative to `dir`, sorted. */
function filesUnder(dir, ending) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

/** A fragment in the smallest valid page, so that the checker judges the fragment alone. */
const inPage = (title, fragment) =>
  `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n${fragment}\n</body>\n</html>\n`;

/** Runs the checker once over `files`: its messages by file (absolute path). */
function checkMarkup(java, files) {
  return new Promise((resolve, reject) => {
    execFile(
      java,
      ['-Xss1024k', '-jar', String(vnuJar), '--format', 'json', '--exit-zero-always', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) return reject(error);
        const byFile = new Map(files.map((file) => [file, []]));
        for (const message of JSON.parse(stderr).messages) {
          const file = decodeURIComponent(new URL(message.url).pathname);
          byFile.get(file)?.push(message);
        }
        resolve(byFile);
      },
    );
  });
}

const describeError = (message) => `line ${message.lastLine ?? '?'}: ${message.message}${message.extract ? ` [${message.extract.trim().slice(0, 120)}]` : ''}`;

describe('valid markup', () => {
  let pages;
  let snippetDir;
  let snippets;
  let results;

  before(async () => {
    if (!existsSync(join(siteDir, 'index.html'))) throw new Error('site/ is missing: run npm run site first (npm test does)');
    const java = findJava();
    if (!java) throw new Error('no Java for the W3C checker: run node scripts/ensure-java.mjs (npm test does)');
    // The site's pages; the pre-rendered tags are fragments for the builder, checked as snippets below.
    pages = filesUnder(siteDir, '.html').filter((path) => !path.startsWith('assets/prerendered/'));
    snippetDir = mkdtempSync(join(tmpdir(), 'safer-seven-snippets-'));
    snippets = [];
    for (const tag of saferSevenTags) {
      const fallback = `<${tag}>\n${fallbackHtml(cse, tag)}\n</${tag}>`;
      const prerendered = ['h2', 'h2.link'].map((variant) => [`prerendered ${tag}.${variant}`, readFileSync(join(siteDir, `assets/prerendered/${tag}.${variant}.html`), 'utf8')]);
      for (const [name, fragment] of [[`fallback of ${tag}`, fallback], ...prerendered]) {
        const file = join(snippetDir, `${name.replace(/[^a-z0-9.-]+/g, '-')}.html`);
        writeFileSync(file, inPage(name, fragment));
        snippets.push({ name, fragment, file });
      }
    }
    results = await checkMarkup(java, [...pages.map((path) => join(siteDir, path)), ...snippets.map((snippet) => snippet.file)]);
  });

  after(() => {
    if (snippetDir) rmSync(snippetDir, { recursive: true, force: true });
  });

  it('checks every page of the site', () => {
    assert.ok(pages.length > 20, `${pages.length} pages`);
    assert.ok(pages.includes('index.html') && pages.some((path) => path.startsWith('examples/')) && pages.some((path) => path.startsWith('static/')));
  });

  it('finds no error on any page of the site (W3C Nu HTML checker), listed page by page', () => {
    const failures = pages
      .map((path) => [path, results.get(join(siteDir, path)).filter((message) => message.type === 'error' || message.subType === 'fatal')])
      .filter(([, errors]) => errors.length > 0)
      .map(([path, errors]) => `${path}: ${errors.length} error(s)\n${errors.map((error) => `    ${describeError(error)}`).join('\n')}`);
    assert.deepEqual(failures, [], `${failures.length} of ${pages.length} pages have errors:\n${failures.join('\n')}`);
  });

  it('gives every page a meta description', () => {
    const without = pages.filter((path) => !/<meta name="description" content="[^"]{50,}"/.test(readFileSync(join(siteDir, path), 'utf8')));
    assert.deepEqual(without, [], `pages without a meta description of 50 characters or more: ${without.join(', ')}`);
  });

  it('writes no <? in any snippet a partner copies, and each checks as valid in a page', () => {
    for (const snippet of snippets) {
      assert.ok(!snippet.fragment.includes('<?'), `${snippet.name} holds <?`);
      const errors = results.get(snippet.file).filter((message) => message.type === 'error');
      assert.deepEqual(errors.map(describeError), [], snippet.name);
    }
    for (const path of filesUnder(join(siteDir, 'assets/prerendered'), '.html')) {
      assert.ok(!readFileSync(join(siteDir, 'assets/prerendered', path), 'utf8').includes('<?'), `assets/prerendered/${path} holds <?`);
    }
  });
});
