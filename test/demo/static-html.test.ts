// The content package's static HTML (packages/content/src/static-html.ts), which every
// generated demo page and the builder's fallback use: escaped, semantic, at the right levels.
import { expect } from '@open-wc/testing';
import {
  contactById,
  cse,
  enGB,
  escapeHtml,
  fallbackHtml,
  saferSevenTags,
  staticBriefingHtml,
  staticSectionHtml,
  staticTagHtml,
  telHref,
  type Briefing,
} from '../../packages/content/src/index.js';

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('static HTML', () => {
  describe('when text holds markup', () => {
    const hostileTitle = `<img src=x onerror="alert(1)"> & 'quotes'`;
    const hostile: Briefing = {
      ...cse,
      sections: cse.sections.map((section) => (section.id === 'warning-signs' ? { ...section, title: hostileTitle } : section)),
      warningSigns: ['<script>alert(1)</script>', ...cse.warningSigns],
    };

    it('escapes it, so it reads as text', () => {
      const body = parse(staticSectionHtml(hostile, 'warning-signs'));
      expect(body.querySelector('img, script')).to.equal(null);
      expect(body.querySelector('h2')!.textContent).to.equal(`5 ${hostileTitle}`);
      expect(body.querySelector('li')!.textContent).to.equal('<script>alert(1)</script>');
    });

    it('escapes the five characters that matter', () => {
      expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    });
  });

  describe('when a link is not tel:, mailto: or https:', () => {
    it('refuses to write it', () => {
      const unsafe: Briefing = { ...cse, resources: [{ id: 'bad', name: 'Bad', href: 'javascript:alert(1)' }] };
      expect(() => staticSectionHtml(unsafe, 'where-to-get-help')).to.throw(/refusing/);
    });
  });

  describe('when a heading level is given', () => {
    it('puts the briefing heading at it and the seven points one below', () => {
      const body = parse(staticBriefingHtml(cse, { headingLevel: 3 }));
      expect(body.querySelectorAll('h3').length).to.equal(1);
      expect(body.querySelectorAll('h4').length).to.equal(cse.sections.length);
    });

    it('goes no deeper than h6', () => {
      const body = parse(staticBriefingHtml(cse, { headingLevel: 6 }));
      expect(body.querySelectorAll('h6').length).to.equal(cse.sections.length + 1);
    });

    it('refuses a level HTML does not have', () => {
      expect(() => fallbackHtml(cse, 'safer-seven-report-it', { headingLevel: 7 as 6 })).to.throw(RangeError);
    });
  });

  describe('when report-it falls back', () => {
    it('lists every route as a tel: link, most urgent first, with the menu option and hours', () => {
      const body = parse(fallbackHtml(cse, 'safer-seven-report-it'));
      const links = [...body.querySelectorAll('ol > li a')].map((link) => link.getAttribute('href'));
      expect(links).to.deep.equal(cse.reportingRoutes.map((route) => telHref(contactById(cse, route.contactId).phone!.dial)));
      const childrensServices = contactById(cse, 'childrens-services');
      const item = [...body.querySelectorAll('li')].find((li) => li.textContent!.includes(childrensServices.phone!.display))!;
      expect(item.textContent).to.include(`select option ${childrensServices.phone!.menuOption}`);
      expect(item.textContent).to.include(childrensServices.hoursText!);
    });
  });

  describe('when contacts fall back', () => {
    it('gives all of point 6, as the element shows it: the CSE team by phone and email, the resources, the website', () => {
      const body = parse(fallbackHtml(cse, 'safer-seven-contacts'));
      const team = contactById(cse, 'cse-team');
      expect([...body.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal([
        telHref(team.phone!.dial),
        `mailto:${team.email}`,
        ...cse.resources.flatMap((resource) => (resource.href ? [resource.href] : [])),
        cse.publisher.website.href,
      ]);
    });
  });

  describe('when the whole briefing falls back', () => {
    it('holds all seven points, as the element will show them, so that upgrading adds none', () => {
      const body = parse(fallbackHtml(cse, 'safer-seven-briefing', { headingLevel: 2 }));
      expect([...body.querySelectorAll('section')].map((section) => section.dataset.section)).to.deep.equal(cse.sections.map((section) => section.id));
      expect(body.querySelectorAll('h3').length).to.equal(cse.sections.length);
    });
  });

  describe('every part, static or fallback', () => {
    const provenance = enGB.provenance(cse.publisher.name, cse.reviewed);
    for (const tag of saferSevenTags) {
      it(`${tag} ends with whose information it is and when it was checked`, () => {
        for (const html of [fallbackHtml(cse, tag), staticTagHtml(cse, tag)]) {
          const lines = parse(html).querySelectorAll('p');
          expect(lines[lines.length - 1]!.textContent).to.equal(provenance);
        }
      });
    }

    it('words the line from the content: the publisher and the date checked, written out', () => {
      expect(provenance).to.include(cse.publisher.name);
      expect(provenance).to.include(new Date(cse.reviewed).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' }));
    });
  });
});
