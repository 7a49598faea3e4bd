import { expect } from '@open-wc/testing';
import { cse } from '../../packages/content/src/index.js';
import { utcOffsetTables } from '../../packages/content/src/utc-offsets.js';

// The offset table lets routeAt skip a page's first, slow Intl call. It is generated from
// Node's Intl by scripts/time-zone-table.mjs; here the browser's Intl checks every hour of it.
const timeZone = cse.officeHours.timeZone;

// One formatter for the ~17,500 hours: a new one per call made this test time out on a busy machine.
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

function intlOffsetMinutes(instant: number): number {
  const field: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) field[part.type] = Number(part.value);
  return (Date.UTC(field.year!, field.month! - 1, field.day!, field.hour!, field.minute!) - instant) / 60_000;
}

function tableOffsetMinutes(instant: number): number {
  const table = utcOffsetTables[timeZone]!;
  return table.changes.filter(([from]) => instant >= from).at(-1)![1];
}

describe('the generated UTC offset table', () => {
  describe(`for ${timeZone}, the office hours' zone`, () => {
    const table = utcOffsetTables[timeZone];

    // Past it routeAt asks Intl, which is slower on a page's first call but as right.
    it("exists and reaches past the briefing's review date", () => {
      expect(table, timeZone).to.not.equal(undefined);
      const reviewDue = Date.parse(`${cse.reviewDue}T23:59:59Z`);
      expect(table!.until).to.be.greaterThan(reviewDue);
      expect(table!.changes.length, 'two clock changes a year').to.be.at.least(4);
    });

    it("agrees with the browser's Intl at every hour, and a minute either side of each change", () => {
      const start = table!.changes[0]![0];
      let checked = 0;
      for (let instant = start; instant < table!.until; instant += 3_600_000) {
        expect(tableOffsetMinutes(instant), new Date(instant).toISOString()).to.equal(intlOffsetMinutes(instant));
        checked += 1;
      }
      for (const [change] of table!.changes.slice(1)) {
        for (const instant of [change - 60_000, change, change + 60_000]) {
          expect(tableOffsetMinutes(instant), new Date(instant).toISOString()).to.equal(intlOffsetMinutes(instant));
        }
      }
      expect(checked, 'hours checked').to.be.greaterThan(17_000);
    });
  });
});
