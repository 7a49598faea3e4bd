// England and Wales bank holidays by rule, with the published moves and extra days as
// overrides: checked against every day GOV.UK published for 2018 to 2027, and against dates
// worked out by hand for 2028 to 2031.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { content, repositoryRoot } from './content.mjs';

const { bankHolidaysBetween, bankHolidaysOf, briefingProblem, cse, easterSunday, englandAndWalesBankHolidays, routeAt, validateBriefing, withDaysWrittenOut } = content;

// GOV.UK's list for England and Wales, 2018 to 2027; where it came from is in the file.
const published = JSON.parse(readFileSync(`${repositoryRoot}test/node/fixtures/gov-uk-bank-holidays-england-and-wales.json`, 'utf8'));

/** A published event as the content names it: a straight apostrophe, "(substitute day)" in the name. */
function asContentNames(event) {
  assert.ok(['', 'Substitute day'].includes(event.notes), `${event.date}: notes "${event.notes}"`);
  return { date: event.date, name: `${event.title.replace('\u2019', "'")}${event.notes ? ' (substitute day)' : ''}` };
}

const publishedDays = published.events.map(asContentNames);
const ruleAlone = { added: [], removed: [] };
const table = englandAndWalesBankHolidays;

// A signed briefing carries an `expires` (issue 16's signed expiry: its rule set requires one).
const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString();
const signedCse = () => ({ ...structuredClone(cse), expires: inTwoWeeks });

/** A briefing changed as a signed file could change it, its days written out as the release does. */
function briefingWithOverrides({ added = [], removed = [] }) {
  const briefing = signedCse();
  const { closedDays } = briefing.officeHours;
  closedDays.added.push(...added);
  closedDays.removed.push(...removed);
  return withDaysWrittenOut(briefing);
}

describe('England and Wales bank holidays', () => {
  describe('from 2018 to 2027, the years GOV.UK has published', () => {
    it('has the published list to check against: 83 days, each year from 2018 to 2027', () => {
      assert.equal(publishedDays.length, 83);
      const years = new Set(publishedDays.map((day) => day.date.slice(0, 4)));
      assert.deepEqual([...years], ['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027']);
    });

    it('gives every published day, named as published, and nothing else', () => {
      assert.deepEqual(bankHolidaysBetween(table, 2018, 2027), publishedDays);
    });

    it('gives each year the same days one year at a time', () => {
      for (let year = 2018; year <= 2027; year += 1) {
        const days = bankHolidaysOf(table, year).sort((first, second) => first.date.localeCompare(second.date));
        assert.deepEqual(days, publishedDays.filter((day) => day.date.startsWith(`${year}-`)), `${year}`);
      }
    });

    it('differs from the rule alone only on the days a proclamation moved or added, 2020, 2022 and 2023', () => {
      const byRule = bankHolidaysBetween(ruleAlone, 2018, 2027);
      const written = (day) => `${day.date} ${day.name}`;
      const notPublished = byRule.filter((day) => !publishedDays.some((other) => written(other) === written(day)));
      const notByRule = publishedDays.filter((day) => !byRule.some((other) => written(other) === written(day)));
      assert.deepEqual(notPublished, table.removed);
      assert.deepEqual(notByRule, table.added);
      assert.deepEqual(
        notByRule.map((day) => day.date),
        ['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08'],
      );
      assert.deepEqual(
        notPublished.map((day) => day.date),
        ['2020-05-04', '2022-05-30'],
      );
    });

    it('takes the substitute days of 2021, 2022 and 2027 as published', () => {
      const substitutes = (year) => bankHolidaysBetween(ruleAlone, year, year).filter((day) => day.name.endsWith('(substitute day)'));
      // Christmas on a Saturday: Christmas Day on Monday 27, Boxing Day on Tuesday 28.
      assert.deepEqual(substitutes(2021), [
        { date: '2021-12-27', name: 'Christmas Day (substitute day)' },
        { date: '2021-12-28', name: 'Boxing Day (substitute day)' },
      ]);
      // New Year's Day on a Saturday; Christmas on a Sunday: Boxing Day Monday 26, Christmas Tuesday 27.
      assert.deepEqual(substitutes(2022), [
        { date: '2022-01-03', name: "New Year's Day (substitute day)" },
        { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
      ]);
      assert.ok(bankHolidaysOf(ruleAlone, 2022).some((day) => day.date === '2022-12-26' && day.name === 'Boxing Day'));
      assert.deepEqual(substitutes(2027), [
        { date: '2027-12-27', name: 'Christmas Day (substitute day)' },
        { date: '2027-12-28', name: 'Boxing Day (substitute day)' },
      ]);
    });
  });

  describe('from 2028 to 2031, by the rule', () => {
    // Worked out by hand from the calendar (weekdays checked with Python's datetime); Easter
    // Sundays from Python's dateutil.easter, a second implementation of the Gregorian Easter.
    const expected = {
      2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
      2029: ['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26'],
      2030: ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26'],
      2031: ['2031-01-01', '2031-04-11', '2031-04-14', '2031-05-05', '2031-05-26', '2031-08-25', '2031-12-25', '2031-12-26'],
    };
    const easterSundays = { 2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21', 2031: '2031-04-13' };

    for (const [year, dates] of Object.entries(expected)) {
      it(`gives the eight days of ${year}`, () => {
        assert.deepEqual(
          bankHolidaysBetween(table, Number(year), Number(year)).map((day) => day.date),
          dates,
        );
      });

      it(`puts Good Friday and Easter Monday of ${year} either side of Easter Sunday, ${easterSundays[year]}`, () => {
        assert.equal(easterSunday(Number(year)), easterSundays[year]);
        const names = Object.fromEntries(bankHolidaysOf(table, Number(year)).map((day) => [day.name, day.date]));
        const easter = Date.parse(easterSundays[year]);
        assert.equal(names['Good Friday'], new Date(easter - 2 * 86_400_000).toISOString().slice(0, 10));
        assert.equal(names['Easter Monday'], new Date(easter + 86_400_000).toISOString().slice(0, 10));
      });
    }

    it("names New Year's Day 2028, a Saturday, as taken on Monday 3 January", () => {
      assert.ok(bankHolidaysOf(table, 2028).some((day) => day.date === '2028-01-03' && day.name === "New Year's Day (substitute day)"));
    });

    it('gives the Easter Sunday of the "Anonymous Gregorian algorithm" (Meeus) in every year from 1583 to 9999', () => {
      // Meeus, Astronomical Algorithms, chapter 8: another formula than the content's, written out here.
      const meeus = (year) => {
        const [a, b, c] = [year % 19, Math.floor(year / 100), year % 100];
        const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
        const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
        const m = Math.floor((a + 11 * h + 22 * l) / 451);
        const month = Math.floor((h + l - 7 * m + 114) / 31);
        return `${year}-${String(month).padStart(2, '0')}-${String(((h + l - 7 * m + 114) % 31) + 1).padStart(2, '0')}`;
      };
      for (let year = 1583; year <= 9999; year += 1) assert.equal(easterSunday(year), meeus(year), `${year}`);
    });

    it('gives Easter Sundays that agree with the published Good Fridays of 2018 to 2027', () => {
      for (const goodFriday of publishedDays.filter((day) => day.name === 'Good Friday')) {
        const easter = new Date(Date.parse(goodFriday.date) + 2 * 86_400_000).toISOString().slice(0, 10);
        assert.equal(easterSunday(Number(goodFriday.date.slice(0, 4))), easter);
      }
    });
  });

  describe('in cse.json and the signed file (withDaysWrittenOut)', () => {
    const written = withDaysWrittenOut(cse).officeHours.closedDays;

    it('writes out the published days and the rule to 2032, the published years and five more', () => {
      assert.equal(written.knownUntil, '2032-12-31');
      assert.deepEqual(written.days.filter((day) => day.date <= '2027-12-31'), publishedDays);
      assert.deepEqual(written.days, bankHolidaysBetween(table, 2018, 2032));
      assert.equal(written.days.filter((day) => day.date.startsWith('2032-')).length, 8);
    });

    it('keeps the rule and its overrides beside the dates, and changes nothing else', () => {
      const { knownUntil, days, ...rest } = written;
      assert.ok(knownUntil && days);
      assert.deepEqual(rest, cse.officeHours.closedDays);
      assert.equal(cse.officeHours.closedDays.days, undefined, 'the drop-in data carries no written-out days');
    });

    it('writes the same dates into dist/cse.json', () => {
      const json = JSON.parse(readFileSync(`${repositoryRoot}packages/content/dist/cse.json`, 'utf8'));
      assert.deepEqual(json.officeHours.closedDays, JSON.parse(JSON.stringify(written)));
    });
  });
});

describe('a signed file, read by a script released before the rule', () => {
  // That script's model of the table: the written-out list alone, as it was to 2027.
  const oldModel = {
    ...structuredClone(cse),
    version: '0.0.1',
    officeHours: { ...cse.officeHours, closedDays: { region: 'England and Wales', knownUntil: '2027-12-31', days: [{ date: '2027-12-28', name: 'Boxing Day (substitute day)' }] } },
  };

  it('is taken with the days written out, and refused without them', async () => {
    const keys = await content.generateSigningKeys();
    const freshnessKeys = await content.generateSigningKeys();
    const publicKey = `${await content.publicKeyText(keys.publicKey)} fresh:${await content.publicKeyText(freshnessKeys.publicKey)}`;
    const sign = async (briefing) =>
      JSON.stringify(await content.withFreshnessRecord(await content.signBriefingText(JSON.stringify(briefing), 'cse', keys), briefing.expires, freshnessKeys));
    const written = await content.verifyUpdate(await sign(withDaysWrittenOut(signedCse())), publicKey, oldModel);
    assert.equal(written.ok, true, written.reason);
    assert.equal(written.briefing.officeHours.closedDays.days.find((day) => day.date === '2028-04-14')?.name, 'Good Friday');
    const bare = await content.verifyUpdate(await sign(signedCse()), publicKey, oldModel);
    assert.deepEqual([bare.ok, bare.reason], [false, 'invalid shape']);
  });
});

describe('the bank-holiday table in the one rule set (validateBriefing, as the release runs it)', () => {
  it('finds nothing wrong with the built-in table, bare or written out', () => {
    assert.equal(validateBriefing(signedCse(), cse).ok, true);
    assert.equal(validateBriefing(withDaysWrittenOut(signedCse()), cse).ok, true);
  });

  const moved = { added: [{ date: '2029-05-04', name: 'Early May bank holiday' }], removed: [{ date: '2029-05-07', name: 'Early May bank holiday' }] };

  it('takes a day moved and a day added, as a later signed file could carry them', () => {
    const briefing = briefingWithOverrides({ added: [...moved.added, { date: '2029-06-13', name: 'An extra bank holiday' }], removed: moved.removed });
    const result = validateBriefing(briefing, cse);
    assert.equal(result.ok, true, result.reason);
  });

  // What the page refuses too (briefingProblem): what a renderer shows or routing reads.
  const wrongOnThePage = {
    'an unknown rule': ['officeHours.closedDays', (closedDays) => (closedDays.rule = 'scotland')],
    'a date that does not exist': ['officeHours.closedDays.added[5].date', (closedDays) => closedDays.added.push({ date: '2029-02-30', name: 'An extra bank holiday' })],
    'a date that is not ISO 8601': ['officeHours.closedDays.added[5].date', (closedDays) => closedDays.added.push({ date: '13/06/2029', name: 'An extra bank holiday' })],
    'markup in a name': ['officeHours.closedDays.added[5].name', (closedDays) => closedDays.added.push({ date: '2029-06-13', name: '<img src=x onerror=alert(1)>' })],
    'a control character in a name': ['officeHours.closedDays.added[5].name', (closedDays) => closedDays.added.push({ date: '2029-06-13', name: 'Extra\u202eday' })],
    'an empty name': ['officeHours.closedDays.added[5].name', (closedDays) => closedDays.added.push({ date: '2029-06-13', name: '' })],
  };
  for (const [name, [field, breakIt]] of Object.entries(wrongOnThePage)) {
    it(`refuses ${name}, on the page too`, () => {
      const briefing = signedCse();
      breakIt(briefing.officeHours.closedDays);
      // The shape check refuses another rule (as another `kind`); every other, the field.
      const expected = field === 'officeHours.closedDays' ? 'shape' : field;
      assert.equal(briefingProblem(briefing, cse), expected);
      assert.equal(validateBriefing(briefing, cse).reason, expected);
    });
  }

  // Release only (releaseRules): the table agrees with its rule; the page does not check it.
  const wrongAtRelease = {
    // The page never shows a removed day's name (its drop-in copy leaves them out).
    'markup in a removed day\'s name': ['officeHours.closedDays.removed[0].name', (closedDays) => (closedDays.removed[0].name = 'Early May <b>')],
    'a removed day the rule does not give': ['officeHours.closedDays.removed[2]', (closedDays) => closedDays.removed.push({ date: '2029-05-08', name: 'Early May bank holiday' })],
    'a day removed twice': ['officeHours.closedDays.removed[0]', (closedDays) => closedDays.removed.push({ date: '2020-05-04', name: 'Early May bank holiday' })],
    'an added day the rule already gives': ['officeHours.closedDays.added[5]', (closedDays) => closedDays.added.push({ date: '2029-05-07', name: 'Early May bank holiday' })],
    'a day added twice': ['officeHours.closedDays.added[2]', (closedDays) => closedDays.added.push({ date: '2022-06-03', name: 'Platinum Jubilee bank holiday' })],
  };
  for (const [name, [field, breakIt]] of Object.entries(wrongAtRelease)) {
    it(`refuses ${name} at release`, () => {
      const briefing = signedCse();
      breakIt(briefing.officeHours.closedDays);
      assert.equal(validateBriefing(briefing, cse).reason, field);
      assert.equal(content.releaseProblem(briefing, cse), field);
      assert.equal(briefingProblem(briefing, cse), undefined);
    });
  }

  const wrongDays = {
    'written-out days that miss a day': ['days', (closedDays) => closedDays.days.splice(3, 1)],
    'written-out days that do not match an added day': ['days', (closedDays) => closedDays.added.push({ date: '2029-06-13', name: 'An extra bank holiday' })],
    'written-out days that are not a list': ['days', (closedDays) => (closedDays.days = 'every Monday')],
    'written-out days that end before 31 December': ['days', (closedDays) => (closedDays.knownUntil = '2032-06-30')],
    'an end of the written-out days without them': ['knownUntil', (closedDays) => delete closedDays.days],
  };
  for (const [name, [field, breakIt]] of Object.entries(wrongDays)) {
    it(`refuses ${name} at release`, () => {
      const briefing = withDaysWrittenOut(signedCse());
      breakIt(briefing.officeHours.closedDays);
      assert.equal(validateBriefing(briefing, cse).reason, `officeHours.closedDays.${field}`);
    });
  }
});

describe('routeAt with bank holidays that a signed file adds and moves', () => {
  const at = (hours, iso) => routeAt(hours, new Date(iso));
  const builtIn = cse.officeHours;
  const signed = briefingWithOverrides({
    added: [{ date: '2029-05-04', name: 'Early May bank holiday' }, { date: '2029-06-13', name: 'An extra bank holiday' }],
    removed: [{ date: '2029-05-07', name: 'Early May bank holiday' }],
  }).officeHours;

  it('closes on the day the early May bank holiday moved to (Friday 4 May 2029)', () => {
    assert.equal(at(builtIn, '2029-05-04T10:00:00+01:00').routeId, 'childrens-services');
    assert.deepEqual(at(signed, '2029-05-04T10:00:00+01:00'), {
      routeId: 'emergency-duty-team',
      open: false,
      reason: 'bank-holiday',
      localDate: '2029-05-04',
      holiday: { date: '2029-05-04', name: 'Early May bank holiday' },
    });
  });

  it('opens on the day it moved from (Monday 7 May 2029)', () => {
    assert.equal(at(builtIn, '2029-05-07T10:00:00+01:00').reason, 'bank-holiday');
    assert.deepEqual(at(signed, '2029-05-07T10:00:00+01:00'), { routeId: 'childrens-services', open: true, reason: 'open', localDate: '2029-05-07' });
  });

  it('closes on an extra day (Wednesday 13 June 2029) and opens the next', () => {
    assert.equal(at(builtIn, '2029-06-13T10:00:00+01:00').open, true);
    assert.equal(at(signed, '2029-06-13T10:00:00+01:00').holiday?.name, 'An extra bank holiday');
    assert.equal(content.nextRouteChange(signed, Date.parse('2029-06-13T10:00:00+01:00')), Date.parse('2029-06-14T09:00:00+01:00'));
  });

  it('closes on Good Friday 2028 without a signed file, by the rule', () => {
    assert.deepEqual(at(builtIn, '2028-04-14T10:00:00+01:00').holiday, { date: '2028-04-14', name: 'Good Friday' });
  });
});
