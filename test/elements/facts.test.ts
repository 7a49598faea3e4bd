import { expect } from '@open-wc/testing';
import { contactById, cse, sectionById, telHref, type Block, type ContactId, type SectionId } from '@safer-seven/content';
import { enGB } from '../../packages/content/src/index.js';
import {
  headingLevels,
  renderTag,
  routeItem,
  routeOrder,
  shadowOf,
  telLinks,
  textOf,
} from './support/elements.js';

// Each tag shows the facts it owns, every one of them taken from @safer-seven/content.

/** The first block of a kind in a section of the CSE briefing. */
function blockOf<Kind extends Block['kind']>(sectionId: SectionId, kind: Kind): Extract<Block, { kind: Kind }> {
  const block = sectionById(cse, sectionId).body.find((candidate) => candidate.kind === kind);
  if (!block) throw new Error(`section ${sectionId} has no ${kind} block`);
  return block as Extract<Block, { kind: Kind }>;
}

/** The one link in the shadow root with this href. */
function linkTo(element: Element, href: string): HTMLAnchorElement {
  const links = [...shadowOf(element).querySelectorAll('a')].filter((link) => link.getAttribute('href') === href);
  expect(links, `links to ${href}`).to.have.length(1);
  return links[0] as HTMLAnchorElement;
}

/** A phone number is a real tel: link named with its number and whom it calls. */
function expectPhoneLink(element: Element, contactId: ContactId): void {
  const contact = contactById(cse, contactId);
  const phone = contact.phone!;
  const link = linkTo(element, telHref(phone.dial));
  expect(textOf(link)).to.equal(phone.display);
  const name = link.getAttribute('aria-label') ?? '';
  expect(name).to.include(phone.display);
  expect(name).to.include(contact.name);
}

describe('<safer-seven-warning-signs>', () => {
  describe('when it shows the CSE briefing', () => {
    it('heads the card with point 5 and its title', async () => {
      const element = await renderTag('safer-seven-warning-signs');
      const section = sectionById(cse, 'warning-signs');
      const heading = shadowOf(element).querySelector('h2');
      expect(textOf(heading)).to.include(section.title);
      expect(textOf(heading)).to.include(String(section.number));
      await expect(element).to.be.accessible();
    });

    it('gives the caveat that the list is neither complete nor proof on its own', async () => {
      const element = await renderTag('safer-seven-warning-signs');
      const paragraphs = [...shadowOf(element).querySelectorAll('p')].map(textOf);
      expect(paragraphs).to.include(blockOf('warning-signs', 'warning-signs').intro);
      await expect(element).to.be.accessible();
    });

    it('lists all ten warning signs, in the order of the leaflet', async () => {
      const element = await renderTag('safer-seven-warning-signs');
      const items = [...shadowOf(element).querySelectorAll('ul > li')].map(textOf);
      expect(cse.warningSigns).to.have.length(10);
      expect(items).to.deep.equal([...cse.warningSigns]);
      await expect(element).to.be.accessible();
    });
  });
});

describe('<safer-seven-report-it>', () => {
  describe('when it shows the CSE briefing', () => {
    it('heads the panel with point 7 and its title', async () => {
      const element = await renderTag('safer-seven-report-it', { now: '2026-12-01T10:00:00Z' });
      const heading = shadowOf(element).querySelector('h2');
      expect(textOf(heading)).to.include(sectionById(cse, 'report-it').title);
      expect(textOf(shadowOf(element))).to.include(blockOf('report-it', 'reporting-routes').intro);
      await expect(element).to.be.accessible();
    });

    for (const contactId of ['police-emergency', 'childrens-services', 'emergency-duty-team', 'police-non-emergency'] as const) {
      it(`shows the ${contactId} number as a tel: link named with the number and whom it calls`, async () => {
        const element = await renderTag('safer-seven-report-it', { now: '2026-12-01T10:00:00Z' });
        expectPhoneLink(element, contactId);
        await expect(element).to.be.accessible();
      });
    }

    it("tells a caller which option to select for children's services", async () => {
      const element = await renderTag('safer-seven-report-it', { now: '2026-12-01T10:00:00Z' });
      const option = contactById(cse, 'childrens-services').phone?.menuOption;
      expect(option, 'the data names a menu option').to.be.a('number');
      expect(textOf(routeItem(element, 'childrens-services'))).to.include(enGB.menuOption(option!));
      await expect(element).to.be.accessible();
    });

    it('says what 101 is for', async () => {
      const element = await renderTag('safer-seven-report-it', { now: '2026-12-01T10:00:00Z' });
      const route = cse.reportingRoutes.find((candidate) => candidate.contactId === 'police-non-emergency')!;
      expect(textOf(routeItem(element, 'police-non-emergency'))).to.include(route.after!);
      await expect(element).to.be.accessible();
    });
  });
});

describe('<safer-seven-contacts>', () => {
  describe('when it shows the CSE briefing', () => {
    it('heads the block with point 6 and its title', async () => {
      const element = await renderTag('safer-seven-contacts');
      expect(textOf(shadowOf(element).querySelector('h2'))).to.include(sectionById(cse, 'where-to-get-help').title);
      await expect(element).to.be.accessible();
    });

    it('first sends the reader to their line manager or safeguarding lead', async () => {
      const element = await renderTag('safer-seven-contacts');
      const paragraphs = [...shadowOf(element).querySelectorAll('p')].map(textOf);
      expect(paragraphs[0]).to.equal(blockOf('where-to-get-help', 'paragraph').text);
      await expect(element).to.be.accessible();
    });

    it("gives the CSE team's number as a tel: link and its address as a mailto: link", async () => {
      const element = await renderTag('safer-seven-contacts');
      expectPhoneLink(element, 'cse-team');
      const email = contactById(cse, 'cse-team').email!;
      const mail = linkTo(element, `mailto:${email}`);
      expect(textOf(mail)).to.equal(email);
      expect(mail.getAttribute('aria-label')).to.include(email);
      expect(textOf(mail.parentElement)).to.include(blockOf('where-to-get-help', 'contact').lead);
      await expect(element).to.be.accessible();
    });

    it('lists every further resource, linking those whose address is certain', async () => {
      const element = await renderTag('safer-seven-contacts');
      const items = [...shadowOf(element).querySelectorAll('ul > li')];
      expect(items.map(textOf)).to.deep.equal(cse.resources.map((resource) => resource.name));
      cse.resources.forEach((resource, index) => {
        const link = items[index]!.querySelector('a');
        if (resource.href) {
          expect(link?.getAttribute('href'), resource.name).to.equal(resource.href);
        } else {
          expect(link?.outerHTML, `${resource.name} has no confirmed address`).to.equal(undefined);
        }
      });
      await expect(element).to.be.accessible();
    });

    it('shows See Me Hear Me by name, without a link', async () => {
      const element = await renderTag('safer-seven-contacts');
      const resource = cse.resources.find((candidate) => candidate.id === 'see-me-hear-me')!;
      const item = [...shadowOf(element).querySelectorAll('li')].find((li) => textOf(li) === resource.name);
      expect(item, `${resource.name} is listed`).to.not.equal(undefined);
      expect(item!.querySelector('a')?.outerHTML).to.equal(undefined);
      await expect(element).to.be.accessible();
    });

    it('opens every web link over https, without giving the other site a handle on this page', async () => {
      const element = await renderTag('safer-seven-contacts');
      const external = [...shadowOf(element).querySelectorAll('a')].filter(
        (link) => !/^(tel|mailto):/.test(link.getAttribute('href') ?? ''),
      );
      const expected = [...cse.resources.flatMap((resource) => resource.href ?? []), cse.publisher.website.href];
      expect(external.map((link) => link.getAttribute('href'))).to.have.members(expected);
      for (const link of external) {
        expect(new URL(link.href).protocol, link.href).to.equal('https:');
        expect(link.getAttribute('rel'), link.href).to.equal('noopener noreferrer');
      }
      await expect(element).to.be.accessible();
    });

    it("gives the partnership's website, social handle and hashtag", async () => {
      const element = await renderTag('safer-seven-contacts');
      const { website, social } = cse.publisher;
      expect(textOf(linkTo(element, website.href))).to.equal(website.label);
      const text = textOf(shadowOf(element));
      expect(text).to.include(social.handle);
      expect(text).to.include(social.hashtag);
      expect(text).to.include(social.network);
      await expect(element).to.be.accessible();
    });
  });
});

describe('<safer-seven-briefing>', () => {
  describe('when it shows the CSE briefing', () => {
    it("heads the briefing with the series and the topic's title", async () => {
      const element = await renderTag('safer-seven-briefing', { now: '2026-12-01T10:00:00Z' });
      const heading = textOf(shadowOf(element).querySelector('h2'));
      expect(heading).to.include(cse.series);
      expect(heading).to.include(cse.title);
      expect(textOf(shadowOf(element))).to.include(cse.publisher.name);
      await expect(element).to.be.accessible();
    });

    it('shows all seven points in order 1 to 7, each under its own title', async () => {
      const element = await renderTag('safer-seven-briefing', { now: '2026-12-01T10:00:00Z' });
      const sectionHeadings = [...shadowOf(element).querySelectorAll('section > h3')].map(textOf);
      expect(cse.sections).to.have.length(7);
      expect(sectionHeadings).to.have.length(7);
      cse.sections.forEach((section, index) => {
        expect(section.number).to.equal(index + 1);
        expect(sectionHeadings[index]).to.match(new RegExp(`^${section.number}\\b`));
        expect(sectionHeadings[index]).to.include(section.title);
      });
      await expect(element).to.be.accessible();
    });

    it("puts each point's heading one level below the briefing's own", async () => {
      const element = await renderTag('safer-seven-briefing', { now: '2026-12-01T10:00:00Z' });
      expect(headingLevels(element)).to.deep.equal([2, 3, 3, 3, 3, 3, 3, 3]);
      await expect(element).to.be.accessible();
    });

    it('holds every fact of the three single-point tags', async () => {
      const element = await renderTag('safer-seven-briefing', { now: '2026-12-01T10:00:00Z' });
      const signs = [...shadowOf(element).querySelectorAll('section')][4]!.querySelectorAll('ul > li');
      expect([...signs].map(textOf)).to.deep.equal([...cse.warningSigns]);
      for (const contactId of ['police-emergency', 'childrens-services', 'emergency-duty-team', 'police-non-emergency', 'cse-team'] as const) {
        expectPhoneLink(element, contactId);
      }
      expect(telLinks(element)).to.have.length(5);
      expect(routeOrder(element)[0]).to.equal('police-emergency');
      await expect(element).to.be.accessible();
    });
  });
});

describe('every part', () => {
  const provenance = enGB.provenance(cse.publisher.name, cse.reviewed);
  for (const tag of ['safer-seven-briefing', 'safer-seven-warning-signs', 'safer-seven-report-it', 'safer-seven-contacts'] as const) {
    describe(`<${tag}>`, () => {
      it('ends saying whose information it is and when its details were checked, from the content', async () => {
        const element = await renderTag(tag, { now: '2026-12-01T10:00:00Z' });
        const line = shadowOf(element).querySelector('[part~="provenance"]');
        expect(textOf(line)).to.equal(provenance);
        expect(textOf(line)).to.include(cse.publisher.name);
        // Last in the panel, and visible: the same words as the fallback and the static HTML end with.
        expect(shadowOf(element).querySelector('.base')!.lastElementChild).to.equal(line);
        expect((line as HTMLElement).innerText.trim()).to.equal(provenance);
        await expect(element).to.be.accessible();
      });
    });
  }
});
