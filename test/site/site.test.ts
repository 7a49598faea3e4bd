// The partnership's site as built by `npm run site` and served, byte for byte, under the
// sub-path /site/ (test/site/server.mjs): every address in it relative, every page under its
// Content-Security-Policy with nothing blocked and nothing asked of another origin, the
// landing page's links all leading somewhere, and the versioned files with SRI files that
// match them.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { saferSevenTags } from '../../packages/content/src/index.js';
import { fetchText, foreignRequests, loadHtml, loadPage, partOf, renderedElements, siteRoot, until, type LoadedPage } from '../demo/helpers.js';

const siteFiles = () => executeServerCommand<string[], undefined>('site-files');
const siteUrl = (path: string) => `${siteRoot}${path}`;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * Addresses in a file of the site that would break under a sub-path or on another host.
 * `publicUrl`, the address the site was built for, may appear where an absolute URL is needed
 * (oEmbed discovery links), even when it is a local one (`npm start` builds for localhost).
 */
function absoluteAddresses(path: string, source: string, publicUrl = 'https://example.org/safer-seven/'): string[] {
  const found: string[] = [];
  const text = source.replaceAll(publicUrl, 'https://public.example/');
  const absolute = (value: string) => /^\s*\//.test(value) || /^\s*https?:\/\/(localhost|127\.0\.0\.1)\b/i.test(value);
  if (/\blocalhost\b/i.test(text)) found.push('localhost');
  if (path.endsWith('.html')) {
    const document = parse(text);
    const roots: ParentNode[] = [document, ...[...document.querySelectorAll('template')].map((template) => template.content)];
    for (const root of roots) {
      for (const element of root.querySelectorAll('*')) {
        for (const name of ['href', 'src', 'action', 'formaction', 'poster', 'data', 'updates']) {
          const value = element.getAttribute(name);
          if (value !== null && absolute(value)) found.push(`<${element.localName} ${name}="${value}">`);
        }
        for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
          if (candidate.trim() && absolute(candidate)) found.push(`srcset ${candidate.trim()}`);
        }
        const refresh = element.localName === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') ?? '');
        if (refresh && /url=\s*\//i.test(element.getAttribute('content') ?? '')) found.push(`refresh ${element.getAttribute('content')}`);
      }
    }
    for (const style of document.querySelectorAll('style, [style]')) {
      const css = style.localName === 'style' ? (style.textContent ?? '') : (style.getAttribute('style') ?? '');
      found.push(...cssAbsolute(css));
    }
  } else if (path.endsWith('.css')) {
    found.push(...cssAbsolute(text));
  } else if (path.endsWith('.js')) {
    for (const match of text.matchAll(/\b(?:import|from|fetch)\s*\(?\s*(['"`])\/(?!\/)[^'"`]*\1/g)) found.push(match[0]);
  }
  return found;
}

function cssAbsolute(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)\s*\/[^)]*\)|@import\s+(['"])\/[^'"]*\2/g)].map((match) => match[0]);
}

describe('the site', function () {
  this.timeout(60000);
  let files: string[];
  let version: string;

  before(async () => {
    files = await siteFiles();
    version = JSON.parse(await fetchText('/packages/elements/package.json')).version;
  });

  it('holds the layout partners rely on', async () => {
    const contentVersion = JSON.parse(await fetchText('/packages/content/package.json')).version;
    const expected = [
      'index.html',
      'builder.html',
      'builder.js',
      ...saferSevenTags.flatMap((tag) => [`embed/${partOf(tag)}.html`, `static/${partOf(tag)}.html`]),
      ...['safer-seven.min.js', 'safer-seven-updates.min.js', 'safer-seven-quick-exit.min.js'].flatMap((file) => [
        `files/elements/${version}/${file}`,
        `files/elements/${version}/${file}.sri.txt`,
      ]),
      `files/elements/${version}/safer-seven.css`,
      `files/content/${contentVersion}/cse.json`,
      `files/wordpress/${version}/safer-seven.zip`,
      ...['school', 'council', 'charity', 'components', 'leaflet', 'updates'].map((name) => `examples/${name}.html`),
    ];
    expect(expected.filter((path) => !files.includes(path)), 'missing').to.deep.equal([]);
  });

  describe('when every html, css and js file is read', () => {
    it('finds no address that starts with / or names localhost', async () => {
      // Decap CMS's own files (the content desk, admin/) are its build as npm ships it, read only
      // by staff: they name Decap's default local address. The desk's own files are checked.
      const checked = files.filter((path) => /\.(html|css|js)$/.test(path) && !/^admin\/(\d+\.)?decap-cms\.js$/.test(path));
      expect(checked.length).to.be.greaterThan(20);
      const { publicUrl } = JSON.parse(await fetchText(siteUrl('assets/bundle-info.json'))) as { publicUrl: string };
      const problems: string[] = [];
      for (const path of checked) {
        for (const address of absoluteAddresses(path, await fetchText(siteUrl(path)), publicUrl)) problems.push(`${path}: ${address}`);
      }
      expect(problems).to.deep.equal([]);
    });

    it('would find one (the check itself)', () => {
      expect(absoluteAddresses('a.html', '<link rel="stylesheet" href="/assets/demo.css"><a href="http://localhost:8000/">x</a>')).to.have.length(3);
      expect(absoluteAddresses('a.html', '<template><script src="/x.js"></script></template><p style="background: url(/i.png)">')).to.have.length(2);
      expect(absoluteAddresses('a.css', 'a { background: url("/i.png") }')).to.have.length(1);
      expect(absoluteAddresses('a.js', "const x = await fetch('/assets/bundle-info.json'); import('/a.js')")).to.have.length(2);
      expect(absoluteAddresses('a.html', '<a href="builder.html#x">x</a><a href="https://example.org/">y</a><img src="data:,">')).to.deep.equal([]);
      // The address the site was built for, where it must be absolute: even npm start's local one.
      const discovery = '<link rel="alternate" type="application/json+oembed" href="http://localhost:8000/embed/report-it.oembed.json">';
      expect(absoluteAddresses('a.html', discovery, 'http://localhost:8000/')).to.deep.equal([]);
      expect(absoluteAddresses('a.html', discovery)).to.deep.equal(['localhost', '<link href="http://localhost:8000/embed/report-it.oembed.json">']);
    });
  });

  describe('when a person follows the landing page', () => {
    it('finds every link of it leading to a page or file of the site, and every #fragment to its target', async () => {
      const landing = parse(await fetchText(siteRoot));
      const base = new URL(siteRoot, location.href);
      const links = [...landing.querySelectorAll('a[href]')].map((link) => new URL(link.getAttribute('href')!, base));
      const internal = links.filter((url) => url.origin === location.origin);
      expect(internal.length).to.be.greaterThan(20);
      const broken: string[] = [];
      for (const url of internal) {
        const response = await fetch(url.pathname, { cache: 'no-store' });
        if (!response.ok) {
          broken.push(`${url.pathname}: ${response.status}`);
          continue;
        }
        if (url.hash && !parse(await response.text()).getElementById(decodeURIComponent(url.hash.slice(1)))) broken.push(`${url.pathname}${url.hash}: no such id`);
      }
      expect(broken).to.deep.equal([]);
      // Outside the site, only https: (the guide, the README) and the live picture's own tel: and
      // mailto: links: nothing the reader's browser fetches.
      expect(links.filter((url) => url.origin !== location.origin && !['https:', 'tel:', 'mailto:'].includes(url.protocol)).map(String)).to.deep.equal([]);
    });
  });

  describe('when the versioned files are checked', () => {
    for (const file of ['safer-seven.min.js', 'safer-seven-updates.min.js', 'safer-seven-quick-exit.min.js']) {
      it(`files/elements/<version>/${file} matches its .sri.txt`, async () => {
        const path = siteUrl(`files/elements/${version}/${file}`);
        const bytes = await (await fetch(path, { cache: 'no-store' })).arrayBuffer();
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
        const expected = `sha384-${btoa(String.fromCharCode(...digest))}`;
        expect(await fetchText(`${path}.sri.txt`)).to.equal(`${expected}\n`);
        // The same bytes as the package's own build: the site serves the release, not a copy of its own.
        const built = await (await fetch(`/packages/elements/dist/${file}`, { cache: 'no-store' })).arrayBuffer();
        expect(new Uint8Array(built)).to.deep.equal(new Uint8Array(bytes));
      });
    }
  });

  describe('when every page is opened', () => {
    const policyOf = (document: Document) => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    let opened: LoadedPage | undefined;
    afterEach(() => opened?.remove());

    it('carries a strict policy: nothing but the site itself, no inline script or style', async () => {
      const policy = policyOf(parse(await fetchText(siteRoot)))!;
      const directives = Object.fromEntries(policy.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives['default-src']).to.deep.equal(["'none'"]);
      expect(directives['script-src']).to.deep.equal(["'self'"]);
      expect(directives['style-src']).to.deep.equal(["'self'"]);
      expect(directives['base-uri']).to.deep.equal(["'none'"]);
      for (const values of Object.values(directives)) expect(values.filter((value) => !/^'self'$|^'none'$|^data:$/.test(value))).to.deep.equal([]);
    });

    it('renders each page under that policy, with nothing blocked, nothing failed and nothing from another origin', async () => {
      const policy = policyOf(parse(await fetchText(siteRoot)));
      // The embed pages also name the site's public origin beside each 'self': WebKit matches
      // no 'self' inside a sandboxed frame; and they are one document each, their one style and
      // one script inline, allowed by hash alone (scripts/site/embeds.mjs).
      const publicOrigin = new URL(JSON.parse(await fetchText(siteUrl('assets/embeds.json'))).publicUrl).origin;
      const pages = [];
      for (const path of files.filter((file) => file.endsWith('.html'))) {
        const html = await fetchText(siteUrl(path));
        // The content desk (admin/) has a policy of its own, tested below and by test/node/content-desk.test.mjs.
        if (/<head>/i.test(html) && !path.startsWith('admin/')) pages.push(path);
      }
      expect(pages.length).to.be.greaterThan(15);
      for (const path of pages) {
        opened = await loadPage(siteUrl(path), 800);
        const own = policyOf(opened.document) ?? '';
        const hashOnly = (directive: string) => new RegExp(`${directive} 'sha256-[A-Za-z0-9+/=]+';`).exec(own)?.[0] ?? `${directive}: not one hash`;
        const expected = path.startsWith('embed/')
          ? (policy ?? '')
              .replace("script-src 'self';", hashOnly('script-src'))
              .replace("style-src 'self';", hashOnly('style-src'))
              .replaceAll("'self'", `'self' ${publicOrigin}`)
          : policy;
        expect(own, `${path}: its policy`).to.equal(expected);
        // An embed page defines no element: its panel is plain HTML (scripts/site/embeds.mjs).
        if (!path.startsWith('embed/')) await renderedElements(opened);
        if (path === 'builder.html') await until(() => opened!.document.querySelector('#builder')?.getAttribute('data-state') === 'ready', 'the builder');
        // The signed-updates example refuses its tampered file on purpose, and says so.
        const expectedProblems = path === 'examples/updates.html' ? /cse\.tampered\.signed\.json not used/ : undefined;
        if (expectedProblems) await until(() => opened!.problems().length > 0, 'the tampered file refused');
        expect(opened.problems().filter((problem) => !expectedProblems?.test(problem)), path).to.deep.equal([]);
        expect(foreignRequests(opened), path).to.deep.equal([]);
        opened.remove();
        opened = undefined;
      }
    });

    it('gives the content desk (admin/) a policy of its own: only what Decap CMS needs beyond the site', async () => {
      const policy = policyOf(parse(await fetchText(siteUrl('admin/index.html'))))!;
      const directives = Object.fromEntries(policy.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives['default-src']).to.deep.equal(["'none'"]);
      expect(directives['script-src']).to.deep.equal(["'self'", "'unsafe-eval'"]);
      expect(directives['base-uri']).to.deep.equal(["'none'"]);
      expect(directives['form-action']).to.deep.equal(["'none'"]);
      expect(directives['connect-src']).to.deep.equal(["'self'", 'https://api.github.com', 'https://www.githubstatus.com']);
    });

    it("runs the pages' own scripts: the leaflet's print button shows", async () => {
      opened = await loadPage(siteUrl('examples/leaflet.html'));
      await until(() => opened!.document.querySelector<HTMLButtonElement>('[data-print]')?.hidden === false, 'the print button');
      expect(opened.problems()).to.deep.equal([]);
    });

    it('would notice a script the policy blocks (the check itself)', async () => {
      const policy = policyOf(parse(await fetchText(siteRoot)))!;
      opened = await loadHtml(
        `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><title>Inline</title>
         <script>window.inlineRan = true;</script></head><body><main><h1>Inline</h1></main></body></html>`,
        siteRoot,
      );
      await until(() => opened!.problems().length > 0, 'the violation');
      expect((opened.window as Window & { inlineRan?: boolean }).inlineRan).to.equal(undefined);
      expect(opened.problems()[0]).to.match(/^blocked by the Content-Security-Policy: script-src/);
    });
  });
});
