import type { Briefing } from './types.js';
import { utcOffsetTables } from './utc-offsets.js';
import { isVersion } from './version.js';

/**
 * Is an unknown value (parsed JSON) a briefing the components can render? The release command
 * asks before it signs, and the elements ask again before they show a signed update, so that a
 * file that verifies but is malformed (a missing route, an office hour of 25:00) can never
 * break a panel: the page keeps its built-in content instead. It checks everything the
 * renderers rely on (every id a block or route points at exists, links are `https:`, dates and
 * hours parse), not the words. It ships in the drop-in bundle, so it stays compact.
 */
export type BriefingValidation =
  | { readonly ok: true; readonly briefing: Briefing }
  | { readonly ok: false; /** The first part found wrong, such as `officeHours`. */ readonly reason: string };

type Shape = Readonly<Record<string, unknown>>;

const sectionIds = 'what-it-is why-it-matters information definition warning-signs where-to-get-help report-it'.split(' ');
const contactIds = 'childrens-services emergency-duty-team police-non-emergency police-emergency cse-team'.split(' ');
const routeIds = contactIds.slice(0, 2);
const urgencies = 'emergency office-hours out-of-hours non-emergency-police'.split(' ');

const shape = (value: unknown): Shape => (typeof value === 'object' && value && !Array.isArray(value) ? (value as Shape) : {});
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isHttps = (value: unknown) => isText(value) && /^https:\/\/[^\s]+$/.test(value);
const isDate = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && new Date(Date.parse(value)).toISOString().startsWith(value);
const isTime = (value: unknown) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
const isListOf = (value: unknown, check: (item: Shape, index: number) => unknown, least = 1): boolean =>
  Array.isArray(value) && value.length >= least && value.every((item, index) => check(shape(item), index));
const isTextList = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every(isText);

/** A zone the page can judge office hours in: one with a generated table, or one Intl knows. */
function isTimeZone(value: unknown): boolean {
  if (!isText(value)) return false;
  if (utcOffsetTables[value]) return true;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function firstProblem(briefing: Shape): string | undefined {
  const contacts = Array.isArray(briefing.contacts) ? briefing.contacts.map(shape) : [];
  const ids = contacts.map((contact) => contact.id);
  const hasPhone = (id: unknown) => contacts.some((contact) => contact.id === id && contact.phone);
  const publisher = shape(briefing.publisher);
  const social = shape(publisher.social);
  const website = shape(publisher.website);
  const hours = shape(briefing.officeHours);
  const closedDays = shape(hours.closedDays);

  if (![briefing.topic, briefing.series, briefing.title, briefing.shortTitle].every(isText)) return 'names';
  if (!isVersion(briefing.version)) return 'version';
  if (!isDate(briefing.reviewed) || !isDate(briefing.reviewDue) || briefing.reviewDue! < briefing.reviewed!) {
    return 'review dates';
  }
  if (![publisher.name, publisher.shortName, website.label, social.network, social.handle, social.hashtag].every(isText)) {
    return 'publisher';
  }
  if (!isHttps(website.href)) return 'publisher';
  if (!isText(shape(briefing.source).title)) return 'source';
  if (
    new Set(ids).size !== ids.length ||
    !isListOf(briefing.contacts, (contact) => {
      const phone = shape(contact.phone);
      return (
        contactIds.includes(contact.id as string) &&
        isText(contact.name) &&
        isText(contact.purpose) &&
        optional(contact.phone, () => isText(phone.display) && /^(\+\d{7,15}|\d{3})$/.test(phone.dial as string)) &&
        optional(phone.menuOption, (option) => Number.isInteger(option) && (option as number) > 0) &&
        optional(contact.email, (email) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email as string)) &&
        optional(contact.hoursText, isText)
      );
    })
  ) {
    return 'contacts';
  }
  if (!isTextList(briefing.warningSigns)) return 'warningSigns';
  if (
    !isListOf(briefing.sections, (section, index) => {
      return (
        section.number === index + 1 &&
        section.id === sectionIds[index] &&
        isText(section.title) &&
        isListOf(section.body, (block) => {
          switch (block.kind) {
            case 'paragraph':
              return isText(block.text);
            case 'list':
              return isTextList(block.items) && optional(block.intro, isText);
            case 'contact':
              return ids.includes(block.contactId) && isText(block.lead);
            case 'warning-signs':
            case 'resources':
            case 'reporting-routes':
              return isText(block.intro);
            default:
              return block.kind === 'publisher-links';
          }
        })
      );
    }) ||
    (briefing.sections as unknown[]).length !== sectionIds.length
  ) {
    return 'sections';
  }
  if (
    !isListOf(
      briefing.reportingRoutes,
      (route) =>
        hasPhone(route.contactId) &&
        urgencies.includes(route.urgency as string) &&
        isText(route.before) &&
        optional(route.after, isText),
    )
  ) {
    return 'reportingRoutes';
  }
  if (
    !isTimeZone(hours.timeZone) ||
    !isListOf(hours.weekdays, (_, index) => [1, 2, 3, 4, 5, 6, 7].includes((hours.weekdays as unknown[])[index] as number), 0) ||
    !isTime(hours.opens) ||
    !isTime(hours.closes) ||
    ![hours.openRoute, hours.closedRoute].every((id) => routeIds.includes(id as string) && hasPhone(id)) ||
    !isText(closedDays.region) ||
    !isDate(closedDays.knownUntil) ||
    !isListOf(closedDays.days, (day) => isDate(day.date) && isText(day.name), 0)
  ) {
    return 'officeHours';
  }
  if (!isListOf(briefing.resources, (resource) => isText(resource.id) && isText(resource.name) && optional(resource.href, isHttps), 0)) {
    return 'resources';
  }
  return undefined;
}

/** The value as a `Briefing` if the components can render it, or the first part that is wrong. */
export function validateBriefing(value: unknown): BriefingValidation {
  const problem = firstProblem(shape(value));
  return problem ? { ok: false, reason: problem } : { ok: true, briefing: value as Briefing };
}
