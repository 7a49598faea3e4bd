import { bankHolidaysBetween } from './bank-holiday-rule.js';
import type { BankHoliday, BankHolidayTable, Briefing } from './types.js';

/**
 * England and Wales bank holidays: the rule (bank-holiday-rule.ts) for any year, and where the
 * published list differs from it. Source: GOV.UK's list, https://www.gov.uk/bank-holidays.json
 * ("england-and-wales"), for 2018 to 2027, as copied into public repositories:
 * Fishbowler/workingday-uk bank-holidays.json (2012 to 2020) and dmossop/bank-holidays-data
 * bank-holidays.json (2019 to 2027). Every other published day of those years is the rule's,
 * as test/node/bank-holidays.test.mjs checks against that list.
 */

/** Days a proclamation added: the new date of a moved day, or an extra one. */
const added: readonly BankHoliday[] = [
  // 2020: the early May bank holiday moved from Monday 4 to Friday 8 May, the 75th
  // anniversary of VE Day.
  { date: '2020-05-08', name: 'Early May bank holiday (VE day)' },
  // 2022: the spring bank holiday moved from Monday 30 May to Thursday 2 June, with an extra
  // day for the Platinum Jubilee, and an extra day for the State Funeral.
  { date: '2022-06-02', name: 'Spring bank holiday' },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  // 2023: an extra day for the coronation.
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
];

/** The rule's days that a proclamation moved away. */
const removed: readonly BankHoliday[] = [
  { date: '2020-05-04', name: 'Early May bank holiday' },
  { date: '2022-05-30', name: 'Spring bank holiday' },
];

export const englandAndWalesBankHolidays: BankHolidayTable = {
  region: 'England and Wales',
  rule: 'england-and-wales',
  added,
  removed,
};

// The written-out days span the published years and five more.
const firstYear = 2018;
const lastYear = 2032;

/**
 * The briefing as `cse.json` and the signed content file carry it: its bank holidays also
 * written out, `days` up to `knownUntil`, from the first published year to five years past
 * the last. A site that reads the JSON without JavaScript (PHP, a CMS) cannot work out Easter,
 * and scripts released before the rule read only `days`. The drop-in works them out instead,
 * so its data does not carry them: they would cost it about 60 bytes of gzip.
 */
export function withDaysWrittenOut(briefing: Briefing): Briefing {
  const { officeHours } = briefing;
  const { closedDays } = officeHours;
  const days = bankHolidaysBetween(closedDays, firstYear, lastYear);
  return { ...briefing, officeHours: { ...officeHours, closedDays: { ...closedDays, knownUntil: `${lastYear}-12-31`, days } } };
}
