import { expect } from '@open-wc/testing';
import { contactById, cse, type ContactId, type RouteReason } from '@safer-seven/content';
import sinon from 'sinon';
import { bankHolidaysOf, enGB } from '../../packages/content/src/index.js';
import { renderTag, routeItem, routeOrder, shadowOf, telLinks, textOf } from './support/elements.js';
import { expectCalls, firstMessage } from './support/console.js';

// Point 7 puts the route that applies at `now` first, says so in words, and hides nothing.

const office = contactById(cse, cse.officeHours.openRoute);
const allFourNumbers: readonly ContactId[] = [
  'police-emergency',
  'childrens-services',
  'emergency-duty-team',
  'police-non-emergency',
];

/** The bank holiday on a date, from the data's own rule and overrides. */
function holidayOn(date: string) {
  const holiday = bankHolidaysOf(cse.officeHours.closedDays, Number(date.slice(0, 4))).find((day) => day.date === date);
  if (!holiday) throw new Error(`the table holds no bank holiday on ${date}`);
  return holiday;
}

/** The words of point 7 that say what applies now. */
function statusOf(element: Element, contactId: ContactId): string {
  return textOf(routeItem(element, contactId).querySelector('.status'));
}

interface ClosedInstant {
  readonly when: string;
  readonly now: string;
  readonly reason: RouteReason;
}

const openInstants = [
  { when: 'on a weekday morning in winter (GMT)', now: '2026-12-01T10:00:00Z' },
  { when: 'at 09:00 exactly, when the office opens', now: '2026-12-01T09:00:00Z' },
  { when: 'a second before 17:00', now: '2026-12-01T16:59:59Z' },
  { when: 'at 09:30 London time in summer (BST, 08:30 UTC)', now: '2026-07-01T08:30:00Z' },
  { when: 'given with an offset instead of Z', now: '2026-07-01T09:30:00+01:00' },
] as const;

const closedInstants: readonly ClosedInstant[] = [
  { when: 'on a weekday evening', now: '2026-12-01T19:30:00Z', reason: 'after-closing' },
  { when: 'at 17:00 exactly, which is closed', now: '2026-12-01T17:00:00Z', reason: 'after-closing' },
  { when: 'early on a weekday morning', now: '2026-12-01T08:59:00Z', reason: 'before-opening' },
  { when: 'at 16:30 UTC in summer, which is 17:30 in London', now: '2026-07-01T16:30:00Z', reason: 'after-closing' },
  { when: 'on a Saturday at noon', now: '2026-12-05T12:00:00Z', reason: 'weekend' },
  { when: 'on a Sunday morning', now: '2026-12-06T10:00:00Z', reason: 'weekend' },
];

describe('<safer-seven-report-it>', () => {
  for (const { when, now } of openInstants) {
    describe(`when now is ${when}`, () => {
      it("puts children's services first after 999, and says the office is open", async () => {
        const element = await renderTag('safer-seven-report-it', { now });
        expect(element.activeRoute).to.equal('childrens-services');
        expect(routeOrder(element)).to.deep.equal([
          'police-emergency',
          'childrens-services',
          'emergency-duty-team',
          'police-non-emergency',
        ]);
        expect(statusOf(element, 'childrens-services')).to.include(enGB.openNow(office.hoursText!));
        expect(statusOf(element, 'childrens-services')).to.include(enGB.callNow);
        await expect(element).to.be.accessible();
      });
    });
  }

  for (const { when, now, reason } of closedInstants) {
    describe(`when now is ${when}`, () => {
      it('puts the Emergency Duty Team first after 999, says why, and still shows the office number', async () => {
        const element = await renderTag('safer-seven-report-it', { now });
        expect(element.activeRoute).to.equal('emergency-duty-team');
        expect(routeOrder(element)).to.deep.equal([
          'police-emergency',
          'emergency-duty-team',
          'childrens-services',
          'police-non-emergency',
        ]);
        expect(statusOf(element, 'emergency-duty-team')).to.include(enGB.closedBecause(office.name, reason));
        expect(statusOf(element, 'emergency-duty-team')).to.include(enGB.callNow);
        // "Call now" on this route never reads as a call to the office that is closed.
        expect(statusOf(element, 'emergency-duty-team')).to.not.include(office.name);
        expect(statusOf(element, 'childrens-services')).to.include(enGB.closedNow(office.hoursText!));
        expect(statusOf(element, 'childrens-services')).to.not.include(enGB.callNow);
        await expect(element).to.be.accessible();
      });
    });
  }

  describe('when now is on a bank holiday that falls on a weekday', () => {
    it('puts the Emergency Duty Team first and names the holiday from the data', async () => {
      const element = await renderTag('safer-seven-report-it', { now: '2026-12-25T10:00:00Z' });
      expect(element.activeRoute).to.equal('emergency-duty-team');
      expect(routeOrder(element).slice(0, 2)).to.deep.equal(['police-emergency', 'emergency-duty-team']);
      const status = statusOf(element, 'emergency-duty-team');
      expect(status).to.include(holidayOn('2026-12-25').name);
      expect(status).to.include(enGB.closedBecause(office.name, 'bank-holiday', holidayOn('2026-12-25')));
      await expect(element).to.be.accessible();
    });

    it('names a substitute day as the data does', async () => {
      const element = await renderTag('safer-seven-report-it', { now: '2026-12-28T11:00:00Z' });
      expect(element.activeRoute).to.equal('emergency-duty-team');
      expect(statusOf(element, 'emergency-duty-team')).to.include(holidayOn('2026-12-28').name);
      await expect(element).to.be.accessible();
    });
  });

  describe('when now is in any state at all', () => {
    for (const now of [...openInstants, ...closedInstants].map((instant) => instant.now).concat('2026-12-25T10:00:00Z')) {
      it(`keeps 999 first, 101 last and every number on screen at ${now}`, async () => {
        const element = await renderTag('safer-seven-report-it', { now });
        const order = routeOrder(element);
        expect(order[0]).to.equal('police-emergency');
        expect(order.at(-1)).to.equal('police-non-emergency');
        expect(order).to.have.members([...allFourNumbers]);
        expect(telLinks(element)).to.have.length(4);
        for (const link of telLinks(element)) {
          expect(link.getClientRects().length, `${link.href} is laid out`).to.be.greaterThan(0);
        }
        await expect(element).to.be.accessible();
      });
    }
  });

  describe('when now lies past the years GOV.UK has published (to 2027), by the rule', () => {
    /** The panel says nothing of a calendar it could not check: no note, and all four numbers. */
    function expectNoCaveat(element: Element) {
      expect(shadowOf(element).querySelector('[part~="note"], .note'), 'no note').to.equal(null);
      expect(textOf(shadowOf(element)).toLowerCase()).to.not.match(/calendar|not checked|could not/);
    }

    it('puts the Emergency Duty Team first on Good Friday 2028 at 10:00, and names the day', async () => {
      const element = await renderTag('safer-seven-report-it', { now: '2028-04-14T10:00:00+01:00' });
      expect(element.activeRoute).to.equal('emergency-duty-team');
      expect(routeOrder(element)).to.deep.equal(['police-emergency', 'emergency-duty-team', 'childrens-services', 'police-non-emergency']);
      expect(statusOf(element, 'emergency-duty-team')).to.include(
        enGB.closedBecause(office.name, 'bank-holiday', holidayOn('2028-04-14')),
      );
      expect(holidayOn('2028-04-14').name).to.equal('Good Friday');
      expect(telLinks(element)).to.have.length(4);
      expectNoCaveat(element);
      await expect(element).to.be.accessible();
    });

    it("puts children's services first on a 2029 working day", async () => {
      const element = await renderTag('safer-seven-report-it', { now: '2029-06-06T10:00:00+01:00' });
      expect(element.activeRoute).to.equal('childrens-services');
      expect(routeOrder(element)).to.deep.equal(['police-emergency', 'childrens-services', 'emergency-duty-team', 'police-non-emergency']);
      expect(statusOf(element, 'childrens-services')).to.include(enGB.openNow(office.hoursText!));
      expectNoCaveat(element);
      await expect(element).to.be.accessible();
    });

    it('shows no caveat in the whole briefing either, on Good Friday 2028', async () => {
      const element = await renderTag('safer-seven-briefing', { now: '2028-04-14T10:00:00+01:00' });
      expect(routeOrder(element)[1]).to.equal('emergency-duty-team');
      expectNoCaveat(element);
      await expect(element).to.be.accessible();
    });
  });

  describe('when now is not an ISO 8601 instant with a zone', () => {
    let clock: sinon.SinonFakeTimers;
    let warn: sinon.SinonStub;

    beforeEach(() => {
      // Only Date: the page's clock says Christmas Day, so "the clock" has a known answer
      // (the Emergency Duty Team) that differs from an open office.
      clock = sinon.useFakeTimers({ now: new Date('2026-12-25T10:00:00Z'), toFake: ['Date'] });
      warn = sinon.stub(console, 'warn');
    });

    afterEach(() => {
      warn.restore();
      clock.restore();
    });

    for (const now of ['tomorrow', '2026-12-01T10:00:00', '2026-12-01', '']) {
      it(`uses the clock for now="${now}" and warns once`, async () => {
        const element = await renderTag('safer-seven-report-it', { now });
        expectCalls(warn, 1);
        expect(firstMessage(warn)).to.include(`"${now}"`);
        expect(element.activeRoute).to.equal('emergency-duty-team');
        expect(telLinks(element)).to.have.length(4);
        await expect(element).to.be.accessible();
      });
    }

    it('judges by the given instant again once now is corrected, without another warning', async () => {
      const element = await renderTag('safer-seven-report-it', { now: 'tomorrow' });
      element.setAttribute('now', '2026-12-01T10:00:00Z');
      await element.updateComplete;
      expect(element.activeRoute).to.equal('childrens-services');
      expectCalls(warn, 1);
      await expect(element).to.be.accessible();
    });
  });

  describe('when its now attribute changes', () => {
    it('reorders the routes at once', async () => {
      const element = await renderTag('safer-seven-report-it', { now: '2026-12-01T10:00:00Z' });
      element.setAttribute('now', '2026-12-01T18:00:00Z');
      await element.updateComplete;
      expect(element.activeRoute).to.equal('emergency-duty-team');
      expect(routeOrder(element)[1]).to.equal('emergency-duty-team');
      await expect(element).to.be.accessible();
    });
  });
});

describe('<safer-seven-briefing>', () => {
  describe('when now is on a bank holiday', () => {
    it('orders point 7 exactly as <safer-seven-report-it> does', async () => {
      const briefing = await renderTag('safer-seven-briefing', { now: '2026-12-25T10:00:00Z' });
      const panel = await renderTag('safer-seven-report-it', { now: '2026-12-25T10:00:00Z' });
      expect(routeOrder(briefing)).to.deep.equal(routeOrder(panel));
      expect(routeOrder(briefing)[1]).to.equal('emergency-duty-team');
      expect(textOf(shadowOf(briefing))).to.include(holidayOn('2026-12-25').name);
      await expect(briefing).to.be.accessible();
    });
  });
});
