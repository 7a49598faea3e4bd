import { bankHolidaysBetween } from './bank-holiday-rule.js';
import data from '../data/cse.json' with { type: 'json' };
import type { BankHolidayTable, Briefing } from './types.js';

/**
 * England and Wales bank holidays: the rule (bank-holiday-rule.ts) for any year, and where the
 * published list differs from it. Source: GOV.UK's list, https://www.gov.uk/bank-holidays.json
 * ("england-and-wales"), for 2018 to 2027, as copied into public repositories:
 * Fishbowler/workingday-uk bank-holidays.json (2012 to 2020) and dmossop/bank-holidays-data
 * bank-holidays.json (2019 to 2027). Every other published day of those years is the rule's,
 * as test/node/bank-holidays.test.mjs checks against that list.
 */

/**
 * The table itself is data: `officeHours.closedDays` of `packages/content/data/cse.json`, where
 * `added` holds the days a proclamation added (the new date of a moved day, or an extra one:
 * 2020-05-08 for VE Day's 75th anniversary, 2022-06-02 and 2022-06-03 for the Platinum Jubilee,
 * 2022-09-19 for the State Funeral, 2023-05-08 for the coronation) and `removed` the rule's days
 * that a proclamation moved away (2020-05-04, 2022-05-30).
 */
export const englandAndWalesBankHolidays: BankHolidayTable = (data as Briefing).officeHours.closedDays;

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
