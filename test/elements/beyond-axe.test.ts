import { expect, fixture, html } from '@open-wc/testing';
import { contactById, cse, enGB, telHref, type ContactId } from '@safer-seven/content';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { backgroundBehind, contrastRatio, parseColour, relativeLuminance } from './support/colour.js';
import { renderTag, routeItem, shadowElements, shadowOf, tags, textOf, type SaferSevenTag } from './support/elements.js';
import { applyTextSpacing } from './support/text-spacing.js';

// What axe cannot see (issue 11): paper, names and language, reflow with the reader's own
// text spacing, the host's colour scheme and forced colours, and fitting the host's theme.

const open = '2026-12-01T10:00:00Z';
const closed = '2026-12-01T19:30:00Z';
const white = parseColour('rgb(255, 255, 255)');
const leafletOrder = cse.reportingRoutes.map((route) => route.contactId);

function withNow(tag: SaferSevenTag, now = open): Record<string, string> {
  return tag === 'safer-seven-report-it' || tag === 'safer-seven-briefing' ? { now } : {};
}

/** Point 7's routes in the order a reader sees them laid out (top to bottom), not the DOM's. */
function routesAsLaidOut(element: Element): ContactId[] {
  const items = [...shadowOf(element).querySelectorAll('ol.routes > li')];
  return items
    .map((item) => ({ top: item.getBoundingClientRect().top, href: item.querySelector('a[href^="tel:"]')!.getAttribute('href') }))
    .sort((first, second) => first.top - second.top)
    .map(({ href }) => cse.contacts.find((contact) => contact.phone && telHref(contact.phone.dial) === href)!.id);
}

describe('on paper', () => {
  beforeEach(() => emulateMedia({ media: 'print' }));

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    expect(matchMedia('print').matches, 'print emulation reset').to.equal(false);
  });

  for (const tag of ['safer-seven-report-it', 'safer-seven-briefing'] as const) {
    for (const [when, now] of [
      ['in office hours', open],
      ['out of office hours', closed],
    ] as const) {
      describe(`<${tag}> printed ${when}`, () => {
        it("shows every route in the leaflet's order, each with its hours, and nothing about now", async () => {
          const element = await renderTag(tag, { now });
          expect(routesAsLaidOut(element)).to.deep.equal(leafletOrder);
          for (const route of cse.reportingRoutes) {
            const contact = contactById(cse, route.contactId);
            const printed = routeItem(element, route.contactId).innerText;
            expect(printed, route.contactId).to.include(contact.phone!.display);
            if (contact.hoursText) expect(printed, route.contactId).to.include(contact.hoursText);
          }
          const routes = shadowOf(element).querySelector('ol.routes') as HTMLElement;
          expect(routes.innerText).to.not.match(/\bnow\b/i);
          expect(routes.innerText).to.not.include(enGB.callNow);
          await expect(element).to.be.accessible();
        });

        it('gives the route that applies now no emphasis, and prints the numbers in ink', async () => {
          const element = await renderTag(tag, { now });
          const borders = (['childrens-services', 'emergency-duty-team', 'police-non-emergency'] as const).map((id) => {
            const style = getComputedStyle(routeItem(element, id));
            return `${style.borderTopWidth} ${style.borderTopColor}`;
          });
          expect(new Set(borders).size, borders.join(' / ')).to.equal(1);
          // Browsers print without backgrounds by default: the number must read on the paper alone.
          for (const number of shadowOf(element).querySelectorAll('.number, .badge')) {
            if (number.getClientRects().length === 0) continue;
            const style = getComputedStyle(number);
            expect(parseColour(style.backgroundColor).alpha, 'no background to lose').to.equal(0);
            expect(contrastRatio(parseColour(style.color), white), textOf(number)).to.be.at.least(4.5);
          }
        });
      });
    }
  }
});

describe('the provenance line', () => {
  const provenance = enGB.provenance(cse.publisher.name, cse.reviewed);
  const lineOf = (element: Element) => shadowOf(element).querySelector<HTMLElement>('[part~="provenance"]')!;

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('prints, in ink', async () => {
    await emulateMedia({ media: 'print' });
    const element = await renderTag('safer-seven-warning-signs', {});
    expect(lineOf(element).innerText.trim()).to.equal(provenance);
    expect(contrastRatio(parseColour(getComputedStyle(lineOf(element)).color), white)).to.be.at.least(4.5);
  });

  it('reads in forced colours and on a dark theme, in the text colour of the card', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    const forced = await renderTag('safer-seven-contacts', {});
    expect(lineOf(forced).innerText.trim()).to.equal(provenance);
    await executeServerCommand('emulate-forced-colors', { active: false });
    // A page in dark mode: the card's own dark scheme.
    const container = await fixture<HTMLElement>(html`<div style="color-scheme: dark">
      <safer-seven-report-it now=${open}></safer-seven-report-it>
    </div>`);
    const dark = container.querySelector('safer-seven-report-it')!;
    await dark.updateComplete;
    const line = lineOf(dark);
    expect(contrastRatio(parseColour(getComputedStyle(line).color), backgroundBehind(line))).to.be.at.least(4.5);
    await expect(dark).to.be.accessible();
  });
});

describe('words and names', () => {
  it('separates the badge from its sentence with text, not styling', async () => {
    const element = await renderTag('safer-seven-report-it', { now: closed });
    const status = routeItem(element, 'emergency-duty-team').querySelector('[part~="status"]')!;
    expect(status.textContent!.replace(/\s+/g, ' ').trim()).to.match(new RegExp(`^${enGB.callNow}: \\S`));
    await expect(element).to.be.accessible();
  });

  for (const tag of ['safer-seven-report-it', 'safer-seven-contacts'] as const) {
    it(`<${tag}> names each number once, with whom it calls and the menu option`, async () => {
      const element = await renderTag(tag, withNow(tag));
      const links = [...shadowOf(element).querySelectorAll('a[href^="tel:"]')];
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) {
        const contact = cse.contacts.find((candidate) => candidate.phone && telHref(candidate.phone.dial) === link.getAttribute('href'))!;
        const name = link.getAttribute('aria-label')!;
        expect(name).to.equal(enGB.callLabel(contact, contact.phone!.display));
        expect(name).to.include(contact.name).and.include(contact.phone!.display);
        // The sentence around the link says what it is for: the name does not say it again.
        expect(name).to.not.include(contact.purpose);
        if (contact.phone!.menuOption) expect(name).to.include(enGB.menuOption(contact.phone!.menuOption));
      }
      await expect(element).to.be.accessible();
    });
  }

  for (const tag of tags) {
    it(`<${tag}> says its language inside a page in another one, and keeps list semantics`, async () => {
      const container = await fixture<HTMLElement>(html`<div lang="cy"></div>`);
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(withNow(tag))) element.setAttribute(name, value);
      container.append(element);
      await element.updateComplete;
      const base = shadowOf(element).querySelector('[part~="base"]')!;
      expect(base.getAttribute('lang')).to.equal(cse.lang);
      for (const node of shadowElements(element)) expect(node.matches(`:lang(${cse.lang})`), node.localName).to.equal(true);
      for (const list of shadowOf(element).querySelectorAll('ol, ul')) {
        if (getComputedStyle(list).listStyleType === 'none') expect(list.getAttribute('role'), list.className).to.equal('list');
      }
      await expect(element).to.be.accessible();
    });
  }
});

describe('with WCAG 1.4.12 text spacing at 320 px', () => {
  let original: { width: number; height: number };
  let removeSpacing: (() => void) | undefined;

  before(() => {
    original = { width: window.innerWidth, height: window.innerHeight };
  });

  beforeEach(() => setViewport({ width: 320, height: 640 }));

  afterEach(() => {
    removeSpacing?.();
    removeSpacing = undefined;
  });

  after(() => setViewport(original));

  for (const tag of tags) {
    it(`<${tag}> fits a host's padded card, sized by its content`, async () => {
      // A flex item is at least as wide as its longest unbreakable run (min-width: auto), as in
      // a Tailwind card: a word or address that cannot break ("pregnancies/emergency",
      // "dudleysafeguarding.org.uk") would push it out of the card and the page sideways.
      const card = await fixture<HTMLElement>(html`<div class="card">
        <style>
          .card { display: flex; padding: 1.5rem; border: 1px solid; }
        </style>
      </div>`);
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(withNow(tag))) element.setAttribute(name, value);
      card.append(element);
      await element.updateComplete;
      removeSpacing = applyTextSpacing(document);
      const paragraph = shadowOf(element).querySelector('p')!;
      expect(getComputedStyle(paragraph).letterSpacing, 'spacing reaches the shadow tree').to.not.equal('normal');
      expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(document.documentElement.clientWidth);
      const inside = card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).paddingRight);
      const right = element.getBoundingClientRect().right;
      expect(right, 'the element within the card').to.be.at.most(inside + 0.5);
      for (const node of shadowElements(element)) {
        expect(node.getBoundingClientRect().right, `<${node.localName}> "${textOf(node).slice(0, 40)}"`).to.be.at.most(right + 0.5);
      }
    });
  }
});

describe("in the host page's colour scheme", () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('is a dark card that still reads well when the page offers dark and the reader prefers it', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const container = await fixture<HTMLElement>(html`<div class="dark-host">
      <style>
        .dark-host { color-scheme: light dark; }
      </style>
      <safer-seven-briefing now=${closed}></safer-seven-briefing>
    </div>`);
    const element = container.querySelector('safer-seven-briefing')!;
    await element.updateComplete;
    const base = shadowOf(element).querySelector('[part~="base"]')!;
    expect(relativeLuminance(parseColour(getComputedStyle(base).backgroundColor)), 'a dark card').to.be.below(0.05);
    for (const node of shadowElements(element)) {
      if (![...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())) continue;
      const ratio = contrastRatio(parseColour(getComputedStyle(node).color), backgroundBehind(node));
      expect(ratio, `<${node.localName}> "${textOf(node).slice(0, 30)}"`).to.be.at.least(4.5);
    }
    await expect(element).to.be.accessible();
  });

  it('stays light on a page that declares no scheme, and the custom properties still win', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const plain = await renderTag('safer-seven-warning-signs');
    const plainBase = shadowOf(plain).querySelector('[part~="base"]')!;
    expect(getComputedStyle(plainBase).backgroundColor).to.equal('rgb(255, 255, 255)');

    const container = await fixture<HTMLElement>(html`<div class="themed">
      <style>
        .themed { color-scheme: light dark; --safer-seven-background: rgb(255, 255, 238); --safer-seven-text-color: rgb(17, 17, 17); }
      </style>
      <safer-seven-warning-signs></safer-seven-warning-signs>
    </div>`);
    const themed = container.querySelector('safer-seven-warning-signs')!;
    await themed.updateComplete;
    const base = getComputedStyle(shadowOf(themed).querySelector('[part~="base"]')!);
    expect(base.backgroundColor).to.equal('rgb(255, 255, 238)');
    expect(base.color).to.equal('rgb(17, 17, 17)');
    await expect(themed).to.be.accessible();
  });
});

describe('in forced colours', () => {
  beforeEach(() => executeServerCommand('emulate-forced-colors', { active: true }));

  afterEach(() => executeServerCommand('emulate-forced-colors', { active: false }));

  it('keeps the shape of numbers and badge, and marks the route that applies by more than a border', async () => {
    const element = await renderTag('safer-seven-briefing', { now: closed });
    const shapes = [...shadowOf(element).querySelectorAll('.number, .badge')];
    expect(shapes.length).to.equal(cse.sections.length + 1);
    for (const shape of shapes) {
      const style = getComputedStyle(shape);
      expect(style.borderTopStyle, textOf(shape)).to.equal('solid');
      expect(parseFloat(style.borderTopWidth), textOf(shape)).to.be.at.least(1);
      expect(parseColour(style.borderTopColor).alpha, textOf(shape)).to.equal(1);
    }
    const outline = (id: ContactId) => {
      const style = getComputedStyle(routeItem(element, id));
      return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    };
    expect(outline('emergency-duty-team'), 'the route that applies now').to.be.at.least(2);
    expect(outline('police-emergency'), '999').to.equal(0);
    expect(outline('childrens-services')).to.equal(0);
    await expect(element).to.be.accessible();
  });
});

describe("in the host page's theme", () => {
  it('shows a visible focus ring by default, which the host restyles through ::part', async () => {
    const container = await fixture<HTMLElement>(html`<div class="host">
      <style>
        .host .themed::part(tel):focus-visible { outline-color: rgb(255, 0, 0); }
      </style>
      <safer-seven-report-it now=${open}></safer-seven-report-it>
      <safer-seven-report-it class="themed" now=${open}></safer-seven-report-it>
    </div>`);
    const [plain, themed] = [...container.querySelectorAll('safer-seven-report-it')];
    await Promise.all([plain!.updateComplete, themed!.updateComplete]);
    const plainLink = shadowOf(plain!).querySelector<HTMLElement>('a[href^="tel:"]')!;
    plainLink.focus();
    const style = getComputedStyle(plainLink);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const ring = contrastRatio(parseColour(style.outlineColor), backgroundBehind(plainLink));
    expect(ring, 'the ring against the card').to.be.at.least(3);
    const themedLink = shadowOf(themed!).querySelector<HTMLElement>('a[href^="tel:"]')!;
    themedLink.focus();
    expect(getComputedStyle(themedLink).outlineColor).to.equal('rgb(255, 0, 0)');
  });

  it("takes the host's font where the host sets it, and --safer-seven-font where it sets it on classes", async () => {
    // GOV.UK Frontend sets its font on classes such as govuk-body, not on <body> or <main>.
    const page = await fixture<HTMLElement>(html`<main class="govuk-like">
      <style>
        .govuk-like { font-family: serif; }
        .govuk-like .govuk-body { font-family: monospace; }
        .govuk-like .branded { --safer-seven-font: monospace; }
        .govuk-like .inherits { font-family: cursive; }
      </style>
      <p class="govuk-body">The page's own text</p>
      <safer-seven-warning-signs></safer-seven-warning-signs>
      <safer-seven-warning-signs class="branded"></safer-seven-warning-signs>
      <div class="inherits"><safer-seven-warning-signs></safer-seven-warning-signs></div>
    </main>`);
    const [bare, branded, inside] = [...page.querySelectorAll('safer-seven-warning-signs')];
    await Promise.all([bare!.updateComplete, branded!.updateComplete, inside!.updateComplete]);
    const fontOf = (element: Element) => getComputedStyle(shadowOf(element).querySelector('li')!).fontFamily;
    expect(fontOf(bare!), 'the main column').to.equal('serif');
    expect(fontOf(branded!), 'named through --safer-seven-font').to.equal('monospace');
    expect(fontOf(inside!), 'inherited from the wrapper').to.equal('cursive');
  });

  it('keeps a margin below itself that the host can override', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <style>
        .flush { margin: 0; }
      </style>
      <safer-seven-warning-signs></safer-seven-warning-signs>
      <safer-seven-contacts></safer-seven-contacts>
      <safer-seven-warning-signs class="flush"></safer-seven-warning-signs>
    </div>`);
    const [first, second, flush] = [...container.children].filter((child) => child.localName !== 'style');
    expect(second!.getBoundingClientRect().top - first!.getBoundingClientRect().bottom, 'two embeds apart').to.be.at.least(8);
    expect(getComputedStyle(flush!).marginBlockEnd).to.equal('0px');
  });
});
