import { dayInMilliseconds } from './office-hours.js';
import type { Briefing, CalendarDate } from './types.js';

/**
 * Review dates. The partnership reviews its leaflets yearly, so a briefing is due for review
 * twelve months after it was last checked unless its data says otherwise. Calendar dates are
 * read as UTC days: a review date is a day, not an instant, and an hour's difference from
 * Europe/London does not change what a reader should be told.
 */

/** `reviewed` plus twelve months: `2026-11-29` gives `2027-11-29`; 29 February gives 28 February. */
export function defaultReviewDue(reviewed: CalendarDate): CalendarDate {
  const [year, month, day] = reviewed.split('-').map(Number) as [number, number, number];
  const sameDay = new Date(Date.UTC(year + 1, month - 1, day));
  // A day the next year does not have (29 February) rolls over: take the month's last day.
  const due = sameDay.getUTCDate() === day ? sameDay : new Date(Date.UTC(year + 1, month, 0));
  return due.toISOString().slice(0, 10);
}

/** True once the whole of `reviewDue` has passed at `instant` (epoch milliseconds). */
export function isPastReviewDue(briefing: Pick<Briefing, 'reviewDue'>, instant: number): boolean {
  return instant >= Date.parse(briefing.reviewDue) + dayInMilliseconds;
}

/**
 * How far a reader's clock may be ahead before a signed file is judged past its `expires`: a
 * day. A school PC's clock is most often wrong by its zone or by summer time (an hour, at most
 * fourteen), rarely by days; a day's grace keeps a fresh file from being called stale on such a
 * machine, and is small beside the fourteen days a release lives. A clock that is slow (a flat
 * CMOS battery) hides the line instead: no tolerance can help a clock that says 2010.
 */
export const clockTolerance = dayInMilliseconds;

/** True once a signed briefing's `expires`, plus `clockTolerance`, has passed at `instant` (epoch milliseconds). */
export function isPastExpiry(briefing: Pick<Briefing, 'expires'>, instant: number): boolean {
  // No `expires` (the built-in content): `Date.parse` reads "undefined", NaN, never past.
  return instant > Date.parse(briefing.expires!) + clockTolerance;
}

/** The longest a signed `expires` may lie ahead: 31 days after signing. */
export const longestExpiry = 31 * dayInMilliseconds;

/**
 * True when a signed `expires` is an instant that has not passed and lies at most
 * `longestExpiry` ahead, both with `clockTolerance`, by the clock of the machine that asks: a
 * reader's is after the signing, or at most a day behind the signer's. An `expires` of 2124
 * is not; nor is one that passed more than a day ago.
 */
export function isFresh(expires: string): boolean {
  // Half-way between a day ago and 32 days ahead, and no further from it than half of that: NaN is not.
  return Math.abs(Date.parse(expires) - Date.now() - longestExpiry / 2) <= longestExpiry / 2 + clockTolerance;
}
