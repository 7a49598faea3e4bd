import { defaultListCap, defaultTextCap, listCaps, textCaps } from './validate.js';

/**
 * The rule set's problems (`briefingProblem`, `releaseProblem`: the path of the field that is
 * wrong, `contacts[1].phone`, or `shape`) in plain words, for staff who edit the briefing: the
 * content desk's editor shows these as its validation messages. Not in the drop-ins: a page
 * only warns its developer, in the path's own terms.
 *
 * A field of text can break two rules: its own (a link, a number to dial, a date) and plain text
 * within its cap (`texts` in validate.ts). Given the briefing that was checked, the words say
 * which; without it, the field's own rule, or plain text for a field that has none.
 */

/** The words of each field's own rule, by the field's name: the last name in its path. */
const ruleWords: Readonly<Record<string, string>> = {
  phone: 'The number shown and the number dialled differ. Write the number to dial as +44 and the number shown without its first 0 and spaces (0300 555 0050 is dialled +443005550050); a three-digit number such as 999 is dialled as it is.',
  dial: 'The number to dial must be +44 and the rest of the number, digits only (such as +443005550050), or a three-digit number such as 999.',
  href: 'A link must be a whole web address that starts with https://, with no spaces.',
  email: 'The email address must be a plain address such as name@dudley.gov.uk.',
  id: 'An id is lower-case letters, digits and hyphens only.',
  version: 'The version must be three whole numbers with dots between them, such as 1.2.0.',
  reviewed: 'Dates are written year-month-day, such as 2026-11-29, and must be real dates.',
  reviewDue: 'Dates are written year-month-day, such as 2027-11-29, and must be real dates.',
  date: 'Dates are written year-month-day, such as 2026-12-25, and must be real dates.',
  expires: 'The expiry must be a date and time, such as 2026-12-31T00:00:00Z.',
  opens: 'Times are written on the 24-hour clock as hours:minutes, such as 09:00.',
  closes: 'Times are written on the 24-hour clock as hours:minutes, such as 17:00.',
  timeZone: 'The time zone must be one such as Europe/London.',
  openRoute: 'This must name a contact that has a phone number.',
  closedRoute: 'This must name a contact that has a phone number.',
  contactId: 'This must name a contact that has a phone number.',
  topic: 'The topic cannot change: this file is the briefing on the same topic.',
  sections: "The seven points stay as they are, in the leaflet's order: their titles and words can change, not which they are.",
  name: 'A bank holiday\'s name is plain words, without the characters < > & or ".',
  shape: 'A field is missing, or holds the wrong kind of value (words where a number belongs), or a kind of block, route or bank-holiday rule that the pages do not know.',
  days: 'The written-out bank holidays do not agree with the rule and the days added and removed.',
  knownUntil: 'The written-out bank holidays do not agree with the rule and the days added and removed.',
};

/** The words of the bank-holiday table's release rules, for a day (`removed[0]`, `added[2]`). */
const dayWords: Readonly<Record<string, string>> = {
  removed: 'A day removed from the bank holidays must be one the usual rule gives, and removed once.',
  added: 'A day added to the bank holidays must not be one already: the usual rule gives it, or it is added twice.',
};

/** What a list is called, for its cap's words. */
const listWords: Readonly<Record<string, string>> = {
  warningSigns: 'warning signs',
  contacts: 'contacts',
  reportingRoutes: 'ways to report a concern',
  resources: 'resources',
  body: 'parts in one point',
  items: 'items in one list',
  sections: 'points',
  weekdays: 'weekdays',
  added: 'bank holidays added',
  removed: 'bank holidays removed',
  days: 'written-out bank holidays',
};

/** The value at `problem` (a path the rule set wrote) in `briefing`, or `undefined`. */
function valueAt(briefing: unknown, problem: string): unknown {
  return problem
    .split(/[.[\]]+/)
    .filter(Boolean)
    .reduce<unknown>((field, key) => (field && typeof field === 'object' ? (field as Record<string, unknown>)[key] : undefined), briefing);
}

/** The most characters the text at `problem` holds (its cap in validate.ts). */
export function textCapOf(problem: string): number {
  const key = /(\w+)(\[\d+\])?$/.exec(problem)?.[1] ?? '';
  return textCaps[key] ?? defaultTextCap;
}

/** The most items the list at `problem` holds (its cap in validate.ts). */
export function listCapOf(problem: string): number {
  const key = /(\w+)$/.exec(problem)?.[1] ?? '';
  return listCaps[key] ?? defaultListCap;
}

/** The words for a text that is not plain text or too long. */
function textWords(problem: string, text?: string): string {
  const cap = textCapOf(problem);
  if (text !== undefined && text.length > cap) return `This is too long: at most ${cap} characters, so that the briefing still fits the one-page leaflet (it has ${text.length}).`;
  if (text === '') return 'This cannot be empty.';
  const plain = `Use plain words of at most ${cap} characters: no invisible characters (such as zero-width spaces), no characters that change the direction of the text, no line breaks or other control characters. Type it again rather than paste it, if it was pasted.`;
  return text === undefined ? plain : `This holds a character that is not plain text. ${plain}`;
}

/**
 * A problem of the rule set (`briefingProblem(value, model)`, `releaseProblem`, or a page's
 * warning without its `invalid `) as staff would say it: `contacts[3].phone` is "The number
 * shown and the number dialled differ. …". Give the briefing that was checked for the exact
 * words (which of two rules a text broke, how long it is).
 */
export function problemInPlainWords(problem: string, briefing?: unknown): string {
  const path = problem.replace(/^invalid /, '');
  const value = briefing === undefined ? undefined : valueAt(briefing, path);
  const item = path.endsWith(']');
  const key = /(\w+)(\[\d+\])?$/.exec(path)?.[1] ?? path;
  // A list with too many items; without the briefing, a list that no other rule checks as a whole.
  const tooMany = Array.isArray(value) ? value.length > listCapOf(path) : briefing === undefined && key in listWords && !(key in ruleWords);
  if (!item && tooMany) {
    const cap = listCapOf(path);
    return `There are too many ${listWords[key] ?? 'items'}: at most ${cap}, so that the briefing still fits the one-page leaflet.`;
  }
  // A bank holiday added or removed, as a whole day (`releaseRules`).
  if (item && key in dayWords && (value === undefined || (typeof value === 'object' && value !== null))) return dayWords[key]!;
  const ownRule = ruleWords[key];
  if (typeof value === 'string') {
    const broken = value.length > textCapOf(path) || !/^[^\p{C}\u2028\u2029]+$/u.test(value);
    if (broken || !ownRule) return textWords(path, value);
  }
  return ownRule ?? textWords(path);
}

/** Where a problem is, in words: `contacts[0].phone.dial` is "contact 1, phone, number to dial". */
export function fieldInPlainWords(problem: string): string {
  const names: Readonly<Record<string, string>> = {
    warningSigns: 'warning sign',
    contacts: 'contact',
    reportingRoutes: 'way to report',
    resources: 'resource',
    sections: 'point',
    body: 'part',
    items: 'item',
    display: 'number as shown',
    dial: 'number to dial',
    officeHours: 'office hours',
    closedDays: 'bank holidays',
    href: 'link',
    hoursText: 'hours in words',
    before: 'words before the number',
    after: 'words after the number',
    lead: 'words before the number',
    intro: 'introduction',
  };
  return problem
    .replace(/^invalid /, '')
    .split('.')
    .map((part) => {
      const [, key = part, index] = /^(\w+)(?:\[(\d+)\])?$/.exec(part) ?? [];
      const name = names[key] ?? key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
      return index === undefined ? name : `${name} ${Number(index) + 1}`;
    })
    .join(', ');
}
