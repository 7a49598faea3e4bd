// The landing page, as a partner who is not a developer meets it: its words up to "For web
// developers" hold none of a developer's terms, it names the partnership, and from it each kind
// of website reaches code that works in three clicks or fewer (pick the host, copy; the steps
// and the code are at the top of "Get the code").
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { cse } from '../../packages/content/src/index.js';
import { demoPages, fetchText, loadPage, renderedElements, until, type LoadedPage } from './helpers.js';

/**
 * Words a school's safeguarding lead does not use (issue 20, point 6, and the like). Matched
 * as whole words, any case: "HTML" but not "html" inside another word.
 */
const developerTerms = [
  'script',
  'snippet',
  'iframe',
  'oEmbed',
  'CMS',
  'web part',
  'shortcode',
  'SRI',
  'subresource',
  'stylesheet',
  'CSS',
  'pre-rendered',
  'prerendered',
  'markup',
  'declarative',
  'shadow DOM',
  'DOM',
  'CSP',
  'Content-Security-Policy',
  'integrity',
  'hash',
  'HTML',
  'JavaScript',
  'JSON',
  'npm',
  'CDN',
  'URL',
  'API',
  'attribute',
  'component',
  'components',
  'embed page',
  'sandbox',
  'unfiltered_html',
  'heading level',
  'custom property',
];
const termPattern = new RegExp(`(?<![\\w-])(${developerTerms.map((term) => term.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})(?![\\w-])`, 'gi');

/** Every piece of text a reader meets before `stop`: text, names a screen reader reads, and what the elements render. */
function textBefore(document: Document, stop: Element): string[] {
  const pieces = [document.title, document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node === stop || node.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_PRECEDING) return false;
      if (node.nodeType === Node.TEXT_NODE) {
        if (!node.parentElement?.closest('script, style, template')) pieces.push(node.textContent ?? '');
        continue;
      }
      const element = node as Element;
      for (const name of ['title', 'alt', 'aria-label', 'placeholder']) pieces.push(element.getAttribute(name) ?? '');
      if (element.shadowRoot) pieces.push(element.shadowRoot.textContent ?? '');
    }
    return true;
  };
  walk(document.body);
  return pieces.map((piece) => piece.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

describe('the landing page', function () {
  this.timeout(60000);
  let page: LoadedPage | undefined;
  afterEach(() => page?.remove());

  describe('when a partner reads it up to "For web developers"', () => {
    it('uses none of a developer\'s terms, and names the partnership', async () => {
      page = await loadPage(demoPages.index, 375);
      await renderedElements(page);
      const developers = [...page.document.querySelectorAll('h2')].find((heading) => heading.textContent!.trim() === 'For web developers');
      expect(developers, 'a "For web developers" heading').to.exist;
      const text = textBefore(page.document, developers!).join(' ');
      // Enough text to mean something: the question, each kind of website, the picture.
      expect(text).to.include('What kind of website do you have?');
      expect(text).to.include(cse.publisher.name);
      expect(text.split(' ').length).to.be.greaterThan(150);
      const found = [...new Set([...text.matchAll(termPattern)].map((match) => match[0]))];
      expect(found, 'developer terms before "For web developers"').to.deep.equal([]);
      // The same test finds them after it: it is not blind.
      const after = page.document.querySelector('#developers')!.textContent!;
      expect([...after.matchAll(termPattern)].length).to.be.greaterThan(5);
    });
  });

  describe('when a partner picks their kind of website', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    const hostLinks = ['wordpress', 'sharepoint', 'google-sites', 'school', 'other'];

    /** The landing page by its address, in a phone-sized frame, as a partner opens it. */
    async function openLanding(): Promise<HTMLIFrameElement> {
      const opened = document.createElement('iframe');
      opened.style.cssText = 'width: 375px; height: 800px;';
      const loaded = new Promise((resolve) => opened.addEventListener('load', resolve, { once: true }));
      opened.src = demoPages.index;
      document.body.append(opened);
      await loaded;
      return opened;
    }

    /** The site's own copy of an address the builder writes for the site's public address. */
    const local = (address: string, publicUrl: string) => address.replace(publicUrl, demoPages.index);

    async function sha384(url: string): Promise<string> {
      const bytes = await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
      return `sha384-${btoa(String.fromCharCode(...digest))}`;
    }

    /** Whether what was copied works: every address it names is served, every script matches its integrity. */
    async function expectWorking(code: string, publicUrl: string): Promise<void> {
      const parsed = new DOMParser().parseFromString(code, 'text/html');
      const frames = [...parsed.querySelectorAll('iframe')];
      const scripts = [...parsed.querySelectorAll('script[src]')];
      const addresses = frames.length || scripts.length ? [] : code.trim().split('\n');
      expect(frames.length + scripts.length + addresses.length, 'something to paste').to.be.greaterThan(0);
      for (const address of [...addresses, ...frames.map((element) => element.getAttribute('src')!)]) {
        expect(address.startsWith(publicUrl), address).to.equal(true);
        const html = await fetchText(local(address, publicUrl));
        // WordPress finds the embed by this link.
        if (addresses.includes(address)) expect(html).to.match(/<link rel="alternate" type="application\/json\+oembed"/);
      }
      for (const script of scripts) {
        const src = script.getAttribute('src')!;
        expect(src.startsWith(publicUrl), `${src} comes from the partnership's site`).to.equal(true);
        expect(await sha384(local(src, publicUrl)), src).to.equal(script.getAttribute('integrity'));
      }
      if (scripts.length) expect(parsed.querySelector('safer-seven-report-it'), 'the tag with its fallback').to.exist;
    }

    for (const host of hostLinks) {
      it(`${host}: reaches working code in three clicks or fewer, steps and code at the top`, async () => {
        const { publicUrl } = JSON.parse(await fetchText(`${demoPages.index}assets/bundle-info.json`));
        frame = await openLanding();
        let clicks = 0;
        const click = (element: HTMLElement) => {
          clicks += 1;
          element.click();
        };
        const link = frame.contentDocument!.querySelector<HTMLAnchorElement>(`a[href="builder.html?host=${host}"]`);
        expect(link, `a link for ${host}`).to.exist;
        const navigated = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
        click(link!);
        await navigated;
        const builder = frame.contentDocument!;
        await until(() => builder.querySelector('#builder')?.getAttribute('data-state') === 'ready', 'the builder', 20000);
        const code = builder.querySelector<HTMLTextAreaElement>('#code')!;
        const copy = builder.querySelector<HTMLButtonElement>('#copy-code')!;
        // Steps, then the code, before any other choice, on the first two phone screens.
        const steps = [...builder.querySelectorAll('#steps li')];
        expect(steps.length, 'numbered steps').to.be.at.least(3);
        expect(steps[0]!.compareDocumentPosition(code) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
        expect(code.compareDocumentPosition(builder.querySelector('#components')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
        expect(code.getBoundingClientRect().height, 'the code is shown').to.be.greaterThan(0);
        expect(copy.getBoundingClientRect().bottom + frame.contentWindow!.scrollY).to.be.below(2 * 800);
        const writeText = sinon.stub().resolves();
        Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', { value: { writeText }, configurable: true });
        click(copy);
        const status = builder.querySelector('#copy-code-status')!;
        await until(() => status.textContent !== '', 'the copy status');
        expect(status.textContent).to.match(/^Copied/);
        expect(clicks).to.be.at.most(3);
        expect(writeText.calledOnceWithExactly(code.value)).to.equal(true);
        await expectWorking(code.value, publicUrl);
        // And a picture of it.
        expect(builder.querySelector('#answer-preview')!.children.length, 'the picture').to.be.greaterThan(0);
      });
    }
  });
});
