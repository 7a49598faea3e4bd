import { bankHolidaysBetween, bankHolidaysOf, englandAndWalesBankHolidaysByRule, isDate, yearOf } from './bank-holiday-rule.js';
import type { BankHoliday, Briefing } from './types.js';
import { isFresh } from './review.js';
import { versionPattern } from './version.js';

/**
 * The one rule set of a briefing, shared by the release command (before it signs) and the
 * page (on every signed update, in safer-seven-updates.min.js): whatever passes it, the
 * components and the static HTML render as data, never as code. A file that a leaked key
 * signed can therefore hold wrong words or numbers, but no link of another scheme than
 * `https:`, no `tel:` or `mailto:` that is more than a number or an address, and nothing the
 * renderers could turn into markup: Lit's templates and `escapeHtml` write every text as
 * text, and every attribute the renderers fill from data is held to a pattern here.
 *
 * It ships in the updates drop-in, so instead of a second copy of the schema it measures the
 * value against a model: the briefing this script was built with, which the compiler and the
 * schema tests have checked. Every field the model has, the value has with the same type
 * (an array's items each like one of the model's items; extra fields are ignored, so a later
 * release may add some); `kind`, `urgency` and the bank holidays' `rule` must be one the model
 * uses. Then each rule of `rules` below. A problem is named by the path of the field: `contacts[1].phone.dial`.
 */
export type BriefingValidation =
  | { readonly ok: true; readonly briefing: Briefing }
  | { readonly ok: false; /** The field that is wrong, as a path: `resources[2].href`. */ readonly reason: string };

type Shape = Readonly<Record<string, unknown>>;

/** True when `value` has every field of `model`, with the same type, as described above. */
function fits(model: unknown, value: unknown): boolean {
  return (
    typeof value === typeof model &&
    (Array.isArray(model)
      ? Array.isArray(value) && value.every((item) => model.some((kind) => fits(kind, item)))
      : typeof model !== 'object' ||
        (value !== null &&
          Object.keys(model as Shape).every((key) =>
            key === 'kind' || key === 'urgency' || key === 'rule'
              ? (value as Shape)[key] === (model as Shape)[key]
              : fits((model as Shape)[key], (value as Shape)[key]),
          )))
  );
}

/** `HH:MM`, 00:00 to 23:59. */
const time = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An `https:` address with no space: the scheme is the literal first six characters, so no other can hide in it. */
const httpsLink = /^https:\/\/\S+$/;

/** Plain text a renderer shows as it is, 1 to 80 characters: no markup or entity, no control or bidi character. */
const plainText = /^[^\p{C}<>&"]{1,80}$/u;

/** A test of a field: a pattern, or an object with a `test` that is true when the value is valid. */
export interface FieldTest {
  test(value: never, briefing: Briefing, model: Briefing): unknown;
}

/**
 * A rule: the path of a field (`*` for each item of an array) and its test. A field that is
 * missing is not tested: the shape check has made sure that every field the model has is there,
 * so only an optional one can be missing (a contact's `email`, a resource's `href`).
 */
export type BriefingRule = readonly [path: string, test: RegExp | FieldTest];

/** A contact of the briefing with a phone: every route and contact block names one, as the renderers look each up. */
const hasPhone: FieldTest = { test: (contactId, briefing) => briefing.contacts.some((contact) => contact.id === contactId && contact.phone) };

/**
 * The rules, in the order they run, each naming the field it refuses. To check one more
 * field, add one line: its path and its test (the field's own check, from its own module).
 */
const rules: readonly BriefingRule[] = [
  ['topic', { test: (topic: string, _briefing, model) => topic === model.topic }],
  // The shape check has made it a string: the pattern alone is `isVersion`.
  ['version', versionPattern],
  ['reviewed', { test: isDate }],
  ['reviewDue', { test: isDate }],
  // Written by the release commands inside the signed text, and required (see `briefingProblem`):
  // not past, and at most 31 days after signing, each with a day's tolerance (review.ts).
  ['expires', { test: isFresh }],
  [
    'sections',
    {
      test: (sections: Briefing['sections'], _briefing, model) =>
        String(sections.map((section) => section.id)) === String(model.sections.map((section) => section.id)),
    },
  ],
  ['officeHours.opens', time],
  ['officeHours.closes', time],
  [
    'officeHours.timeZone',
    {
      test: (timeZone: string) => {
        try {
          return new Intl.DateTimeFormat('en-GB', { timeZone });
        } catch {
          return false;
        }
      },
    },
  ],
  // The bank holidays the page routes by (office-hours.ts) and names in the report-it panel.
  // The written-out `days` it never reads: `releaseRules` checks them.
  ['officeHours.closedDays.added.*.date', { test: isDate }],
  ['officeHours.closedDays.added.*.name', plainText],
  ['officeHours.closedDays.removed.*.date', { test: isDate }],
  ['officeHours.closedDays.removed.*.name', plainText],
  ['officeHours.openRoute', hasPhone],
  ['officeHours.closedRoute', hasPhone],
  ['publisher.website.href', httpsLink],
  ['resources.*.href', httpsLink],
  // A contact id is in the `part` names of point 7.
  ['contacts.*.id', /^[a-z\d-]+$/],
  // E.164 (`+443005550050`) or a three-digit short code (`999`, `101`): all a `tel:` link may hold.
  ['contacts.*.phone.dial', /^(\+\d{7,15}|\d{3})$/],
  // For `mailto:`: letters, digits and `.+-_` only; no `?`, so no subject or body.
  ['contacts.*.email', /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/],
  ['reportingRoutes.*.contactId', hasPhone],
  ['sections.*.body.*.contactId', hasPhone],
];

/** The bank holidays of a briefing's table on the date of `day`. */
const onDateOf = (day: BankHoliday, days: readonly BankHoliday[]): number => days.filter((other) => other.date === day.date).length;

/**
 * Release only: rules that a mistake in the data could break but that change nothing a page
 * shows or how it routes (the page's own rules above have passed every date and name), so the
 * page leaves them out and the updates drop-in does not carry them. The release commands run
 * them after `rules` (`releaseProblem`). The bank-holiday table agrees with its rule: each
 * removed day is one the rule gives, once; no date is a bank holiday twice (an added day the
 * rule gives, or added twice); and the written-out `days`, where there are, are the rule with
 * `added` and `removed`, whole years from the first day's year to `knownUntil`, 31 December.
 */
export const releaseRules: readonly BriefingRule[] = [
  [
    'officeHours.closedDays.removed.*',
    {
      test: (day: BankHoliday, { officeHours: { closedDays } }) =>
        onDateOf(day, closedDays.removed) === 1 && onDateOf(day, englandAndWalesBankHolidaysByRule(yearOf(day.date))),
    },
  ],
  ['officeHours.closedDays.added.*', { test: (day: BankHoliday, { officeHours: { closedDays } }) => onDateOf(day, bankHolidaysOf(closedDays, yearOf(day.date))) === 1 }],
  [
    'officeHours.closedDays.days',
    {
      test: (days: unknown, { officeHours: { closedDays } }) => {
        const until = String(closedDays.knownUntil);
        const first = (days as BankHoliday[] | null)?.[0]?.date ?? until;
        return until.endsWith('-12-31') && JSON.stringify(days) === JSON.stringify(bankHolidaysBetween(closedDays, yearOf(first), yearOf(until)));
      },
    },
  ],
  // `knownUntil` without `days`.
  ['officeHours.closedDays.knownUntil', { test: (_until: unknown, { officeHours: { closedDays } }) => closedDays.days }],
];

/** Each value at `keys` under `field` (at `path`), with its path; a missing one is left out. */
function valuesAt(field: unknown, [key, ...rest]: readonly string[], path: string): [unknown, string][] {
  if (field === undefined) return [];
  if (key === undefined) return [[field, path]];
  if (key === '*') return (field as unknown[]).flatMap((item, index) => valuesAt(item, rest, `${path}[${index}]`));
  return valuesAt((field as Shape)[key], rest, path ? `${path}.${key}` : key);
}

/**
 * The path of the first field that keeps `value` (parsed JSON) from being shown like `model`,
 * or `undefined` when it passes every rule. The elements run this on every signed update; the
 * release commands run it with `releaseRules` too (`releaseProblem`) before they sign.
 */
export function briefingProblem(value: unknown, model: Briefing, releaseOnly: readonly BriefingRule[] = []): string | undefined {
  // A signed briefing has an `expires` (a file without one could be served for ever, to freeze
  // the numbers): the model has it too, so the shape check requires it.
  if (!fits({ ...model, expires: '' }, value)) return 'shape';
  for (const [path, test] of [...rules, ...releaseOnly]) {
    const bad = valuesAt(value, path.split('.'), '').find(([field]) => !test.test(field as never, value as Briefing, model));
    if (bad) return bad[1];
  }
  return undefined;
}

/** The rule set as the release commands run it: `briefingProblem` with `releaseRules`. */
export function releaseProblem(value: unknown, model: Briefing): string | undefined {
  return briefingProblem(value, model, releaseRules);
}

/** The value as a `Briefing` if it passes `releaseProblem`, or the field that is wrong. */
export function validateBriefing(value: unknown, model: Briefing): BriefingValidation {
  const reason = releaseProblem(value, model);
  return reason ? { ok: false, reason } : { ok: true, briefing: value as Briefing };
}
