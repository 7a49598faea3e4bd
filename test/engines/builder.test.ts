// The embed-code builder in Chromium, Firefox and WebKit, loaded by its address (under its own
// Content-Security-Policy): it gets ready, writes all three ways (the script snippet with its
// integrity, the iframe code with its measured height, the page address) and builds both frame
// previews sandboxed. (By address, not srcdoc: Firefox matches no 'self' in an about:srcdoc page.)
import { expect } from '@open-wc/testing';
import { demoPages, until } from '../demo/helpers.js';

describe('the embed-code builder', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('writes the script snippet, the iframe code and the page address, with their previews', async () => {
    const heights = await fetch('/demo/embed-heights.json').then((response) => response.json());
    const integrity = (await fetch('/site/files/elements/0.1.0/safer-seven.min.js.sri.txt').then((response) => response.text())).trim();
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px;';
    frame.src = demoPages.builder;
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const page = frame.contentDocument!;
    await until(() => page.querySelector('#builder')?.getAttribute('data-state') === 'ready', 'the builder', 20000);
    const value = (selector: string) => (page.querySelector(selector) as HTMLTextAreaElement).value;
    expect(value('#snippet')).to.include(`integrity="${integrity}"`);
    const code = new DOMParser().parseFromString(value('#iframe-code'), 'text/html').querySelector('iframe')!;
    expect(code.getAttribute('src')).to.match(/\/embed\/report-it\.html$/);
    // Sized for large text (heights.pagesLargeText), the compact height standing in until measured.
    expect(code.getAttribute('height')).to.equal(String((heights.pagesLargeText ?? heights.pages)['report-it']['320']));
    expect(value('#page-address')).to.equal(code.getAttribute('src'));
    const previews = [...page.querySelectorAll('#iframe-preview iframe, #address-preview iframe')];
    expect(previews.map((preview) => preview.getAttribute('sandbox'))).to.deep.equal(['allow-scripts', 'allow-scripts']);
    expect(page.querySelector('#preview safer-seven-report-it')?.shadowRoot?.querySelector('a[href^="tel:"]')).to.exist;
  });
});
