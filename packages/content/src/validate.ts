import type { Briefing } from './types.js';
import { isVersion } from './version.js';

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
 * release may add some); `kind` and `urgency` must be one the model uses. Then each rule of
 * `rules` below. A problem is named by the path of the field: `contacts[1].phone.dial`.
 */
export type BriefingValidation =
  | { readonly ok: true; readonly briefing: Briefing }
  | { readonly ok: false; /** The field that is wrong, as a path: `resources[2].href`. */ readonly reason: string };

type Shape = Readonly<Record<string, unknown>>;

/** The path of the first place where `value` does not fit `model`, as described above, or `undefined`. */
function misfit(model: unknown, value: unknown, path: string): string | undefined {
  // (No model value is null: `typeof null` is 'object', so a null value is caught here.)
  if (typeof value !== typeof model || value === null) return path;
  if (Array.isArray(model)) {
    if (!Array.isArray(value)) return path;
    for (let index = 0; index < value.length; index++) {
      const place = `${path}[${index}]`;
      // The item fits one of the model's kinds of item; if none, name the first misfit of the first.
      const misfits = model.map((kind) => misfit(kind, value[index], place));
      if (!misfits.includes(undefined)) return misfits[0] ?? place;
    }
  } else if (typeof model === 'object') {
    for (const key of Object.keys(model as Shape)) {
      const place = path ? `${path}.${key}` : key;
      const problem =
        key === 'kind' || key === 'urgency'
          ? (value as Shape)[key] !== (model as Shape)[key] && place
          : misfit((model as Shape)[key], (value as Shape)[key], place);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** `HH:MM`, 00:00 to 23:59. */
const time = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An `https:` address with no space: the scheme is the literal first six characters, so no other can hide in it. */
const httpsLink = /^https:\/\/\S+$/;

/** A real day of the calendar, `YYYY-MM-DD`: not 2026-02-30, which `Date.parse` rolls over to 2 March. */
function isDate(text: string): boolean {
  return /^\d{4}-\d\d-\d\d$/.test(text) && new Date(Date.parse(text) || 0).toISOString().startsWith(text);
}

/** A contact of the briefing with a phone: every route and contact block names one, as the renderers look each up. */
const hasPhone: FieldTest = (contactId, briefing) => briefing.contacts.some((contact) => contact.id === contactId && contact.phone);

/**
 * A field's rule: its path (`*` for each item of an array, `?` after a field that may be
 * missing) and its test, a pattern or a function that is true when the value is valid.
 */
export type FieldTest = (value: never, briefing: Briefing, model: Briefing) => unknown;
export type BriefingRule = readonly [path: string, test: RegExp | FieldTest];

/**
 * The rules, in the order they run, each naming the field it refuses. To check one more
 * field, add one line: its path and its test (the field's own check, from its own module).
 */
const rules: readonly BriefingRule[] = [
  ['topic', (topic, _briefing, model) => topic === model.topic],
  ['version', isVersion],
  ['reviewed', isDate],
  ['reviewDue', isDate],
  // Written by the release commands inside the signed text: a file without it could be served
  // for ever to freeze the numbers, so it is refused.
  ['expires', (expires) => Date.parse(expires) > 0],
  ['sections', (sections: Briefing['sections'], _briefing, model) => String(sections.map((section) => section.id)) === String(model.sections.map((section) => section.id))],
  ['officeHours.opens', time],
  ['officeHours.closes', time],
  [
    'officeHours.timeZone',
    (timeZone) => {
      try {
        return new Intl.DateTimeFormat('en-GB', { timeZone });
      } catch {
        return false;
      }
    },
  ],
  ['officeHours.openRoute', hasPhone],
  ['officeHours.closedRoute', hasPhone],
  ['publisher.website.href', httpsLink],
  ['resources.*.href?', httpsLink],
  // A contact id is in the `part` names of point 7.
  ['contacts.*.id', /^[a-z\d-]+$/],
  // E.164 (`+443005550050`) or a three-digit short code (`999`, `101`): all a `tel:` link may hold.
  ['contacts.*.phone?.dial', /^(\+\d{7,15}|\d{3})$/],
  // For `mailto:`: letters, digits and `.+-_` only; no `?`, so no subject or body.
  ['contacts.*.email?', /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/],
  ['reportingRoutes.*.contactId', hasPhone],
  ['sections.*.body.*.contactId?', hasPhone],
];

/**
 * The path of the first field that keeps `value` (parsed JSON) from being shown like `model`,
 * or `undefined` when it passes every rule. The elements run this on every signed update and
 * the release commands before they sign.
 */
export function briefingProblem(value: unknown, model: Briefing): string | undefined {
  const shape = misfit(model, value, '');
  if (shape !== undefined) return shape || 'briefing';
  const briefing = value as Briefing;
  /** The path of the first value at `keys` (under `field`, at `path`) that fails `test`. */
  const failing = (field: unknown, [key, ...rest]: string[], test: BriefingRule[1], path: string): string | undefined => {
    if (key === undefined) return (typeof test === 'function' ? test(field as never, briefing, model) : test.test(field as string)) ? undefined : path;
    if (key === '*') {
      for (const [index, item] of (field as unknown[]).entries()) {
        const problem = failing(item, rest, test, `${path}[${index}]`);
        if (problem) return problem;
      }
      return undefined;
    }
    const name = key.replace('?', '');
    const inner = (field as Shape)[name];
    return inner === undefined && key !== name ? undefined : failing(inner, rest, test, path ? `${path}.${name}` : name);
  };
  for (const [path, test] of rules) {
    const problem = failing(briefing, path.split('.'), test, '');
    if (problem) return problem;
  }
  return undefined;
}

/** The value as a `Briefing` if it passes `briefingProblem`, or the field that is wrong. */
export function validateBriefing(value: unknown, model: Briefing): BriefingValidation {
  const reason = briefingProblem(value, model);
  return reason ? { ok: false, reason } : { ok: true, briefing: value as Briefing };
}

/** @deprecated The same rule set as `briefingProblem`, which the page now runs too: one set, not two. */
export const releaseProblem: (value: unknown, model: Briefing) => string | undefined = briefingProblem;
