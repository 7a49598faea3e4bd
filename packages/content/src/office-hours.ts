import type { BankHoliday, CalendarDate, OfficeHours, OfficeHoursRouteId } from './types.js';
import { bankHolidaysOf, dateOf, isDate } from './bank-holiday-rule.js';
import { utcOffsetTables } from './utc-offsets.js';

/** Why a route applies at an instant. */
export type RouteReason = 'open' | 'before-opening' | 'after-closing' | 'weekend' | 'bank-holiday';

/** Which office-hours route applies at one instant, and why. */
export interface RouteJudgement {
  /** The route to call first at that instant. */
  readonly routeId: OfficeHoursRouteId;
  /** True while the office is open. */
  readonly open: boolean;
  readonly reason: RouteReason;
  /** The bank holiday that closes the office, when `reason` is `bank-holiday`. */
  readonly holiday?: BankHoliday;
  /** The calendar date in the office's time zone, `YYYY-MM-DD`. */
  readonly localDate: CalendarDate;
}

// An instant with its zone: a time without one would be judged in the reader's own zone.
const isoInstant = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/i;

/**
 * An ISO 8601 instant with a zone (`2026-12-25T10:00:00Z`, `2026-07-01T09:30+01:00`) as
 * epoch milliseconds, or `undefined` for anything else, a time without a zone included.
 */
export function parseInstant(text: string): number | undefined {
  const trimmed = text.trim();
  const milliseconds = isoInstant.test(trimmed) ? Date.parse(trimmed) : NaN;
  if (!Number.isFinite(milliseconds)) return undefined;
  // Date.parse rolls 30 February over into March: a day that does not exist is no instant.
  return isDate(trimmed.slice(0, 10)) ? milliseconds : undefined;
}

/** The instant as epoch milliseconds, or a clear error: a wrong number must never be judged. */
function toEpochMilliseconds(instant: Date | number): number {
  const milliseconds = Number(instant);
  if (!Number.isFinite(milliseconds)) throw new RangeError(`Safer Seven: not an instant: ${String(instant)}`);
  return milliseconds;
}

/** A day of wall time, or of UTC (review.ts). */
export const dayInMilliseconds = 86_400_000;

// Building an Intl.DateTimeFormat is slow next to using one: keep one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time in `timeZone` at an instant, written as if it were UTC: a "wall time"
 * whose `getUTC…` fields read the local date and time (seconds dropped), and to which whole
 * days can be added without a clock change. Within the generated offset table no Intl is
 * needed (a page's first Intl call costs tens of milliseconds); elsewhere Intl says it, so
 * there are no hand-written daylight-saving rules either way.
 */
function wallTimeAt(timeZone: string, epochMilliseconds: number): number {
  const table = utcOffsetTables[timeZone];
  const minute = epochMilliseconds - (epochMilliseconds % 60_000);
  if (table && epochMilliseconds >= table.changes[0]![0] && epochMilliseconds < table.until) {
    let offsetMinutes = 0;
    for (const [from, offset] of table.changes) if (epochMilliseconds >= from) offsetMinutes = offset;
    return minute + offsetMinutes * 60_000;
  }
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const field: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatter.formatToParts(epochMilliseconds)) field[part.type] = Number(part.value);
  return Date.UTC(field.year!, field.month! - 1, field.day, field.hour, field.minute);
}

/** The instant at which the wall clock in `timeZone` shows a wall time. */
function instantOfWallTime(timeZone: string, wallTime: number): number {
  // The zone's offset, taken at a first guess and again at the answer: a clock change may
  // lie between the two. Seconds are dropped, as wall times have none.
  const offsetAt = (instant: number) => wallTimeAt(timeZone, instant) - (instant - (instant % 60_000));
  return wallTime - offsetAt(wallTime - offsetAt(wallTime));
}

/** ISO weekday of a wall time: 1 is Monday, 7 is Sunday. */
function isoWeekday(wallTime: number): number {
  return new Date(wallTime).getUTCDay() || 7;
}

/** `HH:MM` as milliseconds after midnight. */
function timeOfDay(time: string): number {
  const match = /^(\d\d):(\d\d)$/.exec(time);
  if (!match) throw new RangeError(`Safer Seven: office hours need HH:MM, not ${time}`);
  return (Number(match[1]) * 60 + Number(match[2])) * 60_000;
}

// By the rule and the table's overrides, for any year: never the written-out `days`, which end.
function holidayOn(hours: OfficeHours, date: CalendarDate): BankHoliday | undefined {
  return bankHolidaysOf(hours.closedDays, Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
}

/**
 * Which route applies at an instant: the office's own route while it is open, the
 * out-of-hours route at every other instant. Pure: the same hours and instant always give
 * the same answer, whatever the machine's own time zone.
 */
export function routeAt(hours: OfficeHours, instant: Date | number): RouteJudgement {
  const wallTime = wallTimeAt(hours.timeZone, toEpochMilliseconds(instant));
  const localDate = dateOf(wallTime);
  const judgement = (reason: RouteReason, holiday?: BankHoliday): RouteJudgement => ({
    routeId: reason === 'open' ? hours.openRoute : hours.closedRoute,
    open: reason === 'open',
    reason,
    localDate,
    ...(holiday ? { holiday } : {}),
  });

  if (!hours.weekdays.includes(isoWeekday(wallTime))) return judgement('weekend');
  const holiday = holidayOn(hours, localDate);
  if (holiday) return judgement('bank-holiday', holiday);
  const sinceMidnight = wallTime % dayInMilliseconds;
  if (sinceMidnight < timeOfDay(hours.opens)) return judgement('before-opening');
  if (sinceMidnight >= timeOfDay(hours.closes)) return judgement('after-closing');
  return judgement('open');
}

/**
 * The next instant after `instant` at which `routeAt` gives another route: closing time
 * while open, otherwise the next opening. Epoch milliseconds, or `undefined` when the office
 * does not open within the next four weeks (no open weekday at all).
 */
export function nextRouteChange(hours: OfficeHours, instant: Date | number): number | undefined {
  const epochMilliseconds = toEpochMilliseconds(instant);
  const wallTime = wallTimeAt(hours.timeZone, epochMilliseconds);
  const midnight = wallTime - (wallTime % dayInMilliseconds);
  if (routeAt(hours, epochMilliseconds).open) {
    return instantOfWallTime(hours.timeZone, midnight + timeOfDay(hours.closes));
  }
  for (let day = midnight; day < midnight + 28 * dayInMilliseconds; day += dayInMilliseconds) {
    if (!hours.weekdays.includes(isoWeekday(day)) || holidayOn(hours, dateOf(day))) continue;
    const opening = instantOfWallTime(hours.timeZone, day + timeOfDay(hours.opens));
    if (opening > epochMilliseconds) return opening;
  }
  return undefined;
}

/**
 * The reporting routes in the order a person should read them at one instant: the
 * emergency first, then the office-hours route that applies now, then the other one (never
 * hidden), then the non-emergency police.
 */
export function routesInOrder<Route extends { readonly contactId: string; readonly urgency: string }>(
  routes: readonly Route[],
  judgement: Pick<RouteJudgement, 'routeId'>,
): Route[] {
  const rank = (route: Route): number => {
    if (route.urgency === 'emergency') return 0;
    if (route.contactId === judgement.routeId) return 1;
    if (route.urgency === 'non-emergency-police') return 3;
    return 2;
  };
  // Array.prototype.sort is stable: routes of one rank keep the data's order.
  return [...routes].sort((first, second) => rank(first) - rank(second));
}
