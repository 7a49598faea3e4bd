import type { BankHoliday, BankHolidayTable, CalendarDate } from './types.js';

/**
 * England and Wales bank holidays by rule, for any year: the usual eight days (set by the
 * Banking and Financial Dealings Act 1971, royal proclamation and custom), each on the weekday
 * it is taken, and a table's `added` and `removed` days for the years a proclamation moved or
 * added one. Pure functions of the year: no clock, no Intl.
 */

/** The calendar date of an instant in UTC (or of a wall time, in office-hours.ts), `YYYY-MM-DD`. */
export const dateOf = (epochMilliseconds: number): CalendarDate => new Date(epochMilliseconds).toISOString().slice(0, 10);
/** A real day of the calendar, `YYYY-MM-DD`: not 2026-02-30, which `Date.parse` rolls over to 2 March. */
export const isDate = (text: string): boolean => /^\d{4}-\d\d-\d\d$/.test(text) && dateOf(Date.parse(text) || 0) === text;
export const yearOf = (date: CalendarDate): number => Number(date.slice(0, 4));

/**
 * Easter Sunday as a day of March (32 is 1 April) in the Gregorian calendar: Gauss's Easter
 * formula as Lichtenberg corrected it for every Gregorian year (H. Lichtenberg, "Zur
 * Interpretation der Gaußschen Osterformel und ihrer Ausnahmeregeln", Historia Mathematica 24,
 * 1997, 441-444). It gives the same day as the "Anonymous Gregorian algorithm" (Meeus,
 * Astronomical Algorithms, chapter 8) in every year from 1583 to 9999, and in fewer steps.
 */
function easterInMarch(year: number): number {
  const century = Math.floor(year / 100);
  // The solar equation: the century leap days that the Gregorian calendar leaves out.
  const solar = Math.floor((3 * century + 3) / 4);
  const golden = year % 19;
  // The age of the moon on 21 March: 15 plus the solar, less the lunar equation.
  const epact = (19 * golden + 15 + solar - Math.floor((8 * century + 13) / 25)) % 30;
  // The Paschal full moon, a day of March; its last term is the exception of 1954 and 1981.
  const fullMoon = 21 + epact - Math.floor((epact + Math.floor(golden / 11)) / 29);
  // The first Sunday of March.
  const firstSunday = 7 - ((year + Math.floor(year / 4) + 2 - solar) % 7);
  // The Sunday after the full moon.
  return fullMoon + 7 - ((fullMoon - firstSunday) % 7);
}

/** Easter Sunday in the Gregorian calendar, `YYYY-MM-DD`. */
export function easterSunday(year: number): CalendarDate {
  return dateOf(Date.UTC(year, 2, easterInMarch(year)));
}

/**
 * The days the rule gives in `year`: New Year's Day, Good Friday, Easter Monday, the first and
 * last Mondays of May, the last Monday of August, Christmas Day and Boxing Day (in that order:
 * `bankHolidaysBetween` sorts). A fixed day on a weekend is taken on the next weekday that is
 * not already a bank holiday, named `(substitute day)`, as GOV.UK lists them: New Year's Day on
 * the Monday; Christmas on a Saturday gives Monday 27 and Boxing Day Tuesday 28; Christmas on a
 * Sunday gives Boxing Day Monday 26 and Christmas Tuesday 27; Boxing Day on a Saturday, Monday 28.
 */
export function englandAndWalesBankHolidaysByRule(year: number): BankHoliday[] {
  const weekdayOf = (month: number, date: number): number => new Date(Date.UTC(year, month, date)).getUTCDay();
  // The date of the first Monday on or after a day: the 25th gives the last Monday of May and
  // of August, which have 31 days.
  const mondayFrom = (month: number, date: number): number => date + ((8 - weekdayOf(month, date)) % 7);
  const easter = easterInMarch(year);
  const newYearOnWeekday = weekdayOf(0, 1) % 6;
  // Christmas Day's weekday: 0 Sunday, 5 Friday, 6 Saturday.
  const christmas = weekdayOf(11, 25);
  // [month from 0, day of the month, name, taken on a substitute day]
  const days: [number, number, string, boolean?][] = [
    [0, newYearOnWeekday ? 1 : mondayFrom(0, 1), "New Year's Day", !newYearOnWeekday],
    [2, easter - 2, 'Good Friday'],
    [2, easter + 1, 'Easter Monday'],
    [4, mondayFrom(4, 1), 'Early May bank holiday'],
    [4, mondayFrom(4, 25), 'Spring bank holiday'],
    [7, mondayFrom(7, 25), 'Summer bank holiday'],
    [11, christmas % 6 ? 25 : 27, 'Christmas Day', !(christmas % 6)],
    [11, christmas > 4 ? 28 : 26, 'Boxing Day', christmas > 4],
  ];
  return days.map(([month, date, name, substitute]) => ({
    date: dateOf(Date.UTC(year, month, date)),
    name: substitute ? `${name} (substitute day)` : name,
  }));
}

/** A table's bank holidays in `year`, in no set order: the rule's days, less `removed`, plus `added`. */
export function bankHolidaysOf(table: Pick<BankHolidayTable, 'added' | 'removed'>, year: number): BankHoliday[] {
  return englandAndWalesBankHolidaysByRule(year)
    .filter((day) => !table.removed.some((removed) => removed.date === day.date))
    .concat(table.added.filter((day) => yearOf(day.date) === year));
}

/** A table's bank holidays from the start of `fromYear` to the end of `toYear`, in date order. */
export function bankHolidaysBetween(table: Pick<BankHolidayTable, 'added' | 'removed'>, fromYear: number, toYear: number): BankHoliday[] {
  const days: BankHoliday[] = [];
  for (let year = fromYear; year <= toYear; year += 1) days.push(...bankHolidaysOf(table, year));
  return days.sort((first, second) => first.date.localeCompare(second.date));
}
