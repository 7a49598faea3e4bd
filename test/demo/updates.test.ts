// The demo's signed-updates page: the same embed without updates, with a file signed by the
// build's throwaway demo key, and with that file tampered with.
import { expect } from '@open-wc/testing';
import { cse, sectionById } from '../../packages/content/src/index.js';
import { axeViolations, foreignRequests, loadPage, renderedElements, siteRoot, until } from './helpers.js';

const textOf = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('site/examples/updates.html', function () {
  this.timeout(20000);

  it('shows the signed update only where the page pins it, and keeps the built-in content for a tampered file', async () => {
    const page = await loadPage(`${siteRoot}examples/updates.html`);
    try {
      const [without, withUpdates, tampered] = await renderedElements(page);
      const title = sectionById(cse, 'report-it').title;
      await until(() => textOf(withUpdates!).includes('(updated content, demo)'), `the signed update (${page.problems().join(' | ')})`);
      await until(() => page.problems().length > 0, 'the warning about the tampered file');
      expect(textOf(without!)).to.contain(title).and.not.contain('(updated content, demo)');
      expect(textOf(tampered!)).to.contain(title).and.not.contain('(updated content, demo');
      expect(page.problems()).to.have.length(1);
      expect(page.problems()[0]).to.match(/cse\.tampered\.signed\.json not used: bad signature/);
      expect(foreignRequests(page)).to.deep.equal([]);
      expect(await axeViolations(page)).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});
