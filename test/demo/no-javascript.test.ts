// Without JavaScript a reader still gets the numbers. Each page is fetched as text and parsed
// with DOMParser, which runs no script: what it finds is what a browser with JavaScript off
// shows. The expected facts come from the content package, never from this file.
import { expect } from '@open-wc/testing';
import { contactById, cse, sectionById, telHref, type ContactId } from '../../packages/content/src/index.js';
import { demoPages, embedPage, fetchText, staticPage, tags, telHrefs, type Tag } from './helpers.js';

const tel = (id: ContactId) => telHref(contactById(cse, id).phone!.dial);
const reportingNumbers = [tel('police-emergency'), tel('childrens-services'), tel('emergency-duty-team')];
const childrensServices = contactById(cse, 'childrens-services');
const cseTeam = contactById(cse, 'cse-team');

async function parse(url: string): Promise<Document> {
  return new DOMParser().parseFromString(await fetchText(url), 'text/html');
}

const text = (root: ParentNode | null) => (root?.textContent ?? '').replace(/\s+/g, ' ');

/** What the no-JavaScript version of a tag must give a reader. */
function expectFallbackFacts(root: ParentNode | null, tag: Tag): void {
  expect(root, `<${tag}>`).to.exist;
  switch (tag) {
    case 'safer-seven-report-it':
    case 'safer-seven-briefing':
      expect(telHrefs(root)).to.include.members(reportingNumbers);
      expect(text(root)).to.include(`select option ${childrensServices.phone!.menuOption}`);
      expect(text(root)).to.include(childrensServices.hoursText!);
      break;
    case 'safer-seven-warning-signs': {
      const items = [...root!.querySelectorAll('li')].map((item) => item.textContent?.trim());
      expect(items).to.include.members([...cse.warningSigns]);
      break;
    }
    case 'safer-seven-contacts':
      expect(telHrefs(root)).to.include(telHref(cseTeam.phone!.dial));
      expect(root!.querySelector(`a[href="mailto:${cseTeam.email}"]`)).to.exist;
      break;
  }
}

describe('the demo without JavaScript', () => {
  for (const tag of tags) {
    describe(`when the embed page of <${tag}> is read`, () => {
      it('holds the fallback facts inside the tag', async () => {
        const page = await parse(embedPage(tag));
        expectFallbackFacts(page.querySelector(tag), tag);
      });
    });

    describe(`when the static page of <${tag}> is read`, () => {
      it('has no script and shows everything the tag shows', async () => {
        const page = await parse(staticPage(tag));
        // The test server adds its own web-socket script to every HTML file it serves.
        const scripts = [...page.querySelectorAll('script')].filter((script) => !script.src.includes('/__web-dev-server'));
        expect(scripts.map((script) => script.outerHTML)).to.deep.equal([]);
        expect(page.querySelectorAll('h1').length).to.equal(1);
        expectFallbackFacts(page.querySelector('main'), tag);
        if (tag === 'safer-seven-briefing') {
          const headings = [...page.querySelectorAll('h2')].map((heading) => text(heading).trim());
          expect(headings).to.deep.equal(cse.sections.map((section) => `${section.number} ${section.title}`));
        }
      });
    });
  }

  for (const name of ['school', 'council', 'charity', 'leaflet'] as const) {
    describe(`when the ${name} page is read`, () => {
      it("holds generated fallback content in every tag, at the tag's heading level", async () => {
        const page = await parse(demoPages[name]);
        const elements = [...page.querySelectorAll(tags.join(','))];
        expect(elements.length).to.be.greaterThan(0);
        for (const element of elements) {
          expectFallbackFacts(element, element.localName as Tag);
          const level = element.getAttribute('heading-level') ?? '2';
          expect(element.querySelector('h1,h2,h3,h4,h5,h6')?.localName, element.localName).to.equal(`h${level}`);
        }
      });
    });
  }

  describe('when the printable leaflet is read', () => {
    it('holds all seven points inside the tag', async () => {
      const page = await parse(demoPages.leaflet);
      const briefing = page.querySelector('safer-seven-briefing');
      for (const section of cse.sections) {
        expect(briefing!.querySelector(`[data-section="${section.id}"]`), section.id).to.exist;
      }
      expect(text(briefing)).to.include(sectionById(cse, 'where-to-get-help').title);
    });
  });
});

describe('the demo sources', () => {
  // THE RULE: a fact is typed once, in the content package. The hand-written pages and
  // templates may only point at it (markers, elements), never spell it out.
  const sources = [
    '/demo/index.html',
    '/demo/builder.html',
    '/demo/builder.js',
    '/demo/examples/components.html',
    '/demo/examples/leaflet.html',
    '/demo/examples/school.html',
    '/demo/examples/council.html',
    '/demo/examples/charity.html',
    '/demo/examples/updates.html',
  ];
  const facts = [
    ...cse.contacts.flatMap((contact) => [contact.phone?.display, contact.email, contact.hoursText]),
    ...cse.contacts.flatMap((contact) => (contact.phone && contact.phone.dial.length > 3 ? [contact.phone.dial] : [])),
    ...cse.warningSigns,
    cse.publisher.name,
    cse.publisher.website.label,
    cse.publisher.social.handle,
    cse.title,
  ].filter((fact): fact is string => Boolean(fact));

  for (const source of sources) {
    it(`${source} spells out no fact of the briefing`, async () => {
      const html = await fetchText(source);
      expect(facts.filter((fact) => html.includes(fact))).to.deep.equal([]);
      // 999 and 101 are too short to search for as text: look for them as phone links.
      expect(html).not.to.match(/tel:/);
    });
  }
});
