import type { RouteReason } from '../office-hours.js';
import type { BankHoliday, Contact } from '../types.js';

/**
 * Every word on screen that is not content: labels and sentences the components compose
 * around the briefing's facts. One object, so another language is one more file.
 */
export interface UiStrings {
  /** The language of these words, a BCP 47 tag for `lang`. */
  readonly lang: string;
  /** The briefing's own heading: `Safer Seven on: Child Sexual Exploitation (CSE)`. */
  readonly briefingHeading: (series: string, title: string) => string;
  /** `From <publisher>`: no longer shown by the parts, whose provenance line names the publisher. */
  readonly publishedBy: (publisher: string) => string;
  readonly unknownTopic: (topic: string, knownTopics: readonly string[]) => string;
  /**
   * The accessible name of a phone link: whom it calls, the number, and the menu option to
   * choose, once. Not the sentence around the link, which a screen reader reads anyway.
   */
  readonly callLabel: (contact: Contact, display: string) => string;
  readonly emailLabel: (contact: Contact, email: string) => string;
  readonly menuOption: (option: number) => string;
  readonly or: string;
  /** The badge on the route that applies now. */
  readonly callNow: string;
  readonly openNow: (hoursText: string) => string;
  readonly closedNow: (hoursText: string) => string;
  /** Why the out-of-hours route applies, after its "Call now" badge; `name` (the closed office's) is not said. */
  readonly closedBecause: (name: string, reason: RouteReason, holiday?: BankHoliday) => string;
  readonly website: string;
  readonly social: (network: string) => string;
  /**
   * When the details were checked (a `YYYY-MM-DD` date) and where the latest are: shown by the
   * elements past the review date. Intl writes the date (as in `provenance`): a month-name
   * table would cost every page bundle bytes.
   */
  readonly checkedOn: (date: string, website: string) => string;
  /**
   * Whose information a panel shows and when its details were checked (a `YYYY-MM-DD` date):
   * the last line of every part, in the elements, the static HTML and the fallbacks alike.
   */
  readonly provenance: (publisher: string, date: string) => string;
}

// A function of its own, not `enGB.menuOption`: once the object names itself, the bundle's
// minifier can no longer inline its strings and keeps the whole object (about 80 B gzip more).
const menuOption = (option: number): string => `select option ${option}`;

/**
 * `2026-11-29` as `29 November 2026`, by Intl (a calendar date, so read as UTC). Every part
 * shows a date from its first render, so every page now makes an Intl call: the first costs
 * 15 to 25 ms of the main thread (up to 150 ms cold) for its locale data; a month-name table
 * would avoid it for about 72 B gzip of each drop-in file, more than the updates file can take.
 */
const longDate = (date: string): string => new Date(date).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export const enGB: UiStrings = {
  lang: 'en-GB',
  briefingHeading: (series, title) => `${series} on: ${title}`,
  publishedBy: (publisher) => `From ${publisher}`,
  unknownTopic: (topic, knownTopics) =>
    `Safer Seven has no briefing on "${topic}". Known topics: ${knownTopics.join(', ')}.`,
  callLabel: (contact, display) =>
    `Call ${contact.name} on ${display}${contact.phone?.menuOption ? `, then ${menuOption(contact.phone.menuOption)}` : ''}`,
  emailLabel: (contact, email) => `Email ${contact.name} at ${email}`,
  menuOption,
  or: 'or',
  callNow: 'Call now',
  openNow: (hoursText) => `Open now - ${hoursText}`,
  closedNow: (hoursText) => `Closed now - open ${hoursText}`,
  // Why the route that applies now does, after its "Call now" badge. Not the closed office's
  // name: "Call now: Children's services are closed" read as a call to the office that is closed.
  closedBecause: (_name, reason, holiday) => (reason === 'bank-holiday' ? `bank holiday (${holiday?.name})` : 'out of office hours'),
  website: 'Web',
  social: (network) => network,
  checkedOn: (date, website) =>
    `These details were checked on ${longDate(date)}. Check ${website} for the latest.`,
  provenance: (publisher, date) => `Information from ${publisher}, checked ${longDate(date)}`,
};
