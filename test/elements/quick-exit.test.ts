import { expect, fixture, html } from '@open-wc/testing';
import { quickExitDefaultHref, quickExitStrings as strings } from '@safer-seven/content';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../packages/elements/src/define/quick-exit.js';
import type { SaferSevenQuickExit } from '../../packages/elements/src/quick-exit/quick-exit.js';
import { pressWindowMilliseconds } from '../../packages/elements/src/quick-exit/shift-presses.js';
import { backgroundBehind, contrastRatio, parseColour } from './support/colour.js';
import { expectCalls, firstMessage } from './support/console.js';
import { catchNavigations, type CaughtNavigation } from './support/navigations.js';

// The quick exit from its sources: what a person in a hurry notices (the button, Shift three
// times, a blank page at once, Back not returning) and what a privacy officer checks. Every
// exit is caught before the page leaves (support/navigations.ts). Where Shift is pressed the
// timers are faked, so no test depends on how fast the machine is.

let navigations: { readonly caught: CaughtNavigation[]; stop(): void };
let clock: sinon.SinonFakeTimers | undefined;
const titleOfTestPage = document.title;

/** Fakes the timers from here on (after the fixture: axe and the fixture need real ones). */
function fakeClock(): sinon.SinonFakeTimers {
  clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  return clock;
}

beforeEach(() => {
  navigations = catchNavigations();
});

afterEach(() => {
  navigations.stop();
  clock?.restore();
  clock = undefined;
  sinon.restore();
  document.title = titleOfTestPage;
});

async function renderQuickExit(attributes: Readonly<Record<string, string>> = {}): Promise<SaferSevenQuickExit> {
  const element = document.createElement('safer-seven-quick-exit');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return fixture<SaferSevenQuickExit>(element);
}

function partsOf(element: SaferSevenQuickExit) {
  const root = element.shadowRoot;
  if (!root) throw new Error('<safer-seven-quick-exit> has no shadow root');
  return {
    button: root.querySelector<HTMLButtonElement>('[part~="button"]')!,
    overlay: root.querySelector<HTMLDialogElement>('[part~="overlay"]')!,
    status: root.querySelector<HTMLElement>('[role="status"]')!,
    litDots: () => root.querySelectorAll('[part~="indicator"] .lit').length,
    indicatorShown: () => root.querySelector<HTMLElement>('[part~="indicator"]')!.getClientRects().length > 0,
  };
}

const textOf = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Shift pressed and released on its own, as a person does, through the browser's input. */
async function pressShift(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ up: 'Shift' });
}

function expectLeftFor(url: string): void {
  expect(navigations.caught, 'navigations').to.deep.equal([{ url, type: 'replace' }]);
}

function expectStayed(): void {
  expect(navigations.caught, 'navigations').to.deep.equal([]);
}

describe('<safer-seven-quick-exit>', () => {
  describe('when it has rendered', () => {
    it('shows one button, read as "Emergency Exit this page", at least 44 by 44 pixels', async () => {
      const element = await renderQuickExit();
      const { button } = partsOf(element);
      expect(textOf(button)).to.equal(`${strings.emergency} ${strings.exitThisPage}`);
      const box = button.getBoundingClientRect();
      expect(box.width, 'width').to.be.at.least(44);
      expect(box.height, 'height').to.be.at.least(44);
      const hidden = button.querySelector('.hidden')!;
      expect(hidden.getBoundingClientRect().width, '"Emergency" is not on screen').to.be.at.most(1);
      expect(getComputedStyle(element).position, 'sticks at the top').to.equal('sticky');
      await expect(element).to.be.accessible();
    });

    it('has text at 4.5:1 or more on its colour, focused or not', async () => {
      const element = await renderQuickExit();
      const { button } = partsOf(element);
      const ratio = () => contrastRatio(parseColour(getComputedStyle(button).color), backgroundBehind(button));
      expect(ratio(), 'at rest').to.be.at.least(4.5);
      button.focus();
      await sendKeys({ press: 'Shift' });
      expect(button.matches(':focus-visible'), 'focus shows').to.equal(true);
      expect(ratio(), 'focused').to.be.at.least(4.5);
    });

    it('sits at the top of the page while it scrolls', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <safer-seven-quick-exit></safer-seven-quick-exit>
        <div class="long" style="block-size: 300vh"></div>
      </div>`);
      const element = wrapper.querySelector('safer-seven-quick-exit')!;
      window.scrollTo(0, window.innerHeight);
      try {
        const top = partsOf(element as SaferSevenQuickExit).button.getBoundingClientRect().top;
        expect(top).to.be.within(0, 20);
      } finally {
        window.scrollTo(0, 0);
      }
    });

    it("takes in the page's flow only the line its fallback link took, so that upgrading moves nothing", async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="font: 15px/1.35 Georgia, serif">
        <p style="margin: 0"><a href="https://www.bbc.co.uk/weather">Exit this page</a></p>
        <safer-seven-quick-exit></safer-seven-quick-exit>
      </div>`);
      const element = wrapper.querySelector('safer-seven-quick-exit') as SaferSevenQuickExit;
      const fallbackLine = wrapper.querySelector('p')!.getBoundingClientRect().height;
      expect(element.getBoundingClientRect().height).to.be.closeTo(fallbackLine, 0.5);
      // The button, 44 px at least, lies over what follows, at the end of the line.
      const button = partsOf(element).button.getBoundingClientRect();
      expect(button.height).to.be.at.least(44);
      expect(button.right).to.be.closeTo(element.getBoundingClientRect().right, 12);
    });

    it('leaves nothing behind it: no request, cookie or storage', async () => {
      const before = performance.getEntriesByType('resource').length;
      const element = await renderQuickExit();
      partsOf(element).button.click();
      expect(performance.getEntriesByType('resource').length, 'requests').to.equal(before);
      expect(document.cookie, 'cookies').to.equal('');
      expect(localStorage.length, 'localStorage').to.equal(0);
      expect(sessionStorage.length, 'sessionStorage').to.equal(0);
    });
  });

  describe('when the page is shown in forced colours (Windows High Contrast)', () => {
    beforeEach(() => executeServerCommand('emulate-forced-colors', { active: true }));
    afterEach(() => executeServerCommand('emulate-forced-colors', { active: false }));

    it('keeps a visible border round the button, and the overlay in the system colours', async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const element = await renderQuickExit();
      const { button, overlay } = partsOf(element);
      const style = getComputedStyle(button);
      expect(parseFloat(style.borderTopWidth), 'border width').to.be.greaterThan(0);
      expect(style.borderTopColor, 'border colour').to.not.equal(style.backgroundColor);
      button.click();
      expect(getComputedStyle(overlay).backgroundColor).to.equal(canvasColour());
      await expect(element).to.be.accessible();
    });
  });

  describe('when the button is clicked', () => {
    it('covers the page at once, clears the title and replaces the page with BBC Weather', async () => {
      const element = await renderQuickExit();
      const { button, overlay } = partsOf(element);
      document.title = 'Getting help with abuse';
      button.click();
      // The same task as the click: nothing of the page stays on screen while the next loads.
      expect(overlay.open, 'the overlay is open').to.equal(true);
      expect(overlay.matches(':modal'), 'in the top layer, the page behind inert').to.equal(true);
      const box = overlay.getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, innerWidth, innerHeight]);
      const hit = element.shadowRoot!.elementFromPoint(innerWidth / 2, innerHeight / 2);
      expect(hit === overlay, `what is under the middle of the screen: ${hit?.localName} ${hit?.className}`).to.equal(true);
      expect(textOf(overlay)).to.equal(strings.leaving);
      expect(getComputedStyle(overlay).backgroundColor, 'system colour Canvas').to.equal(canvasColour());
      expect(document.title).to.equal('');
      expectLeftFor(quickExitDefaultHref);
    });
  });

  describe('when Enter is pressed on the focused button', () => {
    it('leaves the page', async () => {
      const element = await renderQuickExit();
      partsOf(element).button.focus();
      await sendKeys({ press: 'Enter' });
      expect(partsOf(element).overlay.open).to.equal(true);
      expectLeftFor(quickExitDefaultHref);
    });
  });

  describe('when Shift is pressed three times', () => {
    it('leaves the page from anywhere on it, saying how many presses are left on the way', async () => {
      const element = await renderQuickExit();
      const clock = fakeClock();
      const { status } = partsOf(element);
      await pressShift();
      expect(textOf(status)).to.equal(strings.pressesToGo(2));
      expect(partsOf(element).litDots()).to.equal(1);
      expect(partsOf(element).indicatorShown(), 'the indicator shows').to.equal(true);
      await pressShift();
      expect(textOf(status)).to.equal(strings.pressesToGo(1));
      expect(partsOf(element).litDots()).to.equal(2);
      expectStayed();
      clock.tick(pressWindowMilliseconds - 1);
      await pressShift();
      expectLeftFor(quickExitDefaultHref);
      expect(partsOf(element).overlay.open).to.equal(true);
    });

    it('leaves only once, however many tags the page holds', async () => {
      const addListener = sinon.spy(document, 'addEventListener');
      await fixture(html`<div>
        <safer-seven-quick-exit></safer-seven-quick-exit><safer-seven-quick-exit></safer-seven-quick-exit>
      </div>`);
      expect(addListener.args.filter(([type]) => type === 'keyup').length, 'keyup listeners').to.equal(1);
      fakeClock();
      for (let press = 0; press < 3; press += 1) await pressShift();
      expectLeftFor(quickExitDefaultHref);
    });
  });

  describe('when Shift is pressed twice', () => {
    it('stays, and shows no indicator before the first press', async () => {
      const element = await renderQuickExit();
      expect(partsOf(element).indicatorShown()).to.equal(false);
      fakeClock();
      await pressShift();
      await pressShift();
      expectStayed();
    });
  });

  describe('when the presses are slower than five seconds', () => {
    it('starts again, says the exit expired, and a third press does not leave', async () => {
      const element = await renderQuickExit();
      const clock = fakeClock();
      const { status } = partsOf(element);
      await pressShift();
      await pressShift();
      clock.tick(pressWindowMilliseconds);
      expect(textOf(status)).to.equal(strings.expired);
      expect(partsOf(element).litDots()).to.equal(0);
      expect(partsOf(element).indicatorShown()).to.equal(false);
      await pressShift();
      expectStayed();
      expect(textOf(status)).to.equal(strings.pressesToGo(2));
    });
  });

  describe('when Shift is used to type capitals', () => {
    it('does not count Shift+A, and the letters reach the text field', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <safer-seven-quick-exit></safer-seven-quick-exit><label>Name <input /></label>
      </div>`);
      const input = wrapper.querySelector('input')!;
      const { status, litDots } = partsOf(wrapper.querySelector('safer-seven-quick-exit')!);
      input.focus();
      fakeClock();
      for (let press = 0; press < 3; press += 1) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'KeyA' });
        await sendKeys({ up: 'Shift' });
        expect(textOf(status), 'nothing is announced').to.equal('');
        expect(litDots(), 'no press is counted').to.equal(0);
      }
      expect(input.value).to.equal('AAA');
      expectStayed();
    });

    it('starts again after another key: Shift, Shift, a letter, Shift stays', async () => {
      await renderQuickExit();
      fakeClock();
      await pressShift();
      await pressShift();
      await sendKeys({ press: 'KeyB' });
      await pressShift();
      expectStayed();
    });
  });

  describe('when Shift is held down and repeats', () => {
    /** Synthetic key events: the input commands cannot make a key auto-repeat. */
    function shiftEvents(repeats: boolean): void {
      const key = (type: string, repeat = false) =>
        document.body.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', repeat, bubbles: true, composed: true }));
      key('keydown');
      if (repeats) key('keydown', true);
      key('keyup');
    }

    it('does not count the held presses', async () => {
      await renderQuickExit();
      for (let press = 0; press < 3; press += 1) shiftEvents(true);
      expectStayed();
    });

    it('counts the same events without the repeat (the check above can fail)', async () => {
      await renderQuickExit();
      for (let press = 0; press < 3; press += 1) shiftEvents(false);
      expectLeftFor(quickExitDefaultHref);
    });
  });

  describe('when the page comes back from the back-forward cache', () => {
    it('takes the overlay away, gives the title back and forgets the presses', async () => {
      const element = await renderQuickExit();
      const { button, overlay, status } = partsOf(element);
      document.title = 'Getting help with abuse';
      const clock = fakeClock();
      await pressShift();
      button.click();
      expect(overlay.open).to.equal(true);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      expect(overlay.open, 'the overlay is gone').to.equal(false);
      expect(document.title).to.equal('Getting help with abuse');
      expect(textOf(status)).to.equal('');
      expect(partsOf(element).litDots()).to.equal(0);
      await pressShift();
      await pressShift();
      expect(navigations.caught, 'only the click left').to.have.length(1);
      clock.restore();
      await expect(element).to.be.accessible();
    });

    it('leaves a first showing of the page alone', async () => {
      const element = await renderQuickExit();
      partsOf(element).button.click();
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      expect(partsOf(element).overlay.open).to.equal(true);
    });
  });

  describe('when href is set', () => {
    it('goes to an https: address', async () => {
      const element = await renderQuickExit({ href: 'https://www.example.org/news' });
      partsOf(element).button.click();
      expectLeftFor('https://www.example.org/news');
    });

    for (const href of ['http://www.example.org/', 'javascript:alert(1)', 'weather', '']) {
      it(`warns once and goes to the default for "${href}"`, async () => {
        const warn = sinon.stub(console, 'warn');
        const element = await renderQuickExit({ href });
        expectCalls(warn, 1);
        expect(firstMessage(warn)).to.contain(`"${href}"`).and.to.contain(quickExitDefaultHref);
        partsOf(element).button.click();
        expectLeftFor(quickExitDefaultHref);
      });
    }
  });
});

/** The system colour Canvas, as this browser computes it. */
function canvasColour(): string {
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.body.append(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}
