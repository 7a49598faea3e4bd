// The built drop-in bundle in Chromium, Firefox and WebKit (web-test-runner.engines.config.mjs):
// the same assertions in each engine, on the partner pages of test/bundle/pages. Run
// `npm run build` first: these tests read packages/elements/dist/safer-seven.min.js.
import { expect } from '@open-wc/testing';
import { contactById, cse, routeAt, routesInOrder, telHref } from '@safer-seven/content';
import {
  elementsOf,
  expectNothingLogged,
  expectOwnTypography,
  isShown,
  numbersByTag,
  openPage,
  phoneOf,
  tags,
  telLinks,
  type PageWindow,
} from '../bundle/open-page.js';

type ReportIt = HTMLElement & { activeRoute?: string; updateComplete: Promise<unknown> };

function wrapperOf(element: HTMLElement): HTMLElement {
  const wrapper = element.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  if (!wrapper) throw new Error(`<${element.localName}> has no part="base" wrapper`);
  return wrapper;
}

/** The `tel:` links of the report-it panel's routes, top to bottom. */
function routeNumbers(panel: HTMLElement): string[] {
  return telLinks(panel.shadowRoot!.querySelector('[part~="routes"]')!).map((link) => link.getAttribute('href')!);
}

function expectEveryTagUpgraded(win: PageWindow): void {
  for (const tag of tags) {
    const definition = win.customElements.get(tag);
    expect(definition, `${tag} is defined`).to.not.equal(undefined);
    const [element, ...others] = elementsOf(win, tag);
    expect(others, `the page holds one <${tag}>`).to.deep.equal([]);
    expect(element!.constructor, `<${tag}> is upgraded`).to.equal(definition);
    expect(element!.shadowRoot!.querySelectorAll('[part~="base"]'), `<${tag}> renders once`).to.have.length(1);
    expect(isShown(wrapperOf(element!)), `<${tag}> is on screen`).to.equal(true);
  }
}

describe('the drop-in bundle, in this engine', () => {
  describe('when loaded as a classic script with defer, under a school theme', () => {
    let win: PageWindow;
    beforeEach(async () => {
      win = await openPage('classic.html');
    });

    it('upgrades all four tags, each rendering once in its shadow root, and logs nothing', () => {
      expectEveryTagUpgraded(win);
      expectNothingLogged(win);
    });

    it("shows each phone number as a tel: link with the content package's number", () => {
      for (const tag of tags) {
        const links = telLinks(elementsOf(win, tag)[0]!.shadowRoot!);
        for (const id of numbersByTag[tag]) {
          const phone = phoneOf(id);
          const link = links.find((candidate) => candidate.getAttribute('href') === telHref(phone.dial));
          expect(link, `<${tag}> links to ${id}`).to.not.equal(undefined);
          expect(link!.textContent!.trim(), `<${tag}>'s ${id} link`).to.equal(phone.display);
          expect(isShown(link!), `<${tag}>'s ${phone.display} is on screen`).to.equal(true);
        }
      }
    });

    it('no longer shows the fallback content once upgraded', () => {
      for (const tag of tags) {
        const fallback = elementsOf(win, tag)[0]!.querySelector('.safer-seven-fallback');
        expect(fallback, `<${tag}> has its fallback in the page`).to.not.equal(null);
        expect(isShown(fallback!), `<${tag}>'s fallback is on screen`).to.equal(false);
      }
    });

    it("applies its own styles to the wrapper: the page's theme reaches only the font family", () => {
      expectOwnTypography(win);
    });

    it('takes its accent colour from --safer-seven-accent on the element', () => {
      const panel = elementsOf(win, 'safer-seven-report-it')[0]!;
      panel.style.setProperty('--safer-seven-accent', 'rgb(1, 2, 3)');
      const style = win.getComputedStyle(wrapperOf(panel));
      expect(style.borderLeftColor).to.equal('rgb(1, 2, 3)');
      expect(parseFloat(style.borderLeftWidth), 'the accent stripe is wider than the border').to.be.greaterThan(
        parseFloat(style.borderTopWidth),
      );
    });
  });

  describe('<safer-seven-report-it> at a given now', () => {
    // Each instant is judged in Europe/London by the engine's own date code: British Summer
    // Time moves opening and closing by an hour against UTC, and bank holidays close the office.
    // Past 2027 bank holidays come from the rule (Easter worked out in the engine): those instants
    // name the route a person expects, not only what routeAt says in the same engine.
    const instants: readonly { when: string; now: string; route?: string }[] = [
      { when: 'on a winter Tuesday morning', now: '2026-12-01T10:00:00Z' },
      { when: 'on a winter Tuesday evening', now: '2026-12-01T18:30:00Z' },
      { when: 'at 09:30 in summer time (08:30 UTC)', now: '2026-07-01T08:30:00Z' },
      { when: 'at 17:30 in summer time (16:30 UTC)', now: '2026-07-01T16:30:00Z' },
      { when: 'on Christmas Day, a bank holiday', now: '2026-12-25T10:00:00Z' },
      { when: 'on Good Friday 2028 at 10:00, a bank holiday by the rule', now: '2028-04-14T10:00:00+01:00', route: 'emergency-duty-team' },
      { when: 'on a 2029 working day at 10:00', now: '2029-06-06T10:00:00+01:00', route: 'childrens-services' },
    ];

    for (const { when, now, route } of instants) {
      it(`${when}, puts the route that applies first after 999`, async () => {
        const win = await openPage('classic.html');
        const panel = elementsOf(win, 'safer-seven-report-it')[0] as ReportIt;
        panel.setAttribute('now', now);
        await panel.updateComplete;
        const judgement = routeAt(cse.officeHours, Date.parse(now));
        const expected = routesInOrder(cse.reportingRoutes, judgement).map((route) =>
          telHref(contactById(cse, route.contactId).phone!.dial),
        );
        expect(routeNumbers(panel)).to.deep.equal(expected);
        expect(routeNumbers(panel)[1]).to.equal(telHref(phoneOf(judgement.routeId).dial));
        expect(panel.activeRoute).to.equal(judgement.routeId);
        if (route) expect(panel.activeRoute).to.equal(route);
      });
    }
  });

  describe("when served with the contract's strict Content-Security-Policy and Trusted Types", () => {
    it('upgrades all four tags, styled, with no violation, error or warning', async () => {
      const win = await openPage('csp-strict.html');
      expectEveryTagUpgraded(win);
      expectNothingLogged(win);
      // Styles come from adopted constructed sheets: the policy would refuse a <style> element.
      expectOwnTypography(win);
    });
  });

  describe('when loaded twice', () => {
    it('upgrades every tag once, throws nothing and warns exactly once', async () => {
      const win = await openPage('twice.html');
      expectEveryTagUpgraded(win);
      const log = win.bundleTestLog;
      expect(log.errors, 'errors').to.deep.equal([]);
      expect(log.violations, 'violations').to.deep.equal([]);
      expect(log.warnings, 'warnings').to.have.length(1);
      expect(log.warnings[0]).to.match(/^Safer Seven /);
    });
  });
});
