import type { BankHoliday, CalendarDate, OfficeHours, OfficeHoursRouteId } from './types.js';

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
  /**
   * False when the instant lies past the bank-holiday table: the judgement then rests on the
   * weekday and the time alone, and a screen should say that bank holidays were not checked.
   */
  readonly bankHolidaysKnown: boolean;
  /** The calendar date in the office's time zone, `YYYY-MM-DD`. */
  readonly localDate: CalendarDate;
}

// An instant with its zone: a time without one would be judged in the reader's own zone.
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * An ISO 8601 instant with a zone (`2026-12-25T10:00:00Z`, `2026-07-01T09:30+01:00`) as
 * epoch milliseconds, or `undefined` for anything else, a time without a zone included.
 */
export function parseInstant(text: string): number | undefined {
  if (!isoInstant.test(text.trim())) return undefined;
  const milliseconds = Date.parse(text.trim());
  return Number.isFinite(milliseconds) ? milliseconds : undefined;
}

/** The instant as epoch milliseconds, or a clear error: a wrong number must never be judged. */
function toEpochMilliseconds(instant: Date | number): number {
  const milliseconds = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(milliseconds)) {
    throw new RangeError(`Safer Seven: not a valid instant: ${String(instant)}`);
  }
  return milliseconds;
}

interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

// Building an Intl.DateTimeFormat is slow next to using one: keep one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
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
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time in `timeZone` at an instant, through `Intl` (no hand-written DST rules). */
function localTimeAt(timeZone: string, epochMilliseconds: number): LocalTime {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMilliseconds)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** How far `timeZone` is ahead of UTC at an instant, in milliseconds. */
function utcOffsetAt(timeZone: string, epochMilliseconds: number): number {
  const local = localTimeAt(timeZone, epochMilliseconds);
  const localAsUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return localAsUtc - Math.floor(epochMilliseconds / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` shows a date and time. */
function instantOfLocalTime(timeZone: string, date: CalendarDate, minutesIntoDay: number): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wallClockAsUtc = Date.UTC(year, month - 1, day, 0, minutesIntoDay);
  const firstGuess = wallClockAsUtc - utcOffsetAt(timeZone, wallClockAsUtc);
  // The offset can differ at the answer itself when a clock change lies between the two.
  return wallClockAsUtc - utcOffsetAt(timeZone, firstGuess);
}

function calendarDate(year: number, month: number, day: number): CalendarDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return calendarDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** ISO weekday of a calendar date: 1 is Monday, 7 is Sunday. */
function isoWeekday(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** `HH:MM` as minutes after midnight. */
function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`Safer Seven: office hours need HH:MM, not ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function holidayOn(hours: OfficeHours, date: CalendarDate): BankHoliday | undefined {
  return hours.closedDays.days.find((holiday) => holiday.date === date);
}

/** Whether the office opens at all on a local date (an open weekday that is not a holiday). */
function opensOn(hours: OfficeHours, date: CalendarDate): boolean {
  return hours.weekdays.includes(isoWeekday(date)) && !holidayOn(hours, date);
}

/**
 * Which route applies at an instant: the office's own route while it is open, the
 * out-of-hours route at every other instant. Pure: the same hours and instant always give
 * the same answer, whatever the machine's own time zone.
 */
export function routeAt(hours: OfficeHours, instant: Date | number): RouteJudgement {
  const epochMilliseconds = toEpochMilliseconds(instant);
  const local = localTimeAt(hours.timeZone, epochMilliseconds);
  const localDate = calendarDate(local.year, local.month, local.day);
  const bankHolidaysKnown = localDate <= hours.closedDays.knownUntil;
  const closed = (reason: RouteReason, holiday?: BankHoliday): RouteJudgement => ({
    routeId: hours.closedRoute,
    open: false,
    reason,
    bankHolidaysKnown,
    localDate,
    ...(holiday ? { holiday } : {}),
  });

  if (!hours.weekdays.includes(isoWeekday(localDate))) return closed('weekend');
  const holiday = holidayOn(hours, localDate);
  if (holiday) return closed('bank-holiday', holiday);
  const minute = local.hour * 60 + local.minute;
  if (minute < minutesOf(hours.opens)) return closed('before-opening');
  if (minute >= minutesOf(hours.closes)) return closed('after-closing');
  return { routeId: hours.openRoute, open: true, reason: 'open', bankHolidaysKnown, localDate };
}

/**
 * The next instant after `instant` at which `routeAt` gives another route: closing time
 * while open, otherwise the next opening. Epoch milliseconds, or `undefined` when the office
 * does not open within the next four weeks (no open weekday at all).
 */
export function nextRouteChange(hours: OfficeHours, instant: Date | number): number | undefined {
  const epochMilliseconds = toEpochMilliseconds(instant);
  const judgement = routeAt(hours, epochMilliseconds);
  if (judgement.open) {
    return instantOfLocalTime(hours.timeZone, judgement.localDate, minutesOf(hours.closes));
  }
  for (let days = 0; days < 28; days += 1) {
    const date = addDays(judgement.localDate, days);
    if (!opensOn(hours, date)) continue;
    const opening = instantOfLocalTime(hours.timeZone, date, minutesOf(hours.opens));
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
