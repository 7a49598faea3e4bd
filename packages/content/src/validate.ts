import { bankHolidaysBetween, bankHolidaysOf, englandAndWalesBankHolidaysByRule, isDate, yearOf } from './bank-holiday-rule.js';
import type { BankHoliday, Briefing, PhoneNumber } from './types.js';
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
 * uses. Then every text and list of the value against `texts` (plain text, within its cap), then
 * each rule of `rules` below. A problem is named by the path of the field: `contacts[1].phone.dial`;
 * `problemInPlainWords` (plain-words.ts, not in the drop-ins) says it for staff.
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
            /^(kind|urgency|rule)$/.test(key)
              ? (value as Shape)[key] === (model as Shape)[key]
              : fits((model as Shape)[key], (value as Shape)[key]),
          )))
  );
}

/** `HH:MM`, 00:00 to 23:59. */
const time = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An `https:` address with no space: the scheme is the literal first six characters, so no other can hide in it. */
const httpsLink = /^https:\/\/\S+$/;

/** A bank holiday's name, which the report-it panel writes into a sentence: no markup or entity (`texts` has held it to plain text). */
const noMarkup = /^[^<>&"]*$/;

/**
 * The most characters a text holds, by the name of its field (a list's item by the list's
 * name): what the leaflet's longest of each kind holds with room to spare, so that a page still
 * reads as the one-page leaflet. A paragraph (`text`, 236 now) 300; a list item (`items`, 149)
 * 200; every other text 120 (`defaultTextCap`): a warning sign (92 now), the sentence that
 * introduces a list (`intro`, 80) or goes around a number (`before` 54), names, titles, labels
 * and links (56), numbers, dates and ids.
 */
export const textCaps: Readonly<Record<string, number>> = { text: 300, items: 200 };
export const defaultTextCap = 120;

/**
 * The most items a list holds, by the name of its field. The leaflet is one page, and its
 * lists fill it: 10 warning signs, then at most 5 of anything (contacts, routes, resources, the
 * blocks of a point, the items of a list, weekdays), and 7 points. A list may grow by half: 15
 * warning signs, 8 of any other (`defaultListCap`; the rules keep the 7 points). The bank-holiday
 * table is not printed: 30 days added or removed (5 and 2 since 2020), and a signed file's
 * written-out `days` 400 (123 now, for 15 years).
 */
export const listCaps: Readonly<Record<string, number>> = { warningSigns: 15, added: 30, removed: 30, days: 400 };
export const defaultListCap = 8;

/**
 * Plain text: one or more characters, none of them a control, format (bidi controls such as
 * U+202E and U+2066 to U+2069, U+061C, zero-width characters U+200B to U+200D, U+2060, U+FEFF,
 * the soft hyphen), surrogate, private-use or unassigned character, nor a line or paragraph
 * separator: what a reader sees is every character there is, in the order it is stored.
 */
const plainText = /^\P{C}+$/u;


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

const isDateTest: FieldTest = { test: isDate };

/**
 * The rules of a text by the name of its field, wherever the field is (`date` of each bank
 * holiday added or removed, `href` of the website and of each resource, `contactId` of each
 * route and contact block): `texts` tests each string with its field's, after plain text and
 * its cap. Each test gives `false` (not merely a falsy value) for a value that is wrong. To check one more kind of field, add one line: its name and its test.
 */
const fieldRules: Readonly<Record<string, RegExp | FieldTest>> = {
  // The shape check has made it a string: the pattern alone is `isVersion`.
  version: versionPattern,
  reviewed: isDateTest,
  reviewDue: isDateTest,
  // The bank holidays the page routes by (office-hours.ts); the written-out `days` too.
  date: isDateTest,
  opens: time,
  closes: time,
  timeZone: {
    test: (timeZone: string) => {
      try {
        // Called as a function it is the same constructor, and throws for a zone it does not know.
        return Intl.DateTimeFormat('en-GB', { timeZone });
      } catch {
        return false;
      }
    },
  },
  openRoute: hasPhone,
  closedRoute: hasPhone,
  contactId: hasPhone,
  href: httpsLink,
  // A contact id is in the `part` names of point 7 (sections and resources have such ids too).
  id: /^[a-z\d-]+$/,
  // E.164 (`+443005550050`) or a three-digit short code (`999`, `101`): all a `tel:` link may hold.
  dial: /^(\+\d{7,15}|\d{3})$/,
  // For `mailto:`: letters, digits and `.+-_` only; no `?`, so no subject or body.
  email: /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/,
};

/**
 * The rules of a field at a path, in the order they run after `texts`, each naming the field
 * it refuses. To check one more field, add one line: its path and its test.
 */
const rules: readonly BriefingRule[] = [
  ['topic', { test: (topic: string, _briefing, model) => topic === model.topic }],
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
  // The names the report-it panel shows.
  ['officeHours.closedDays.added.*.name', noMarkup],
  // The number shown is the number dialled: the number as shown, without its spaces and with a
  // leading 0 as +44 (a UK national number, `0300 555 0050`: `+443005550050`), is the dial; a
  // short code (`999`) or a number shown as +44 is its own. `dial`'s own rule has held it to
  // E.164 or three digits, so a file cannot show 999 and dial another number, nor hide another
  // behind bidi controls (`texts` refuses those first).
  ['contacts.*.phone', { test: ({ display, dial }: PhoneNumber) => display.replace(/ /g, '').replace(/^0/, '+44') === dial }],
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
  // The page never shows a removed day's name, so its copy leaves the names out (rollup.config.mjs).
  ['officeHours.closedDays.removed.*.name', noMarkup],
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
  /**
   * The path of the first text of `field` (at `path`, named `key`) that is not plain text, is
   * longer than its cap or fails its field's rule (`fieldRules`), or of the first list longer
   * than its cap: every string and list, in every field, those the model has and any other.
   */
  const texts = (field: unknown, path: string, key: string): string | undefined => {
    if (typeof field == 'string')
      return field.length > (textCaps[key] ?? defaultTextCap) || !plainText.test(field) || fieldRules[key]?.test(field as never, value as Briefing, model) === false
        ? path
        : undefined;
    const list = Array.isArray(field);
    if (list && field.length > (listCaps[key] ?? defaultListCap)) return path;
    // Numbers, `true` and `null` have no fields.
    for (const name in field as Shape) {
      const problem = texts((field as Shape)[name], list ? `${path}[${name}]` : path ? `${path}.${name}` : name, list ? key : name);
      if (problem) return problem;
    }
    return undefined;
  };
  const text = texts(value, '', '');
  if (text) return text;
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
