// The CSE briefing's shape: ids, references between its parts, phone numbers, links, the
// seven sections and the bank-holiday table. The expected facts are the data's own, or the
// public contract's (shared/design/CONTRACT.md) where the contract is the outside spec.
import { expect } from '@open-wc/testing';
import {
  contactById,
  cse,
  easterSunday as easterSundayOfContent,
  englandAndWalesBankHolidays,
  sectionById,
  telHref,
  withDaysWrittenOut,
} from '../../packages/content/src/index.js';
import type { Block, ContactId, SectionId } from '../../packages/content/src/index.js';

/** The five stable contact ids of the contract's table "Contact ids". */
const contractContactIds: readonly ContactId[] = [
  'childrens-services',
  'emergency-duty-team',
  'police-non-emergency',
  'police-emergency',
  'cse-team',
];

/** The seven stable section ids of the schema (`SectionId`), in the leaflet's order 1 to 7. */
const stableSectionIds: readonly SectionId[] = [
  'what-it-is',
  'why-it-matters',
  'information',
  'definition',
  'warning-signs',
  'where-to-get-help',
  'report-it',
];

/** The UK's emergency and police non-emergency numbers, dialled as they are. */
const ukShortCodes = ['999', '101'];

function duplicatesIn(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Every string anywhere in a value, with the path that leads to it. */
function stringsIn(value: unknown, path = 'briefing'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`));
  }
  return [];
}

function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  // A date such as 2026-02-30 rolls over into March and so does not come back the same.
  return new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
}

function isoWeekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm), `YYYY-MM-DD`. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

function blocksOfKind(kind: Block['kind']): Block[] {
  return cse.sections.flatMap((section) => section.body.filter((block) => block.kind === kind));
}

describe('the CSE briefing data', () => {
  describe('when its ids are checked', () => {
    it('gives every contact its own id', () => {
      const ids = cse.contacts.map((contact) => contact.id);
      expect(ids.length).to.be.greaterThan(0);
      expect(duplicatesIn(ids)).to.deep.equal([]);
    });

    it('gives every section its own id', () => {
      const ids = cse.sections.map((section) => section.id);
      expect(ids.length).to.be.greaterThan(0);
      expect(duplicatesIn(ids)).to.deep.equal([]);
    });

    it('gives every resource its own id', () => {
      const ids = cse.resources.map((resource) => resource.id);
      expect(ids.length).to.be.greaterThan(0);
      expect(duplicatesIn(ids)).to.deep.equal([]);
    });

    it("holds exactly the contract's five contact ids", () => {
      expect(cse.contacts.map((contact) => contact.id).sort()).to.deep.equal([...contractContactIds].sort());
      for (const id of contractContactIds) expect(contactById(cse, id).id).to.equal(id);
    });

    it('makes contactById throw for an id it does not hold', () => {
      expect(() => contactById(cse, 'not-a-contact' as ContactId)).to.throw(Error, /not-a-contact/);
    });
  });

  describe('when its sections are checked', () => {
    it('numbers them 1 to 7 in order', () => {
      expect(cse.sections.map((section) => section.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    });

    it('gives them the seven stable ids, in order', () => {
      expect(cse.sections.map((section) => section.id)).to.deep.equal(stableSectionIds);
      for (const id of stableSectionIds) expect(sectionById(cse, id).id).to.equal(id);
    });

    it('gives each a title and a body', () => {
      for (const section of cse.sections) {
        expect(section.title, `section ${section.number} title`).to.not.equal('');
        expect(section.body.length, `section ${section.number} body`).to.be.greaterThan(0);
      }
    });

    it('places the warning signs, resources, routes and publisher links once each', () => {
      const kinds: Block['kind'][] = ['warning-signs', 'resources', 'reporting-routes', 'publisher-links'];
      for (const kind of kinds) expect(blocksOfKind(kind), kind).to.have.length(1);
      expect(cse.warningSigns.length).to.be.greaterThan(0);
    });

    it("places the warning signs in the section with the id 'warning-signs'", () => {
      expect(sectionById(cse, 'warning-signs').body.some((block) => block.kind === 'warning-signs')).to.equal(true);
    });

    it("places the reporting routes in the section with the id 'report-it'", () => {
      expect(sectionById(cse, 'report-it').body.some((block) => block.kind === 'reporting-routes')).to.equal(true);
    });
  });

  describe('when the references between its parts are followed', () => {
    it('finds the contact of every route and every contact block', () => {
      const referenced = [
        ...cse.reportingRoutes.map((route) => route.contactId),
        ...blocksOfKind('contact').map((block) => (block.kind === 'contact' ? block.contactId : '')),
      ];
      expect(referenced.length).to.be.greaterThan(cse.reportingRoutes.length);
      const held = cse.contacts.map((contact) => contact.id as string);
      expect(referenced.filter((id) => !held.includes(id))).to.deep.equal([]);
    });

    it('shows every contact somewhere: no number is hidden', () => {
      const shown = new Set<string>([
        ...cse.reportingRoutes.map((route) => route.contactId),
        ...blocksOfKind('contact').map((block) => (block.kind === 'contact' ? block.contactId : '')),
      ]);
      expect(cse.contacts.filter((contact) => !shown.has(contact.id)).map((contact) => contact.id)).to.deep.equal(
        [],
      );
    });

    it('lists the routes most urgent first, one of each urgency', () => {
      expect(cse.reportingRoutes.map((route) => route.urgency)).to.deep.equal([
        'emergency',
        'office-hours',
        'out-of-hours',
        'non-emergency-police',
      ]);
    });

    it("chooses between the contract's routes: Children's services while open, the Emergency Duty Team otherwise", () => {
      expect(cse.officeHours.openRoute).to.equal('childrens-services');
      expect(cse.officeHours.closedRoute).to.equal('emergency-duty-team');
      const routeOf = (urgency: string) => cse.reportingRoutes.find((route) => route.urgency === urgency)?.contactId;
      expect(routeOf('office-hours')).to.equal(cse.officeHours.openRoute);
      expect(routeOf('out-of-hours')).to.equal(cse.officeHours.closedRoute);
    });
  });

  describe('when its phone numbers are checked', () => {
    const phones = cse.contacts.flatMap((contact) => (contact.phone ? [{ id: contact.id, ...contact.phone }] : []));

    it('gives every contact a phone number', () => {
      expect(phones).to.have.length(cse.contacts.length);
    });

    it('dials each in E.164 or as a UK short code', () => {
      expect(phones.length).to.be.greaterThan(0);
      for (const phone of phones) {
        const valid = /^\+44\d{9,10}$/.test(phone.dial) || ukShortCodes.includes(phone.dial);
        expect(valid, `${phone.id} dials ${phone.dial}`).to.equal(true);
      }
    });

    it('dials the number it displays', () => {
      expect(phones.length).to.be.greaterThan(0);
      for (const phone of phones) {
        const digits = phone.display.replace(/\s/g, '');
        const expected = digits.startsWith('0') ? `+44${digits.slice(1)}` : digits;
        expect(phone.dial, `${phone.id} displays ${phone.display}`).to.equal(expected);
      }
    });

    it('makes each a tel: link', () => {
      expect(phones.length).to.be.greaterThan(0);
      for (const phone of phones) {
        const link = new URL(telHref(phone.dial));
        expect(link.protocol, phone.id).to.equal('tel:');
        expect(link.pathname, phone.id).to.equal(phone.dial);
      }
    });

    it('gives a menu option only as a whole number from 0 to 9', () => {
      const options = phones.flatMap((phone) => (phone.menuOption === undefined ? [] : [phone.menuOption]));
      expect(options.length).to.be.greaterThan(0);
      for (const option of options) expect(Number.isInteger(option) && option >= 0 && option <= 9).to.equal(true);
    });
  });

  describe('when its email addresses and links are checked', () => {
    it('gives every email address one @ and a dotted domain', () => {
      const emails = cse.contacts.flatMap((contact) => (contact.email ? [contact.email] : []));
      expect(emails.length).to.be.greaterThan(0);
      for (const email of emails) expect(email).to.match(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
    });

    it('makes every link an https: address that parses', () => {
      const links = [cse.publisher.website.href, ...cse.resources.flatMap((resource) => resource.href ?? [])];
      expect(links.length).to.be.greaterThan(1);
      for (const link of links) {
        const url = new URL(link);
        expect(url.protocol, link).to.equal('https:');
        expect(url.hostname, link).to.include('.');
        expect(url.username + url.password, link).to.equal('');
      }
    });

    it("labels the partnership's website with its own host name", () => {
      expect(cse.publisher.website.label).to.equal(new URL(cse.publisher.website.href).host);
    });

    it('gives "See Me Hear Me" no link, as its address is not confirmed', () => {
      const seeMeHearMe = cse.resources.find((resource) => resource.name === 'See Me Hear Me');
      expect(seeMeHearMe).to.not.equal(undefined);
      expect(seeMeHearMe).to.not.have.property('href');
    });

    it('writes the social account as @handle and #hashtag', () => {
      expect(cse.publisher.social.handle).to.match(/^@\w+$/);
      expect(cse.publisher.social.hashtag).to.match(/^#\w+$/);
    });
  });

  describe('when its text is checked', () => {
    it('holds every string trimmed, single-spaced and free of markup', () => {
      const strings = stringsIn(cse);
      expect(strings.length).to.be.greaterThan(50);
      const untidy = strings.filter(([, text]) => text !== text.replace(/\s+/g, ' ').trim() || /[<>*]/.test(text));
      expect(untidy.map(([path]) => path)).to.deep.equal([]);
    });

    it('dates its review as a calendar date and versions itself as semver', () => {
      expect(isCalendarDate(cse.reviewed), cse.reviewed).to.equal(true);
      expect(cse.version).to.match(/^\d+\.\d+\.\d+$/);
    });
  });

  describe('when its office hours are checked', () => {
    const { officeHours } = cse;

    it("are the contract's: Monday to Friday, 09:00 to 17:00, Europe/London", () => {
      expect(officeHours.weekdays).to.deep.equal([1, 2, 3, 4, 5]);
      expect(officeHours.opens).to.equal('09:00');
      expect(officeHours.closes).to.equal('17:00');
      expect(officeHours.timeZone).to.equal('Europe/London');
    });

    it('name a time zone that Intl knows', () => {
      expect(() => new Intl.DateTimeFormat('en-GB', { timeZone: officeHours.timeZone })).to.not.throw();
    });

    it("are what Children's services' hours say in words", () => {
      const contact = contactById(cse, officeHours.openRoute);
      const dayNames = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
      const inWords = (time: string) => {
        const [hour = 0, minute = 0] = time.split(':').map(Number);
        const clock = minute === 0 ? `${hour % 12 || 12}` : `${hour % 12 || 12}:${String(minute).padStart(2, '0')}`;
        return `${clock}${hour < 12 ? 'am' : 'pm'}`;
      };
      const first = officeHours.weekdays[0] ?? 0;
      const last = officeHours.weekdays[officeHours.weekdays.length - 1] ?? 0;
      expect(contact.hoursText).to.equal(
        `${dayNames[first]} to ${dayNames[last]}, ${inWords(officeHours.opens)} to ${inWords(officeHours.closes)}`,
      );
    });

    it('close on the England and Wales bank holidays', () => {
      expect(officeHours.closedDays).to.equal(englandAndWalesBankHolidays);
      expect(officeHours.closedDays.region).to.equal('England and Wales');
      expect(officeHours.closedDays.rule).to.equal('england-and-wales');
    });
  });

  describe('when the bank-holiday table, written out as cse.json carries it, is checked', () => {
    const written = withDaysWrittenOut(cse).officeHours.closedDays;
    const days = written.days ?? [];
    const knownUntil = written.knownUntil ?? '';
    const dates = days.map((day) => day.date);

    it('holds calendar dates, each once, in order, up to the date it is known until', () => {
      expect(dates.length).to.be.greaterThan(0);
      expect(isCalendarDate(knownUntil), knownUntil).to.equal(true);
      expect(dates.filter((date) => !isCalendarDate(date))).to.deep.equal([]);
      expect(dates).to.deep.equal([...new Set(dates)].sort());
      expect(dates.filter((date) => date > knownUntil)).to.deep.equal([]);
    });

    it('names every day', () => {
      expect(days.filter((day) => day.name.trim() === '')).to.deep.equal([]);
    });

    it('lists every day on the weekday it is taken, Monday to Friday', () => {
      expect(dates.filter((date) => isoWeekdayOf(date) > 5)).to.deep.equal([]);
    });

    // England and Wales have eight a year; a year with a special extra day has more.
    it('holds at least eight days in each year it covers', () => {
      const firstYear = Number(dates[0]?.slice(0, 4));
      const lastYear = Number(knownUntil.slice(0, 4));
      expect(lastYear).to.be.at.least(firstYear);
      for (let year = firstYear; year <= lastYear; year += 1) {
        expect(dates.filter((date) => date.startsWith(`${year}-`)), `${year}`).to.have.length.of.at.least(8);
      }
    });

    it('puts Good Friday and Easter Monday either side of Easter Sunday', () => {
      const goodFridays = days.filter((day) => day.name === 'Good Friday');
      expect(goodFridays.length).to.be.greaterThan(0);
      for (const goodFriday of goodFridays) {
        const easter = easterSunday(Number(goodFriday.date.slice(0, 4)));
        expect(goodFriday.date).to.equal(addDays(easter, -2));
        expect(days.find((day) => day.date === addDays(easter, 1))?.name).to.equal('Easter Monday');
      }
    });

    it("works out Easter as this test's own copy of the algorithm does, 1583 to 2400", () => {
      for (let year = 1583; year <= 2400; year += 1) expect(easterSundayOfContent(year), `${year}`).to.equal(easterSunday(year));
    });
  });
});
