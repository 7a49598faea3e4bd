import { bankHolidayTableProblem } from './bank-holiday-rule.js';
import type { Briefing } from './types.js';

/**
 * Can the components render an unknown value (parsed JSON) as a briefing? The elements ask
 * before they show a signed update, so that a file that verifies but is malformed (a missing
 * route, an office hour of 25:00) can never break a panel: the page keeps its built-in content.
 * The release command asks too, before it signs.
 *
 * It ships in the drop-in bundle, so instead of a second copy of the schema it measures the
 * value against a model: the briefing this script was built with, which the compiler and the
 * schema tests have checked. Every field the model has, the value has with the same type
 * (an array's items each like one of the model's items; extra fields are ignored, so a later
 * release may add some); `kind` and `urgency` must be one the model uses. The rest of what
 * the renderers rely on is in `briefingProblem` and, for the release command, `releaseProblem`.
 * (`verifyUpdate` refuses a version that is not semver; a malformed review date only means no
 * review line.)
 */
export type BriefingValidation =
  | { readonly ok: true; readonly briefing: Briefing }
  | { readonly ok: false; /** What is wrong, in a few words: `office hours`. */ readonly reason: string };

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
            key === 'kind' || key === 'urgency'
              ? (value as Shape)[key] === (model as Shape)[key]
              : fits((model as Shape)[key], (value as Shape)[key]),
          )))
  );
}

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * What keeps the components from rendering `value` like `model`, in a few words, or
 * `undefined`: the shape (above), all seven sections in order, and office hours as `HH:MM`.
 * The elements run this on every signed update.
 */
export function briefingProblem(value: unknown, model: Briefing): string | undefined {
  if (!fits(model, value)) return 'shape';
  const { sections, officeHours: hours } = value as Briefing;
  if (sections.map((section) => section.id).join() !== model.sections.map((section) => section.id).join()) return 'sections';
  if (!time.test(hours.opens) || !time.test(hours.closes)) return 'office hours';
  return undefined;
}

/**
 * `briefingProblem`, and what only a mistake in the data could break: every route and
 * contact block names a contact the briefing has, and the office's time zone is one Intl
 * knows. The release command runs this before it signs; a signed file has passed it, so the
 * drop-in bundle carries only `briefingProblem`.
 */
export function releaseProblem(value: unknown, model: Briefing): string | undefined {
  const problem = briefingProblem(value, model);
  if (problem) return problem;
  const { contacts, officeHours: hours, reportingRoutes, sections } = value as Briefing;
  const referenced = [
    ...reportingRoutes.map((route) => route.contactId),
    ...sections.flatMap((section) => section.body.flatMap((block) => (block.kind === 'contact' ? [block.contactId] : []))),
    hours.openRoute,
    hours.closedRoute,
  ];
  const links = [value as Briefing].flatMap(({ publisher, resources }) => [publisher.website.href, ...resources.map((resource) => resource.href)]);
  const link = links.find((href) => href !== undefined && !/^https:\/\/\S+$/.test(href));
  if (link !== undefined) return `not an https: link: ${link}`;
  const undialable = contacts.find((contact) => contact.phone && !/^(\+\d{7,15}|\d{3})$/.test(contact.phone.dial));
  if (undialable) return `cannot dial ${undialable.id}`;
  const missing = referenced.find((id) => !contacts.some((contact) => contact.id === id && contact.phone));
  if (missing) return `no phone number for ${missing}`;
  // Release only: nothing in the table reaches markup or a URL, and it costs the updates file 0.4 KiB.
  const holidays = bankHolidayTableProblem(hours.closedDays);
  if (holidays) return holidays;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: hours.timeZone });
  } catch {
    return `unknown time zone ${hours.timeZone}`;
  }
  return undefined;
}

/** The value as a `Briefing` if it passes `releaseProblem`, or what is wrong. */
export function validateBriefing(value: unknown, model: Briefing): BriefingValidation {
  const reason = releaseProblem(value, model);
  return reason ? { ok: false, reason } : { ok: true, briefing: value as Briefing };
}
