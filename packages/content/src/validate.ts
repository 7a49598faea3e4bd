import { routeAt } from './office-hours.js';
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
 * release may add some). `kind` and `urgency` must be one the model uses, every `href` is
 * `https:`. Then what the renderers look up: all seven sections in order, a contact for every
 * route, office hours that parse in a time zone this browser knows. (`verifyUpdate` refuses a
 * version that is not semver; a malformed review date only means no review line.)
 */
export type BriefingValidation =
  | { readonly ok: true; readonly briefing: Briefing }
  | { readonly ok: false; /** What is wrong, in a few words: `office hours`. */ readonly reason: string };

type Shape = Readonly<Record<string, unknown>>;

/** True when `value` has every field of `model`, with the same type, as described above. */
function fits(model: unknown, value: unknown): boolean {
  if (Array.isArray(model)) return Array.isArray(value) && value.every((item) => model.some((kind) => fits(kind, item)));
  if (typeof model !== 'object' || !model) return typeof value === typeof model;
  return (
    typeof value === 'object' &&
    !!value &&
    Object.keys(model).every((key) => {
      const field = (value as Shape)[key];
      if (key === 'kind' || key === 'urgency') return field === (model as Shape)[key];
      return fits((model as Shape)[key], field) && (key !== 'href' || /^https:\/\/\S+$/.test(field as string));
    })
  );
}

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What keeps the components from rendering `value` like `model`, in a few words; `undefined` if nothing. */
export function briefingProblem(value: unknown, model: Briefing): string | undefined {
  if (!fits(model, value)) return 'shape';
  const briefing = value as Briefing;
  const { contacts, officeHours: hours } = briefing;
  if (briefing.sections.map((section) => section.id).join() !== model.sections.map((section) => section.id).join()) {
    return 'sections';
  }
  const referenced = [
    ...briefing.reportingRoutes.map((route) => route.contactId),
    ...briefing.sections.flatMap((section) => section.body.flatMap((block) => (block.kind === 'contact' ? [block.contactId] : []))),
    hours.openRoute,
    hours.closedRoute,
  ];
  if (!referenced.every((id) => contacts.some((contact) => contact.id === id))) return 'contacts';
  try {
    // Judging an instant reads the time zone: Intl refuses an unknown one. At the review
    // date, which the generated offset table covers, a known zone needs no Intl call.
    routeAt(hours, Date.parse(briefing.reviewed));
    if (time.test(hours.opens) && time.test(hours.closes)) return undefined;
  } catch {
    // An unknown time zone: below.
  }
  return 'office hours';
}

/** The value as a `Briefing` if the components can render it like `model`, or what is wrong. */
export function validateBriefing(value: unknown, model: Briefing): BriefingValidation {
  const reason = briefingProblem(value, model);
  return reason ? { ok: false, reason } : { ok: true, briefing: value as Briefing };
}
