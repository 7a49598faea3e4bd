import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { backgroundBehind, contrastRatio, parseColour } from './support/colour.js';
import { renderTag, shadowElements, shadowOf, tags, type SaferSevenTag } from './support/elements.js';

// How the tags look on a phone, on a hostile school theme, in forced colours and on paper.

/** The now used where point 7 appears, so that every run lays out the same routes. */
const fixedNow = { now: '2026-12-01T10:00:00Z' };

function attributesFor(tag: SaferSevenTag): Record<string, string> {
  return tag === 'safer-seven-report-it' || tag === 'safer-seven-briefing' ? fixedNow : {};
}

/** The elements of the shadow tree that hold text of their own (not only through children). */
function textHolders(element: Element): Element[] {
  return shadowElements(element).filter((node) =>
    [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== ''),
  );
}

/** Every box of every text run in the shadow tree, as laid out. */
function textBoxes(element: Element): { text: string; box: DOMRect }[] {
  const boxes: { text: string; box: DOMRect }[] = [];
  const walker = document.createTreeWalker(shadowOf(element), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim() || node.parentElement?.localName === 'style') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) boxes.push({ text: node.textContent!.trim(), box });
  }
  return boxes;
}

for (const tag of tags) {
  describe(`<${tag}>`, () => {
    describe('when the viewport is 320 px wide', () => {
      let original: { width: number; height: number };

      before(() => {
        original = { width: window.innerWidth, height: window.innerHeight };
      });

      beforeEach(() => setViewport({ width: 320, height: 640 }));

      after(() => setViewport(original));

      it('lays itself out without horizontal scrolling', async () => {
        const element = await renderTag(tag, attributesFor(tag));
        expect(document.documentElement.clientWidth).to.be.at.most(320);
        expect(element.scrollWidth, 'no overflow inside the element').to.be.at.most(element.clientWidth);
        const right = element.getBoundingClientRect().right;
        expect(right, 'the element fits the viewport').to.be.at.most(document.documentElement.clientWidth + 1);
        for (const node of shadowElements(element)) {
          const box = node.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          expect(box.right, `<${node.localName}> "${node.textContent?.trim().slice(0, 40)}"`).to.be.at.most(right + 1);
        }
        for (const { text, box } of textBoxes(element)) {
          expect(box.right, `text "${text.slice(0, 40)}"`).to.be.at.most(right + 1);
        }
        await expect(element).to.be.accessible();
      });
    });

    describe('when the host page has a hostile theme', () => {
      let rootFontSize: string;

      beforeEach(() => {
        // `html { font-size: 10px }` cannot be scoped to a fixture: set it on the page itself.
        rootFontSize = document.documentElement.style.fontSize;
        document.documentElement.style.fontSize = '10px';
      });

      afterEach(() => {
        document.documentElement.style.fontSize = rootFontSize;
      });

      it('keeps its text readable', async () => {
        const container = await fixture<HTMLElement>(html`<div class="hostile-theme">
          <style>
            .hostile-theme {
              text-transform: uppercase;
              line-height: 0.5;
              letter-spacing: 0.3em;
              word-spacing: 1em;
              font-size: 8px;
              font-style: italic;
              text-align: justify;
              color: #fff;
              background: #000;
            }
            .hostile-theme a {
              color: inherit;
              text-decoration: none;
            }
            /* A rule that matches the element itself, as CMS themes' "*" and ".content *" do. */
            .hostile-theme * {
              text-transform: uppercase;
              line-height: 0.5;
              letter-spacing: 0.3em;
              font-size: 8px;
              font-style: italic;
              color: #fff;
            }
          </style>
          <p>The host page's own text</p>
        </div>`);
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries(attributesFor(tag))) element.setAttribute(name, value);
        container.append(element);
        await element.updateComplete;

        // The theme does reach the host page's own text: otherwise this test proves nothing.
        const pageText = getComputedStyle(container.querySelector('p')!);
        expect(pageText.textTransform).to.equal('uppercase');
        expect(pageText.fontSize).to.equal('8px');

        const holders = textHolders(element);
        expect(holders.length, 'elements with text to check').to.be.greaterThan(0);
        for (const node of holders) {
          const style = getComputedStyle(node);
          const label = `<${node.localName}> "${node.textContent?.trim().slice(0, 40)}"`;
          const fontSize = parseFloat(style.fontSize);
          expect(style.textTransform, label).to.equal('none');
          expect(style.letterSpacing, label).to.equal('normal');
          expect(style.fontStyle, label).to.equal('normal');
          expect(fontSize, `${label} font size`).to.be.at.least(16);
          expect(parseFloat(style.lineHeight), `${label} line height`).to.be.at.least(1.2 * fontSize);
          const contrast = contrastRatio(parseColour(style.color), backgroundBehind(node));
          expect(contrast, `${label} contrast`).to.be.at.least(4.5);
        }
        for (const link of shadowOf(element).querySelectorAll('a')) {
          expect(getComputedStyle(link).textDecorationLine, link.href).to.equal('underline');
        }
        await expect(element).to.be.accessible();
      });
    });

    describe('when the page is printed', () => {
      beforeEach(() => emulateMedia({ media: 'print' }));

      afterEach(() => emulateMedia({ media: 'screen' }));

      it('still prints its heading and every number', async () => {
        expect(matchMedia('print').matches, 'print emulated').to.equal(true);
        const element = await renderTag(tag, attributesFor(tag));
        const heading = shadowOf(element).querySelector('h2')!;
        expect(heading.getClientRects().length, 'the heading is laid out').to.be.greaterThan(0);
        for (const link of shadowOf(element).querySelectorAll('a')) {
          expect(link.getClientRects().length, link.href).to.be.greaterThan(0);
        }
        await expect(element).to.be.accessible();
      });
    });
  });
}

describe('<safer-seven-report-it>', () => {
  describe('when the page is shown in forced colours (Windows High Contrast)', () => {
    beforeEach(() => executeServerCommand('emulate-forced-colors', { active: true }));

    afterEach(async () => {
      await executeServerCommand('emulate-forced-colors', { active: false });
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours reset').to.equal(false);
    });

    it('still shows every route in a box with a visible border, in the system colours', async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const element = await renderTag('safer-seven-report-it', fixedNow);
      const routes = [...shadowOf(element).querySelectorAll('ol > li')];
      expect(routes).to.have.length(4);
      for (const route of routes) {
        const style = getComputedStyle(route);
        expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
        expect(style.borderTopStyle).to.not.equal('none');
        expect(route.getBoundingClientRect().height).to.be.greaterThan(0);
        const number = route.querySelector('a[href^="tel:"]')!;
        expect(number.getClientRects().length, number.getAttribute('href')!).to.be.greaterThan(0);
      }
      await expect(element).to.be.accessible();
    });
  });

  describe('when the page is printed', () => {
    beforeEach(() => emulateMedia({ media: 'print' }));

    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
      expect(matchMedia('print').matches, 'print emulation reset').to.equal(false);
    });

    it('still shows every route in a box with a visible border', async () => {
      expect(matchMedia('print').matches).to.equal(true);
      const element = await renderTag('safer-seven-report-it', fixedNow);
      const routes = [...shadowOf(element).querySelectorAll('ol > li')];
      expect(routes).to.have.length(4);
      for (const route of routes) {
        expect(parseFloat(getComputedStyle(route).borderTopWidth)).to.be.greaterThan(0);
        expect(route.querySelector('a[href^="tel:"]')!.getClientRects().length).to.be.greaterThan(0);
      }
      await expect(element).to.be.accessible();
    });
  });
});

describe('<safer-seven-contacts>', () => {
  describe('when the page is printed', () => {
    beforeEach(() => emulateMedia({ media: 'print' }));

    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the address of each web link after it, and nothing after phone and email links', async () => {
      const element = await renderTag('safer-seven-contacts');
      const links = [...shadowOf(element).querySelectorAll('a')];
      const web = links.filter((link) => link.getAttribute('href')!.startsWith('https:'));
      expect(web.length, 'web links').to.be.greaterThan(0);
      for (const link of web) {
        expect(getComputedStyle(link, '::after').content, link.href).to.include(link.getAttribute('href')!);
      }
      for (const link of links.filter((candidate) => !web.includes(candidate))) {
        expect(getComputedStyle(link, '::after').content, link.href).to.equal('none');
      }
      await expect(element).to.be.accessible();
    });
  });

  describe('when the page is on screen', () => {
    it('does not print the address after web links', async () => {
      const element = await renderTag('safer-seven-contacts');
      for (const link of shadowOf(element).querySelectorAll('a')) {
        expect(getComputedStyle(link, '::after').content, link.href).to.equal('none');
      }
      await expect(element).to.be.accessible();
    });
  });
});
