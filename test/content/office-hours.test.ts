// Which reporting route applies at an instant, judged with the CSE briefing's own office
// hours (Europe/London). Instants are written as ISO 8601 with the London offset of the
// day (+00:00 in GMT, +01:00 in BST), so each reads as the local time it stands for.
import { expect } from '@open-wc/testing';
import { bankHolidaysOf, cse, nextRouteChange, parseInstant, routeAt, routesInOrder } from '../../packages/content/src/index.js';
import type { OfficeHours, RouteJudgement } from '../../packages/content/src/index.js';

const hours = cse.officeHours;
const { openRoute, closedRoute } = hours;

const at = (iso: string): RouteJudgement => routeAt(hours, new Date(iso));
const epoch = (iso: string): number => new Date(iso).getTime();

describe('routeAt', () => {
  describe('when it is a winter weekday (GMT, Wednesday 14 January 2026)', () => {
    it('is closed at 08:59, before opening', () => {
      expect(at('2026-01-14T08:59:00+00:00')).to.include({ routeId: closedRoute, open: false, reason: 'before-opening' });
    });

    it('opens at 09:00', () => {
      expect(at('2026-01-14T09:00:00+00:00')).to.include({ routeId: openRoute, open: true, reason: 'open' });
    });

    it('is still open at 16:59', () => {
      expect(at('2026-01-14T16:59:00+00:00')).to.include({ routeId: openRoute, open: true, reason: 'open' });
    });

    it('is closed at 17:00 itself, after closing', () => {
      expect(at('2026-01-14T17:00:00+00:00')).to.include({ routeId: closedRoute, open: false, reason: 'after-closing' });
    });

    it('is still open at 16:59:59.999', () => {
      expect(at('2026-01-14T16:59:59.999+00:00').open).to.equal(true);
    });

    it('gives the local date, and at local midnight the day has just begun', () => {
      expect(at('2026-01-14T00:00:00+00:00')).to.include({ localDate: '2026-01-14', reason: 'before-opening' });
      expect(at('2026-01-14T23:59:00+00:00')).to.include({ localDate: '2026-01-14', reason: 'after-closing' });
    });
  });

  describe('when it is a summer weekday (BST, Wednesday 15 July 2026)', () => {
    it('is closed at 08:59 BST (07:59Z)', () => {
      expect(at('2026-07-15T08:59:00+01:00')).to.include({ routeId: closedRoute, open: false, reason: 'before-opening' });
    });

    it('opens at 09:00 BST (08:00Z)', () => {
      expect(at('2026-07-15T09:00:00+01:00')).to.include({ routeId: openRoute, open: true, reason: 'open' });
      expect(at('2026-07-15T08:00:00Z').open).to.equal(true);
    });

    it('is still open at 16:59 BST (15:59Z)', () => {
      expect(at('2026-07-15T16:59:00+01:00')).to.include({ routeId: openRoute, open: true, reason: 'open' });
    });

    it('is closed at 17:00 BST (16:00Z)', () => {
      expect(at('2026-07-15T17:00:00+01:00')).to.include({ routeId: closedRoute, open: false, reason: 'after-closing' });
      expect(at('2026-07-15T16:00:00Z').open).to.equal(false);
    });

    it('counts 23:30Z as the next local day, 00:30 BST', () => {
      expect(at('2026-07-15T23:30:00Z')).to.include({ localDate: '2026-07-16', reason: 'before-opening' });
    });

    it('counts Friday 23:30Z as Saturday, 00:30 BST', () => {
      expect(at('2026-07-17T23:30:00Z')).to.include({ localDate: '2026-07-18', reason: 'weekend' });
    });
  });

  describe('when the clocks go forward (Sunday 29 March 2026, 01:00Z)', () => {
    it('is the weekend on either side of the change', () => {
      expect(at('2026-03-29T00:59:00Z')).to.include({ localDate: '2026-03-29', reason: 'weekend', open: false });
      expect(at('2026-03-29T01:00:00Z')).to.include({ localDate: '2026-03-29', reason: 'weekend', open: false });
    });

    it('is closed on Monday 30 March at 07:59Z (08:59 BST)', () => {
      expect(at('2026-03-30T07:59:00Z')).to.include({ routeId: closedRoute, reason: 'before-opening' });
    });

    it('opens on Monday 30 March at 08:00Z (09:00 BST)', () => {
      expect(at('2026-03-30T08:00:00Z')).to.include({ routeId: openRoute, reason: 'open' });
    });

    it('is closed on Friday 27 March at 17:00Z, still GMT', () => {
      expect(at('2026-03-27T16:59:00Z').open).to.equal(true);
      expect(at('2026-03-27T17:00:00Z').open).to.equal(false);
    });
  });

  describe('when the clocks go back (Sunday 25 October 2026, 01:00Z)', () => {
    it('closes on Friday 23 October at 16:00Z (17:00 BST)', () => {
      expect(at('2026-10-23T15:59:00Z')).to.include({ routeId: openRoute, reason: 'open' });
      expect(at('2026-10-23T16:00:00Z')).to.include({ routeId: closedRoute, reason: 'after-closing' });
    });

    it('is the weekend on either side of the change', () => {
      expect(at('2026-10-25T00:59:00Z')).to.include({ localDate: '2026-10-25', reason: 'weekend' });
      expect(at('2026-10-25T01:00:00Z')).to.include({ localDate: '2026-10-25', reason: 'weekend' });
    });

    it('is closed on Monday 26 October at 08:59Z and opens at 09:00Z (GMT)', () => {
      expect(at('2026-10-26T08:59:00Z')).to.include({ routeId: closedRoute, reason: 'before-opening' });
      expect(at('2026-10-26T09:00:00Z')).to.include({ routeId: openRoute, reason: 'open' });
    });
  });

  describe('when it is the weekend', () => {
    it('is closed all Saturday', () => {
      for (const time of ['00:00', '09:00', '12:00', '16:59', '23:59']) {
        expect(at(`2026-01-17T${time}:00+00:00`), time).to.include({ routeId: closedRoute, open: false, reason: 'weekend' });
      }
    });

    it('is closed all Sunday', () => {
      for (const time of ['00:00', '09:00', '12:00', '16:59', '23:59']) {
        expect(at(`2026-07-19T${time}:00+01:00`), time).to.include({ routeId: closedRoute, open: false, reason: 'weekend' });
      }
    });
  });

  describe('when it is a 2026 bank holiday, at noon', () => {
    const holidays2026 = bankHolidaysOf(hours.closedDays, 2026);

    it('has 2026 bank holidays to check', () => {
      expect(holidays2026.length).to.be.greaterThan(0);
    });

    for (const holiday of holidays2026) {
      it(`is closed on ${holiday.name}, ${holiday.date}`, () => {
        // Noon UTC is noon or 1pm in London: inside office hours either way.
        const judgement = at(`${holiday.date}T12:00:00Z`);
        expect(judgement).to.include({
          routeId: 'emergency-duty-team',
          open: false,
          reason: 'bank-holiday',
          localDate: holiday.date,
        });
        expect(judgement.holiday).to.deep.equal(holiday);
      });
    }

    it('is open on the working day before and after Christmas', () => {
      expect(at('2026-12-24T12:00:00Z').open).to.equal(true);
      expect(at('2026-12-29T12:00:00Z').open).to.equal(true);
    });
  });

  describe('when the instant lies past the years GOV.UK has published (2027), by the rule', () => {
    it('is closed on Good Friday 2028 at 10:00, and names it', () => {
      expect(at('2028-04-14T10:00:00+01:00')).to.deep.equal({
        routeId: closedRoute,
        open: false,
        reason: 'bank-holiday',
        localDate: '2028-04-14',
        holiday: { date: '2028-04-14', name: 'Good Friday' },
      });
    });

    it("is closed on New Year's Day 2028's substitute day, Monday 3 January", () => {
      expect(at('2028-01-03T12:00:00Z')).to.include({ routeId: closedRoute, reason: 'bank-holiday' });
      expect(at('2028-01-03T12:00:00Z').holiday?.name).to.equal("New Year's Day (substitute day)");
    });

    it('is open on a 2029 working day, and again the day after Easter Monday 2031', () => {
      expect(at('2029-01-10T12:00:00Z')).to.include({ routeId: openRoute, open: true, reason: 'open' });
      expect(at('2031-04-15T10:00:00+01:00')).to.include({ routeId: openRoute, open: true });
      expect(at('2031-04-14T10:00:00+01:00')).to.include({ routeId: closedRoute, reason: 'bank-holiday' });
    });

    it('opens after the Easter weekend of 2030 on the Tuesday, not the Monday', () => {
      expect(nextRouteChange(hours, epoch('2030-04-18T17:00:00+01:00'))).to.equal(epoch('2030-04-23T09:00:00+01:00'));
    });
  });

  describe('when the instant is given in different forms', () => {
    it('gives the same answer for a Date and for its epoch milliseconds', () => {
      const instants = ['2026-01-14T12:00:00Z', '2026-01-17T12:00:00Z', '2026-12-25T12:00:00Z', '2028-01-12T07:00:00Z'];
      for (const iso of instants) {
        expect(routeAt(hours, epoch(iso)), iso).to.deep.equal(routeAt(hours, new Date(iso)));
      }
    });
  });

  describe('when the instant is not valid', () => {
    it('throws a RangeError for an invalid Date', () => {
      expect(() => routeAt(hours, new Date('nope'))).to.throw(RangeError);
    });

    it('throws a RangeError for NaN and Infinity', () => {
      expect(() => routeAt(hours, Number.NaN)).to.throw(RangeError);
      expect(() => routeAt(hours, Number.POSITIVE_INFINITY)).to.throw(RangeError);
    });
  });
});

describe('nextRouteChange', () => {
  describe('when the office is open', () => {
    it('gives that day’s 17:00 GMT in winter', () => {
      expect(nextRouteChange(hours, new Date('2026-01-14T10:00:00Z'))).to.equal(epoch('2026-01-14T17:00:00Z'));
    });

    it('gives that day’s 17:00 BST (16:00Z) in summer', () => {
      expect(nextRouteChange(hours, new Date('2026-07-15T10:00:00+01:00'))).to.equal(epoch('2026-07-15T16:00:00Z'));
    });
  });

  describe('when the office is closed', () => {
    it('gives 09:00 the same day before opening', () => {
      expect(nextRouteChange(hours, new Date('2026-01-14T07:00:00Z'))).to.equal(epoch('2026-01-14T09:00:00Z'));
    });

    it('gives the next morning at 17:00 itself', () => {
      expect(nextRouteChange(hours, new Date('2026-01-14T17:00:00Z'))).to.equal(epoch('2026-01-15T09:00:00Z'));
    });

    it('gives Monday 09:00 on a Friday evening', () => {
      expect(nextRouteChange(hours, new Date('2026-01-16T18:00:00Z'))).to.equal(epoch('2026-01-19T09:00:00Z'));
    });

    it('skips Christmas, the weekend and the Boxing Day substitute (Thursday 24 December 2026 18:00)', () => {
      expect(nextRouteChange(hours, new Date('2026-12-24T18:00:00Z'))).to.equal(epoch('2026-12-29T09:00:00Z'));
    });

    it('opens at 08:00Z on Monday 30 March across the clocks going forward (from Friday 27 March 18:00Z)', () => {
      expect(nextRouteChange(hours, new Date('2026-03-27T18:00:00Z'))).to.equal(epoch('2026-03-30T08:00:00Z'));
    });

    it('opens at 09:00Z on Monday 26 October across the clocks going back (from Friday 23 October 16:00Z)', () => {
      expect(nextRouteChange(hours, new Date('2026-10-23T16:00:00Z'))).to.equal(epoch('2026-10-26T09:00:00Z'));
    });

    it('gives undefined when the office never opens', () => {
      const neverOpen: OfficeHours = { ...hours, weekdays: [] };
      expect(nextRouteChange(neverOpen, new Date('2026-01-14T10:00:00Z'))).to.equal(undefined);
    });
  });

  describe('when checked against routeAt every 37 minutes around the clock changes and Christmas', () => {
    const windows: [string, string][] = [
      ['2026-03-25T00:00:00Z', '2026-04-08T00:00:00Z'],
      ['2026-10-21T00:00:00Z', '2026-10-28T00:00:00Z'],
      ['2026-12-22T00:00:00Z', '2027-01-05T00:00:00Z'],
    ];
    const samples = windows.flatMap(([from, to]) => {
      const instants: number[] = [];
      for (let instant = epoch(from); instant < epoch(to); instant += 37 * 60 * 1000) instants.push(instant);
      return instants;
    });

    it('gives the first instant at which the route differs', () => {
      expect(samples.length).to.be.greaterThan(1000);
      const wrong = samples.filter((instant) => {
        const change = nextRouteChange(hours, instant);
        if (change === undefined || change <= instant) return true;
        const now = routeAt(hours, instant).routeId;
        return routeAt(hours, change - 1).routeId !== now || routeAt(hours, change).routeId === now;
      });
      expect(wrong.map((instant) => new Date(instant).toISOString())).to.deep.equal([]);
    });
  });

  describe('when the instant is not valid', () => {
    it('throws a RangeError', () => {
      expect(() => nextRouteChange(hours, new Date('nope'))).to.throw(RangeError);
      expect(() => nextRouteChange(hours, Number.NaN)).to.throw(RangeError);
    });
  });
});

describe('routesInOrder', () => {
  const otherRoute = (routeId: string) => (routeId === openRoute ? closedRoute : openRoute);

  for (const [state, iso] of [
    ['open', '2026-01-14T12:00:00Z'],
    ['closed', '2026-01-14T20:00:00Z'],
  ] as const) {
    describe(`when the office is ${state}`, () => {
      const judgement = at(iso);

      it(`judges the office ${state}`, () => {
        expect(judgement.open).to.equal(state === 'open');
      });

      it('puts the emergency first, the route that applies second, the other third and non-emergency police last', () => {
        const ordered = routesInOrder(cse.reportingRoutes, judgement);
        expect(ordered).to.have.length(cse.reportingRoutes.length);
        expect(ordered[0]?.urgency).to.equal('emergency');
        expect(ordered[1]?.contactId).to.equal(judgement.routeId);
        expect(ordered[2]?.contactId).to.equal(otherRoute(judgement.routeId));
        expect(ordered[3]?.urgency).to.equal('non-emergency-police');
        expect(ordered).to.have.members([...cse.reportingRoutes]);
      });
    });
  }

  describe('when the order differs from the data', () => {
    it("returns a new array and leaves the data's own order alone", () => {
      const before = cse.reportingRoutes.map((route) => route.contactId);
      const ordered = routesInOrder(cse.reportingRoutes, { routeId: closedRoute });
      expect(ordered.map((route) => route.contactId)).to.not.deep.equal(before);
      expect(cse.reportingRoutes.map((route) => route.contactId)).to.deep.equal(before);
    });
  });
});

describe('parseInstant', () => {
  describe('when the text is an ISO 8601 instant with a zone', () => {
    it('reads Z as UTC', () => {
      expect(parseInstant('2026-12-25T10:00:00Z')).to.equal(Date.UTC(2026, 11, 25, 10, 0));
    });

    it('reads an offset, with or without seconds', () => {
      expect(parseInstant('2026-07-01T09:30+01:00')).to.equal(Date.UTC(2026, 6, 1, 8, 30));
      expect(parseInstant('2026-07-01T09:30:15.5+01:00')).to.equal(Date.UTC(2026, 6, 1, 8, 30, 15, 500));
    });
  });

  describe('when the text is anything else', () => {
    for (const text of ['2026-07-01T09:30', '2026-07-01', 'nope', '', '2026-13-01T10:00:00Z']) {
      it(`gives undefined for "${text}"`, () => {
        expect(parseInstant(text)).to.equal(undefined);
      });
    }
  });
});
