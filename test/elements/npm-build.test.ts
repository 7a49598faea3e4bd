import { expect, fixture, html } from '@open-wc/testing';
import { contactById, cse, telHref } from '@safer-seven/content';
// The npm build as a partner's bundler sees it: ESM in dist/, Lit and the content package
// external. (The other element tests run the sources.) One define module, then the rest.
import '../../packages/elements/dist/define/report-it.js';
import { SaferSevenBriefing, SaferSevenReportIt, version } from '../../packages/elements/dist/index.js';
import '../../packages/elements/dist/safer-seven.js';

const tags = ['safer-seven-briefing', 'safer-seven-warning-signs', 'safer-seven-report-it', 'safer-seven-contacts'];

describe('the npm build of @safer-seven/elements', () => {
  describe('when its define modules are imported', () => {
    it('registers every tag with the classes it exports', () => {
      for (const tag of tags) expect(customElements.get(tag), tag).to.not.equal(undefined);
      expect(customElements.get('safer-seven-report-it')).to.equal(SaferSevenReportIt);
      expect(customElements.get('safer-seven-briefing')).to.equal(SaferSevenBriefing);
      expect(SaferSevenReportIt.version).to.equal(version);
    });

    it('renders the report-it panel with 999 first and the route that applies now next', async () => {
      const element = await fixture<SaferSevenReportIt>(
        html`<safer-seven-report-it now="2026-12-01T10:00:00Z"></safer-seven-report-it>`,
      );
      const numbers = [...element.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href'));
      expect(numbers.slice(0, 2)).to.deep.equal([
        telHref(contactById(cse, 'police-emergency').phone!.dial),
        telHref(contactById(cse, 'childrens-services').phone!.dial),
      ]);
      expect(element.activeRoute).to.equal('childrens-services');
      await expect(element).to.be.accessible();
    });

    it('renders every tag with a heading at the level asked for', async () => {
      for (const tag of tags) {
        const element = document.createElement(tag);
        element.setAttribute('heading-level', '3');
        const rendered = await fixture<HTMLElement>(element);
        expect(rendered.shadowRoot!.querySelector('h3'), tag).to.not.equal(null);
        await expect(rendered).to.be.accessible();
      }
    });
  });
});
