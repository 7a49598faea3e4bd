// The quick exit in the demo: the school and charity pages carry it first in their body (a
// link until its script runs, then the button), and the embed-code builder adds it, with its
// own script tag and SRI hash, only when asked. Expected words come from the content package.
import { expect } from '@open-wc/testing';
import { quickExitFallbackHtml, quickExitStrings as strings } from '../../packages/content/src/index.js';
import { axeViolations, demoPages, fetchText, loadHtml, loadPage, until, type LoadedPage } from './helpers.js';

const quickExitFile = '/packages/elements/dist/safer-seven-quick-exit.min.js';
const oneLine = (html: string) => html.replace(/\s+/g, ' ').trim();

describe('the quick exit in the demo', function () {
  this.timeout(20000);
  const pages: LoadedPage[] = [];

  afterEach(() => {
    for (const page of pages.splice(0)) page.remove();
  });

  async function open(url: string): Promise<LoadedPage> {
    const page = await loadPage(url);
    pages.push(page);
    return page;
  }

  for (const name of ['school', 'charity'] as const) {
    describe(`on the ${name} page`, () => {
      it('comes first in the page, as the link of the content package until its script runs', async () => {
        const page = new DOMParser().parseFromString(await fetchText(demoPages[name]), 'text/html');
        const element = page.body.firstElementChild!;
        expect(element.localName).to.equal('safer-seven-quick-exit');
        expect(oneLine(element.innerHTML)).to.equal(quickExitFallbackHtml());
        // The site's own versioned copy, by a relative address (the site works under any folder).
        const version = JSON.parse(await fetchText('/packages/elements/package.json')).version;
        expect(page.querySelector(`script[src="../files/elements/${version}/safer-seven-quick-exit.min.js"]`), 'its script').to.not.equal(null);
      });

      it('becomes the button, with nothing for axe to find and nothing logged', async () => {
        const page = await open(demoPages[name]);
        await page.window.customElements.whenDefined('safer-seven-quick-exit');
        const element = page.document.querySelector('safer-seven-quick-exit')!;
        const button = element.shadowRoot!.querySelector('[part~="button"]')!;
        expect(oneLine(button.textContent!)).to.equal(`${strings.emergency} ${strings.exitThisPage}`);
        expect(await axeViolations(page)).to.deep.equal([]);
        expect(page.problems()).to.deep.equal([]);
      });
    });
  }

  describe('in the embed-code builder', () => {
    async function snippetWithQuickExit(): Promise<{ builder: LoadedPage; snippet: string }> {
      const builder = await open(demoPages.builder);
      await until(() => builder.document.querySelector('#builder')?.getAttribute('data-state') === 'ready', 'the builder');
      const box = builder.document.querySelector<HTMLInputElement>('#quick-exit')!;
      const textarea = builder.document.querySelector<HTMLTextAreaElement>('#snippet')!;
      expect(textarea.value, 'not there unless asked for').not.to.contain('safer-seven-quick-exit');
      box.checked = true;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => textarea.value.includes('safer-seven-quick-exit'), 'the snippet with the quick exit');
      return { builder, snippet: textarea.value };
    }

    it('adds its own script tag with its SRI hash, and the tag with its fallback link', async () => {
      const { snippet } = await snippetWithQuickExit();
      const version = JSON.parse(await fetchText('/packages/elements/package.json')).version;
      const parsed = new DOMParser().parseFromString(snippet, 'text/html');
      const script = parsed.querySelector(`script[src$="/safer-seven-quick-exit.min.js"]`)!;
      // From the partnership's own site (site.config.json "dropIn": "site"), never a third party.
      const { publicUrl } = JSON.parse(await fetchText('/site/assets/bundle-info.json'));
      expect(script.getAttribute('src')).to.equal(`${publicUrl}files/elements/${version}/safer-seven-quick-exit.min.js`);
      expect(script.getAttribute('integrity')).to.equal((await fetchText(`${quickExitFile}.sri.txt`)).trim());
      expect(script.getAttribute('crossorigin')).to.equal('anonymous');
      expect(oneLine(parsed.querySelector('safer-seven-quick-exit')!.innerHTML)).to.equal(quickExitFallbackHtml());
    });

    it('writes a snippet that works pasted into a blank page, its hash checked', async () => {
      const { snippet } = await snippetWithQuickExit();
      const { publicUrl, version } = JSON.parse(await fetchText('/site/assets/bundle-info.json'));
      const local = snippet.replaceAll(`${publicUrl}files/elements/${version}/`, '/packages/elements/dist/');
      const page = await loadHtml(
        `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Partner page</title></head><body>${local}<main><h1>Help</h1></main></body></html>`,
        '/test/blank.html',
      );
      pages.push(page);
      await page.window.customElements.whenDefined('safer-seven-quick-exit');
      const element = page.document.querySelector('safer-seven-quick-exit')!;
      expect(element.shadowRoot!.querySelector('[part~="button"]'), 'the button').to.not.equal(null);
      expect(page.problems()).to.deep.equal([]);
    });
  });
});
