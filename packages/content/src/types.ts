/**
 * The schema of a Safer Seven briefing.
 *
 * Dudley Safeguarding People Partnership publishes a series of one-page "Safer Seven"
 * leaflets, each making seven numbered points about one topic. This schema holds one
 * leaflet as data: its words (never HTML strings), its contacts with the stable ids of
 * the public contract, the routes for reporting a concern and the hours they apply.
 * Components render it; nothing on screen is typed anywhere else.
 */

/** A topic of the series, such as `cse`. */
export type TopicId = string;

/**
 * The stable contact ids of the public contract (`shared/design/CONTRACT.md`). Partners
 * use them in their own code, so they never change meaning.
 */
export type ContactId =
  | 'childrens-services'
  | 'emergency-duty-team'
  | 'police-non-emergency'
  | 'police-emergency'
  | 'cse-team';

/** The two routes that office hours choose between. */
export type OfficeHoursRouteId = Extract<ContactId, 'childrens-services' | 'emergency-duty-team'>;

/** A date in the calendar, `YYYY-MM-DD`, with no time and no zone. */
export type CalendarDate = string;

/** A telephone number as printed and as dialled. */
export interface PhoneNumber {
  /** As the leaflet prints it, for reading: `0300 555 0050`. */
  readonly display: string;
  /** For a `tel:` link: E.164 (`+443005550050`), or the short code itself (`999`, `101`). */
  readonly dial: string;
  /** An option to choose in a phone menu after connecting, if the leaflet names one. */
  readonly menuOption?: number;
}

/** Someone to contact. */
export interface Contact {
  readonly id: ContactId;
  /** Who answers: `Children's services`. */
  readonly name: string;
  /** What to contact them for, in the leaflet's words. */
  readonly purpose: string;
  readonly phone?: PhoneNumber;
  readonly email?: string;
  /** When they answer, in words (`Monday to Friday, 9am to 5pm`), where the leaflet gives it. */
  readonly hoursText?: string;
}

/** How urgent a reporting route is, from most to least. */
export type RouteUrgency = 'emergency' | 'office-hours' | 'out-of-hours' | 'non-emergency-police';

/** One way of reporting a concern: who to call, and when that is the right call. */
export interface ReportingRoute {
  readonly contactId: ContactId;
  readonly urgency: RouteUrgency;
  /** The leaflet's words before the number: `Out of office hours contact the Emergency Duty Team on`. */
  readonly before: string;
  /** The leaflet's words after the number, if any: `to report a crime or suspicious activity`. */
  readonly after?: string;
}

/** A weekly opening window in a named time zone. */
export interface OfficeHours {
  /** An IANA time zone, read through `Intl`: `Europe/London`. */
  readonly timeZone: string;
  /** ISO weekdays that are open: 1 is Monday, 7 is Sunday. */
  readonly weekdays: readonly number[];
  /** Opening time, local, `HH:MM`; open from this minute. */
  readonly opens: string;
  /** Closing time, local, `HH:MM`; this minute itself is closed. */
  readonly closes: string;
  /** The route while open. */
  readonly openRoute: OfficeHoursRouteId;
  /** The route at every other instant. */
  readonly closedRoute: OfficeHoursRouteId;
  /** Days on which the office is closed all day although the weekday is open: bank holidays. */
  readonly closedDays: BankHolidayTable;
}

/**
 * A time zone's offsets from UTC over a span of years, as Intl reports them (generated, never
 * hand-written): each change is `[epoch milliseconds, minutes ahead of UTC from then on]`,
 * the first at the start of the span.
 */
export interface UtcOffsetTable {
  /** The span ends here, epoch milliseconds (exclusive). */
  readonly until: number;
  readonly changes: readonly (readonly [number, number])[];
}

/** Which rule gives a region's usual bank holidays: only England and Wales's so far. */
export type BankHolidayRule = 'england-and-wales';

/**
 * Bank holidays for any year: a rule, and the days a proclamation moved or added, which a
 * signed content file can extend (add a new extra day; move one: remove the rule's date and
 * add the new one). `routeAt` judges from `rule`, `added` and `removed` alone.
 */
export interface BankHolidayTable {
  /** Whose holidays these are: `England and Wales`. */
  readonly region: string;
  /**
   * `england-and-wales`: New Year's Day, Good Friday, Easter Monday (Gregorian Easter), the
   * first and last Mondays of May, the last Monday of August, Christmas Day and Boxing Day,
   * each on a weekday (a weekend day gives a substitute day, the next free weekday).
   */
  readonly rule: BankHolidayRule;
  /** Days the rule does not give: an extra bank holiday, or the new date of a moved one. */
  readonly added: readonly BankHoliday[];
  /** Days the rule gives that are not bank holidays: the old date of a moved one. */
  readonly removed: readonly BankHoliday[];
  /**
   * In `cse.json` and the signed content file only (`withDaysWrittenOut`): `days` holds every
   * bank holiday up to and including this date, 31 December of a year.
   */
  readonly knownUntil?: CalendarDate;
  /**
   * In `cse.json` and the signed content file only: the rule with `added` and `removed`, in
   * date order, for whole years up to `knownUntil`. For sites that read the JSON without
   * JavaScript, which cannot work out Easter, and for scripts released before the rule, which
   * read only this. In JavaScript, `bankHolidaysOf(table, year)` gives any year's.
   */
  readonly days?: readonly BankHoliday[];
}

export interface BankHoliday {
  readonly date: CalendarDate;
  /** Plain text, as GOV.UK names it: `Boxing Day (substitute day)`. */
  readonly name: string;
}

/** A link to somewhere else. Only `https:` addresses. */
export interface WebLink {
  readonly label: string;
  readonly href: string;
}

/** A further resource that the leaflet names. `href` only where its address is certain. */
export interface Resource {
  readonly id: string;
  readonly name: string;
  readonly href?: string;
}

/** The partnership that publishes the series. */
export interface Publisher {
  readonly name: string;
  readonly shortName: string;
  readonly website: WebLink;
  /** The social account, with its network: `@DudleyDSPP` on Twitter. */
  readonly social: { readonly network: string; readonly handle: string; readonly hashtag: string };
}

/** A paragraph of the leaflet's text. */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
}

/** A bulleted list, with an optional sentence that introduces it. */
export interface ListBlock {
  readonly kind: 'list';
  readonly intro?: string;
  readonly items: readonly string[];
}

/** The briefing's warning signs, with the sentence that introduces them. */
export interface WarningSignsBlock {
  readonly kind: 'warning-signs';
  readonly intro: string;
}

/** A sentence that gives contacts: `You can contact Dudley's CSE Team on … or …`. */
export interface ContactBlock {
  readonly kind: 'contact';
  readonly contactId: ContactId;
  /** The words before the number: `You can contact Dudley's CSE Team on`. */
  readonly lead: string;
}

/** The briefing's further resources, with the sentence that introduces them. */
export interface ResourcesBlock {
  readonly kind: 'resources';
  readonly intro: string;
}

/** The briefing's reporting routes, with the sentence that introduces them. */
export interface ReportingRoutesBlock {
  readonly kind: 'reporting-routes';
  readonly intro: string;
}

/** The publisher's website and social account. */
export interface PublisherLinksBlock {
  readonly kind: 'publisher-links';
}

/**
 * A piece of a section's body. Plain text is a paragraph or a list; the other kinds
 * point at the briefing's structured data so that a number or an address is held once.
 */
export type Block =
  | ParagraphBlock
  | ListBlock
  | WarningSignsBlock
  | ContactBlock
  | ResourcesBlock
  | ReportingRoutesBlock
  | PublisherLinksBlock;

/** A stable name for each of the seven points, shared by every topic of the series. */
export type SectionId =
  | 'what-it-is'
  | 'why-it-matters'
  | 'information'
  | 'definition'
  | 'warning-signs'
  | 'where-to-get-help'
  | 'report-it';

/** One of the seven numbered points. */
export interface Section {
  /** 1 to 7: the leaflet's own numbering, which is also the reading order. */
  readonly number: number;
  readonly id: SectionId;
  readonly title: string;
  readonly body: readonly Block[];
}

/** Where the data came from. */
export interface Source {
  /** The document, as its publisher names it. */
  readonly title: string;
  readonly publisher: string;
  /** The file in this repository that holds its text. */
  readonly file: string;
}

/** One whole leaflet of the series. */
export interface Briefing {
  readonly topic: TopicId;
  /** The language of its words, a BCP 47 tag for `lang`: `en-GB`. */
  readonly lang: string;
  /** `Safer Seven`. */
  readonly series: string;
  /** What the leaflet is on: `Child Sexual Exploitation (CSE)`. */
  readonly title: string;
  /** A short name for the topic: `CSE`. */
  readonly shortTitle: string;
  readonly publisher: Publisher;
  readonly source: Source;
  /** The data's own version; it changes whenever a fact does. */
  readonly version: string;
  /** When the data was last checked against the leaflet, `YYYY-MM-DD`. */
  readonly reviewed: CalendarDate;
  /**
   * When it is next due for review, `YYYY-MM-DD`: by default `reviewed` plus twelve months, as
   * the partnership reviews its leaflets yearly. Past it, the elements say when the details
   * were checked and where to find the latest.
   */
  readonly reviewDue: CalendarDate;
  /**
   * Only in a signed content file, where the release command writes it inside the signed text:
   * the instant (UTC, ISO 8601) after which the partnership no longer vouches that this is the
   * latest. Past it, the elements keep showing the file and say when its details were checked
   * and where to find the latest (see `isPastExpiry`). The built-in content has none.
   */
  readonly expires?: string;
  /** The seven points, in order 1 to 7. */
  readonly sections: readonly Section[];
  readonly warningSigns: readonly string[];
  readonly contacts: readonly Contact[];
  /** Every route, most urgent first. */
  readonly reportingRoutes: readonly ReportingRoute[];
  readonly officeHours: OfficeHours;
  readonly resources: readonly Resource[];
}

/** The answer of `getBriefing`: a briefing, or why there is none. */
export type BriefingResult =
  | { readonly ok: true; readonly briefing: Briefing }
  | { readonly ok: false; readonly topic: string; readonly knownTopics: readonly TopicId[] };
