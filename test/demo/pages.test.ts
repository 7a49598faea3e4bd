// Every demo page, loaded as a reader's browser loads it: the elements render, axe finds no
// violation, nothing is logged, and nothing is fetched from another origin.
import { expect } from '@open-wc/testing';
import { contactById, cse, telHref } from '../../packages/content/src/index.js';
import {
  axeViolations,
  demoPages,
  embedPage,
  foreignRequests,
  loadHtml,
  loadPage,
  renderedElements,
  siteRoot,
  staticPage,
  tags,
  telHrefs,
  until,
  type LoadedPage,
} from './helpers.js';

const reportingTel = (['police-emergency', 'childrens-services', 'emergency-duty-team'] as const).map((id) =>
  telHref(contactById(cse, id).phone!.dial),
);

/** The checks every page passes once loaded. */
async function expectHealthy(page: LoadedPage, disabledRules: readonly string[] = []): Promise<void> {
  const elements = await renderedElements(page);
  for (const element of elements) {
    expect(element.shadowRoot, `<${element.localName}> rendered`).to.exist;
    expect(element.shadowRoot.querySelector('[part~="base"]'), `<${element.localName}> has content`).to.exist;
    if (element.localName === 'safer-seven-report-it' || element.localName === 'safer-seven-briefing') {
      expect(telHrefs(element.shadowRoot)).to.include.members(reportingTel);
    }
  }
  expect(await axeViolations(page, disabledRules)).to.deep.equal([]);
  expect(page.problems()).to.deep.equal([]);
  expect(foreignRequests(page)).to.deep.equal([]);
}

describe('demo pages', function () {
  this.timeout(20000);
  let page: LoadedPage | undefined;
  afterEach(() => page?.remove());

  for (const [name, url] of Object.entries(demoPages)) {
    describe(`when ${name} (${url}) is opened`, () => {
      it('renders every element, passes axe, logs nothing and stays on this origin', async () => {
        page = await loadPage(url);
        if (name === 'builder') await until(() => page!.document.querySelector('#builder')?.getAttribute('data-state') === 'ready', 'the builder');
        // The landing page only points the way: the components are on every other page.
        if (name !== 'index') expect(page.document.querySelectorAll(tags.join(',')).length, 'elements on the page').to.be.greaterThan(0);
        await expectHealthy(page);
      });
    });
  }

  for (const tag of tags) {
    describe(`when the embed page of <${tag}> is opened`, () => {
      it('holds the one panel as plain HTML and logs nothing', async () => {
        page = await loadPage(embedPage(tag), 600);
        const elements = [...page.document.querySelectorAll(tags.join(','))];
        expect(elements.map((element) => element.localName)).to.deep.equal([tag]);
        // One document: the panel as the components render it, flattened into the page, and
        // no element defined (scripts/site/embeds.mjs).
        expect(elements[0]!.shadowRoot).to.equal(null);
        expect(elements[0]!.querySelector('[data-part~="base"]'), 'the panel').to.exist;
        if (tag === 'safer-seven-report-it' || tag === 'safer-seven-briefing') expect(telHrefs(elements[0]!)).to.include.members(reportingTel);
        // Its policy allows its own script by hash alone, so axe cannot be added here: it runs
        // on every embed page in test/demo/embed-pages.test.ts, through the page's test probe.
        expect(page.problems()).to.deep.equal([]);
        expect(foreignRequests(page)).to.deep.equal([]);
      });
    });

    describe(`when the static page of <${tag}> is opened`, () => {
      it('passes axe and logs nothing', async () => {
        page = await loadPage(staticPage(tag));
        await expectHealthy(page);
      });
    });
  }

  describe('when a page has a real problem', () => {
    // The harness itself: a check that never fails proves nothing. (The image is a data: URL
    // that cannot decode, so that it fails to load without a 404 on the test server.)
    it('reports an axe violation, a logged error and a failed load', async () => {
      page = await loadHtml(
        `<main><h1>Broken</h1><img src="data:,"><button></button>
         <script>console.error('something broke')</script></main>`,
        siteRoot,
      );
      const violations = await axeViolations(page);
      expect(violations.some((violation) => violation.startsWith('image-alt'))).to.equal(true);
      expect(violations.some((violation) => violation.startsWith('button-name'))).to.equal(true);
      expect(page.problems()).to.include('error: something broke');
      expect(page.problems().some((problem) => problem.startsWith('failed to load'))).to.equal(true);
    });
  });
});
