// The CSE briefing against the leaflet it was written from: every fact of the leaflet is in
// the data, and nothing in the data is invented. The leaflet's text is fetched from the
// test server (see ./leaflet.ts), so the expected words are the leaflet's, not the test's.
import { expect } from '@open-wc/testing';
import { contactById, cse } from '../../packages/content/src/index.js';
import type { Briefing, OfficeHours, ReportingRoute, Section } from '../../packages/content/src/index.js';
import { documentedCorrections, fetchLeaflet, indexOfPhrase } from './leaflet.js';
import type { Leaflet, LeafletSection } from './leaflet.js';

/** A section of the data laid out as the leaflet prints it. */
interface PrintedSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly bullets: readonly string[];
  /** Point 7's route bullets are recomposed from the routes instead (see below). */
  readonly holdsReportingRoutes: boolean;
}

function asPrinted(briefing: Briefing, section: Section): PrintedSection {
  let heading = section.title;
  const paragraphs: string[] = [];
  const bullets: string[] = [];
  let holdsReportingRoutes = false;
  for (const block of section.body) {
    switch (block.kind) {
      case 'paragraph':
        paragraphs.push(block.text);
        break;
      case 'list':
        if (block.intro) paragraphs.push(block.intro);
        bullets.push(...block.items);
        break;
      case 'warning-signs':
        // The leaflet prints point 5's introduction on its heading line, after a dash.
        heading = `${section.title} - ${block.intro}`;
        bullets.push(...briefing.warningSigns);
        break;
      case 'contact': {
        const contact = contactById(briefing, block.contactId);
        const ways = [contact.phone?.display, contact.email].filter((way): way is string => Boolean(way));
        paragraphs.push(`${block.lead} ${ways.join(' or ')}`);
        break;
      }
      case 'resources':
        paragraphs.push(block.intro);
        bullets.push(...briefing.resources.map((resource) => resource.name));
        break;
      case 'reporting-routes':
        paragraphs.push(block.intro);
        holdsReportingRoutes = true;
        break;
      case 'publisher-links':
        // The leaflet prints the website and social account at the foot of the page.
        break;
    }
  }
  return { heading, paragraphs, bullets, holdsReportingRoutes };
}

/** A route as the leaflet words it: the words before the number, the number, the words after. */
function recomposedRoute(briefing: Briefing, route: ReportingRoute): string {
  const display = contactById(briefing, route.contactId).phone?.display;
  if (!display) throw new Error(`The route to ${route.contactId} has no phone number`);
  return [route.before, display, route.after].filter((part) => part !== undefined).join(' ');
}

const weekdayAbbreviations = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Office hours as the leaflet prints them: `9:00 5:00 Mon-Fri` (a 12-hour clock, no am/pm). */
function leafletHours(hours: OfficeHours): string {
  const twelveHourClock = (time: string) => {
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    return `${hour % 12 || 12}:${String(minute).padStart(2, '0')}`;
  };
  const first = hours.weekdays[0] ?? 0;
  const last = hours.weekdays[hours.weekdays.length - 1] ?? 0;
  const isOneRun = hours.weekdays.every((weekday, index) => weekday === first + index);
  if (!isOneRun) throw new Error(`The leaflet's "Mon-Fri" form cannot print weekdays ${hours.weekdays.join(',')}`);
  return `${twelveHourClock(hours.opens)} ${twelveHourClock(hours.closes)} ${weekdayAbbreviations[first]}-${weekdayAbbreviations[last]}`;
}

function leafletSection(leaflet: Leaflet, number: number): LeafletSection {
  const section = leaflet.sections.find((candidate) => candidate.number === number);
  if (!section) throw new Error(`The leaflet has no point ${number}`);
  return section;
}

function routesSection(briefing: Briefing): Section {
  const section = briefing.sections.find((candidate) =>
    candidate.body.some((block) => block.kind === 'reporting-routes'),
  );
  if (!section) throw new Error('No section holds the reporting routes');
  return section;
}

describe('the CSE briefing and its leaflet', () => {
  let leaflet: Leaflet;

  before(async () => {
    leaflet = await fetchLeaflet(cse);
  });

  describe('when the leaflet is read', () => {
    // The leaflet was laid out in two columns, so its points are printed out of order; the
    // numbers, not the printed order, are the reading order.
    const numbersInOrder = (sections: readonly { readonly number: number }[]) =>
      sections.map((section) => section.number).sort((first, second) => first - second);

    it('loads, with seven points numbered 1 to 7', () => {
      expect(leaflet.lines.length).to.be.greaterThan(20);
      expect(numbersInOrder(leaflet.sections)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    });

    it('has the same point numbers as the data', () => {
      expect(numbersInOrder(leaflet.sections)).to.deep.equal(cse.sections.map((section) => section.number));
    });

    it('contains each documented correction once, so none is stale', () => {
      expect(documentedCorrections.length).to.be.greaterThan(0);
      for (const [printed] of documentedCorrections) {
        expect(leaflet.raw.split(printed).length - 1, `"${printed}" in the leaflet`).to.equal(1);
      }
    });
  });

  describe('when the heading above point 1 is compared', () => {
    it('names the series and what it is on', () => {
      expect(leaflet.preamble).to.deep.equal([cse.series, `On: ${cse.title}`]);
    });

    it("is the source's title, read as one line", () => {
      expect(cse.source.title).to.equal(leaflet.preamble.join(' '));
    });
  });

  describe('when each point is compared with the data', () => {
    for (const section of cse.sections) {
      const printed = asPrinted(cse, section);

      it(`point ${section.number} has the data's heading`, () => {
        expect(leafletSection(leaflet, section.number).heading).to.equal(printed.heading);
      });

      it(`point ${section.number} has the data's paragraphs, in order`, () => {
        expect(leafletSection(leaflet, section.number).paragraphs).to.deep.equal(printed.paragraphs);
      });

      if (!printed.holdsReportingRoutes) {
        it(`point ${section.number} has the data's bullets, in order`, () => {
          expect(leafletSection(leaflet, section.number).bullets).to.deep.equal(printed.bullets);
        });
      }
    }
  });

  describe("when point 7's routes are recomposed from before + number + after", () => {
    let routeBullets: readonly string[];

    before(() => {
      routeBullets = leafletSection(leaflet, routesSection(cse).number).bullets;
    });

    it('finds each route in exactly one bullet', () => {
      expect(cse.reportingRoutes.length).to.be.greaterThan(0);
      for (const route of cse.reportingRoutes) {
        const phrase = recomposedRoute(cse, route);
        const holding = routeBullets.filter((bullet) => indexOfPhrase(bullet, phrase) !== -1);
        expect(holding, `bullets holding "${phrase}"`).to.have.length(1);
      }
    });

    it("prints the office's route with its menu option and the office hours", () => {
      const route = cse.reportingRoutes.find((candidate) => candidate.contactId === cse.officeHours.openRoute);
      expect(route, 'the route while the office is open').to.not.equal(undefined);
      const phrase = recomposedRoute(cse, route!);
      const menuOption = contactById(cse, cse.officeHours.openRoute).phone?.menuOption;
      expect(menuOption).to.be.a('number');
      expect(routeBullets).to.include(`${phrase} selecting option ${menuOption} (${leafletHours(cse.officeHours)})`);
    });

    it('leaves nothing but punctuation once the routes, the menu option and the hours are taken out', () => {
      expect(routeBullets.length).to.be.greaterThan(0);
      const menuOption = contactById(cse, cse.officeHours.openRoute).phone?.menuOption;
      const phrases = [
        ...cse.reportingRoutes.map((route) => recomposedRoute(cse, route)),
        `selecting option ${menuOption}`,
        `(${leafletHours(cse.officeHours)})`,
      ];
      let rest = routeBullets.join('\n');
      for (const phrase of phrases) {
        const index = indexOfPhrase(rest, phrase);
        expect(index, `"${phrase}" in point 7`).to.not.equal(-1);
        rest = rest.slice(0, index) + rest.slice(index + phrase.length);
      }
      expect(rest).to.match(/^[\s,.;]*$/);
    });
  });

  describe('when the numbers and addresses are collected from the leaflet', () => {
    it('finds exactly the phone numbers of the contacts', () => {
      // Runs of three or more digits, grouped by single spaces; "9:00" and "option 4" are not numbers.
      const printed = leaflet.lines.join('\n').match(/(?<![\d:])\d{3,}(?: \d{3,})*(?![\d:])/g) ?? [];
      const inTheData = cse.contacts.map((contact) => contact.phone?.display);
      expect(printed.length).to.be.greaterThan(0);
      expect([...new Set(printed)].sort()).to.deep.equal([...inTheData].sort());
    });

    it('finds exactly the email addresses of the contacts', () => {
      const printed = leaflet.lines.join('\n').match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [];
      const inTheData = cse.contacts.flatMap((contact) => (contact.email ? [contact.email] : []));
      expect(printed.length).to.be.greaterThan(0);
      expect([...new Set(printed)].sort()).to.deep.equal([...inTheData].sort());
    });

    it("finds one web address, the partnership's website", () => {
      const printed = leaflet.lines.join('\n').match(/https?:\/\/[^\s)]+/g) ?? [];
      expect(printed).to.deep.equal([cse.publisher.website.href]);
    });

    it('prints the website and the social account at the foot of the page', () => {
      const { website, social } = cse.publisher;
      expect(leaflet.labelledLines).to.deep.equal([
        { label: 'Web', value: website.href },
        { label: social.network, value: `${social.handle} ${social.hashtag}` },
      ]);
    });
  });

  describe("when the data's own words are looked up in the leaflet", () => {
    let leafletText: string;

    before(() => {
      // One line per leaflet line, so that no phrase is found across two lines.
      leafletText = leaflet.lines.join('\n');
    });

    /** The entries whose text the leaflet does not contain, with where each came from. */
    const missingFrom = (text: string, entries: readonly (readonly [string, string])[]) =>
      entries.filter(([, words]) => indexOfPhrase(text, words) === -1).map(([where, words]) => `${where}: ${words}`);

    it('finds every section title, paragraph, list item and introduction', () => {
      const entries: [string, string][] = [];
      for (const section of cse.sections) {
        const where = `point ${section.number}`;
        entries.push([`${where} title`, section.title]);
        for (const block of section.body) {
          if (block.kind === 'paragraph') entries.push([`${where} paragraph`, block.text]);
          if (block.kind === 'list') {
            if (block.intro) entries.push([`${where} list intro`, block.intro]);
            for (const item of block.items) entries.push([`${where} list item`, item]);
          }
          if ('intro' in block && block.kind !== 'list') entries.push([`${where} ${block.kind} intro`, block.intro]);
          if (block.kind === 'contact') entries.push([`${where} contact lead`, block.lead]);
        }
      }
      expect(entries.length).to.be.greaterThan(cse.sections.length);
      expect(missingFrom(leafletText, entries)).to.deep.equal([]);
    });

    it('finds every warning sign', () => {
      expect(cse.warningSigns.length).to.be.greaterThan(0);
      expect(missingFrom(leafletText, cse.warningSigns.map((sign) => ['warning sign', sign]))).to.deep.equal([]);
    });

    it('finds every resource name', () => {
      expect(cse.resources.length).to.be.greaterThan(0);
      expect(missingFrom(leafletText, cse.resources.map((resource) => [resource.id, resource.name]))).to.deep.equal(
        [],
      );
    });

    it("finds every route's words before and after its number", () => {
      const entries = cse.reportingRoutes.flatMap((route): [string, string][] => [
        [`${route.contactId} before`, route.before],
        ...(route.after ? [[`${route.contactId} after`, route.after] as [string, string]] : []),
      ]);
      expect(entries.length).to.be.greaterThan(cse.reportingRoutes.length);
      expect(missingFrom(leafletText, entries)).to.deep.equal([]);
    });

    it("finds every contact's phone number and email address", () => {
      const entries = cse.contacts.flatMap((contact): [string, string][] => [
        [`${contact.id} phone`, contact.phone?.display ?? '(none)'],
        ...(contact.email ? [[`${contact.id} email`, contact.email] as [string, string]] : []),
      ]);
      expect(entries.length).to.be.greaterThan(cse.contacts.length);
      expect(missingFrom(leafletText, entries)).to.deep.equal([]);
    });

    it("finds every contact's name and purpose, whatever their case", () => {
      // A name or purpose stands on its own in the data ("Police", "In an emergency") but
      // sits mid-sentence in the leaflet ("the police", "in an emergency").
      const entries = cse.contacts.flatMap((contact): [string, string][] => [
        [`${contact.id} name`, contact.name.toLowerCase()],
        [`${contact.id} purpose`, contact.purpose.toLowerCase()],
      ]);
      expect(entries.length).to.be.greaterThan(0);
      expect(missingFrom(leafletText.toLowerCase(), entries)).to.deep.equal([]);
    });

    it("finds the short title and the partnership's short name", () => {
      const entries: [string, string][] = [
        ['short title', cse.shortTitle],
        ['publisher short name', cse.publisher.shortName],
      ];
      expect(missingFrom(leafletText, entries)).to.deep.equal([]);
    });
  });
});
