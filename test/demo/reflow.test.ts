// Every demo page at 320 px with WCAG 1.4.12 text spacing: nothing scrolls sideways but a
// scroll region a keyboard can reach and a screen reader can name. And the printable leaflet
// on paper: every route, with its hours, and no "now".
import { expect } from '@open-wc/testing';
import { contactById, cse, enGB } from '../../packages/content/src/index.js';
import { emulateMedia } from '@web/test-runner-commands';
import { applyTextSpacing } from '../elements/support/text-spacing.js';
import { axeViolations, demoPages, loadPage, renderedElements, until, type LoadedPage } from './helpers.js';

/** The innermost elements that reach past the viewport's right edge, to say what to mend. */
function tooWide(document: Document): string[] {
  const edge = document.documentElement.clientWidth + 0.5;
  const over = [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > edge);
  return over
    .filter((element) => !over.some((other) => other !== element && element.contains(other)))
    .slice(0, 5)
    .map((element) => `<${element.localName} class="${element.className}"> ${Math.round(element.getBoundingClientRect().right)} px`);
}

describe('demo pages at 320 px with text spacing', function () {
  this.timeout(20000);
  let page: LoadedPage | undefined;
  afterEach(() => page?.remove());

  for (const [name, url] of Object.entries(demoPages)) {
    it(`${name} (${url}) reflows, and its scroll regions take focus and have a name`, async () => {
      page = await loadPage(url, 320);
      if (name === 'builder') await until(() => page!.document.querySelector('#builder')?.getAttribute('data-state') === 'ready', 'the builder');
      await renderedElements(page);
      applyTextSpacing(page.document);
      const root = page.document.documentElement;
      expect(root.scrollWidth, `the page scrolls sideways: ${tooWide(page.document).join('; ')}`).to.be.at.most(root.clientWidth);
      for (const region of page.document.querySelectorAll('pre')) {
        const label = region.textContent!.trim().slice(0, 40);
        expect(region.tabIndex, label).to.equal(0);
        expect(region.getAttribute('role'), label).to.equal('region');
        expect(region.getAttribute('aria-label') ?? region.getAttribute('aria-labelledby'), label).to.be.a('string');
      }
      // Any box that scrolls sideways must take keyboard focus, or a keyboard user cannot scroll it.
      for (const box of page.document.body.querySelectorAll<HTMLElement>('*')) {
        const overflow = getComputedStyle(box).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll') && box.scrollWidth > box.clientWidth) {
          expect(box.tabIndex, `<${box.localName} class="${box.className}"> scrolls`).to.be.at.least(0);
        }
      }
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  }
});

describe('the printable leaflet on paper', function () {
  this.timeout(20000);
  let page: LoadedPage | undefined;

  beforeEach(() => emulateMedia({ media: 'print' }));

  afterEach(async () => {
    page?.remove();
    await emulateMedia({ media: 'screen' });
  });

  it('prints every route with its hours, and nothing about now', async () => {
    page = await loadPage(demoPages.leaflet);
    const [briefing] = await renderedElements(page);
    const routes = briefing!.shadowRoot.querySelector<HTMLElement>('ol.routes')!;
    const printed = routes.innerText;
    for (const route of cse.reportingRoutes) {
      const contact = contactById(cse, route.contactId);
      expect(printed).to.include(contact.phone!.display);
      if (contact.hoursText) expect(printed, route.contactId).to.include(contact.hoursText);
    }
    expect(printed).to.not.match(/\bnow\b/i);
    expect(printed).to.not.include(enGB.callNow);
  });
});
