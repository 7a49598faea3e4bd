// Server-side rendering, then hydration, as an npm user's site does it (Eleventy, Astro, Next):
// the four tags rendered in Node by @lit-labs/ssr (test/ssr/server.mjs), parsed into this page
// as declarative shadow DOM, then the npm build defined with Lit's hydrate support loaded
// first. The client's clock is stubbed to a weekday evening, when the route that applies is
// not the one the server's unjudged panel lists first. Run the build first (reads dist/).
// Lit's hydrate support must load before Lit itself: this import comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { contactById, cse, routeAt } from '@safer-seven/content';
import sinon from 'sinon';
import { insertServerRendered, recordProblems, firstOfficeHoursRoute, settled, tags, telLinkProblems } from './helpers.js';

// Wednesday 2 December 2026, 20:00 in London (GMT): children's services have closed.
const clientInstant = Date.parse('2026-12-02T20:00:00Z');

describe('server-rendered tags hydrated by the npm build', () => {
  const container = document.createElement('div');
  let recorder: ReturnType<typeof recordProblems>;
  let serverNodes: Map<string, Element>;
  let serverFirstRoute: string | undefined;
  let serverMarkedARoute: boolean;
  let serverOfficeRowText: string;
  let clock: sinon.SinonFakeTimers;

  before(async () => {
    document.body.append(container);
    await insertServerRendered(container);
    const reportIt = container.querySelector('safer-seven-report-it')!;
    serverFirstRoute = firstOfficeHoursRoute(reportIt);
    serverMarkedARoute = reportIt.shadowRoot!.querySelector('.active') !== null;
    // What a reader sees of the office's row before any script: with no "now", its hours stay.
    serverOfficeRowText = (reportIt.shadowRoot!.querySelector(`[part~="route-${cse.officeHours.openRoute}"]`) as HTMLElement).innerText;
    // The wrapper of each tag as the server rendered it: hydration must keep these very nodes.
    serverNodes = new Map(tags.map((tag) => [tag, container.querySelector(tag)!.shadowRoot!.querySelector('.base')!]));
    recorder = recordProblems();
    clock = sinon.useFakeTimers({ now: clientInstant, toFake: ['Date'] });
    await import('../../packages/elements/dist/safer-seven.js');
    try {
      for (const tag of tags) await settled(container.querySelector(tag)!);
    } finally {
      // The elements have judged at the stubbed instant; nothing later needs a frozen clock.
      clock.restore();
    }
  });

  after(() => {
    recorder.stop();
    container.remove();
  });

  it('the server rendered every tag into a declarative shadow root, before any script', () => {
    for (const tag of tags) expect(serverNodes.get(tag) instanceof HTMLElement, tag).to.equal(true);
    // No claim about "now": the leaflet's order, with no route marked as the one to call.
    expect(serverFirstRoute).to.equal(cse.officeHours.openRoute);
    expect(serverMarkedARoute).to.equal(false);
    expect(serverOfficeRowText).to.include(`(${contactById(cse, cse.officeHours.openRoute).hoursText})`);
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('hydrates the server’s nodes rather than rendering new ones', () => {
        const element = container.querySelector(tag)!;
        // Booleans, not nodes: a failing comparison of two DOM trees would be serialised whole.
        expect(element.shadowRoot!.querySelector('.base') === serverNodes.get(tag), 'the server’s wrapper is kept').to.equal(true);
        expect(element.shadowRoot!.querySelectorAll('.base')).to.have.length(1);
      });

      it('shows each phone number as a link exactly once', () => {
        expect(telLinkProblems(container.querySelector(tag)!)).to.deep.equal([]);
      });

      it('is styled by the server’s stylesheet (the accent border)', () => {
        const base = container.querySelector(tag)!.shadowRoot!.querySelector('.base')!;
        const style = getComputedStyle(base);
        expect(style.borderInlineStartWidth).to.equal('6px');
        expect(style.borderInlineStartColor).to.equal('rgb(29, 112, 184)');
      });

      it('is accessible', async () => {
        await expect(container.querySelector(tag)).to.be.accessible();
      });
    });
  }

  it('then judges at the client’s clock: the route that applies now comes first', () => {
    const expected = routeAt(cse.officeHours, clientInstant).routeId;
    expect(expected, 'the client instant must differ from the server’s panel').to.not.equal(serverFirstRoute);
    const reportIt = container.querySelector('safer-seven-report-it')!;
    expect(reportIt.activeRoute).to.equal(expected);
    expect(firstOfficeHoursRoute(reportIt)).to.equal(expected);
    expect(reportIt.shadowRoot!.querySelector('.active')?.getAttribute('part')).to.contain(`route-${expected}`);
    const briefing = container.querySelector('safer-seven-briefing')!;
    expect(firstOfficeHoursRoute(briefing)).to.equal(expected);
  });

  it('logs no error or warning and throws nothing', () => {
    expect(recorder.problems).to.deep.equal([]);
  });
});
