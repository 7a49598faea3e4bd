import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import { renderTag, routeOrder, shadowOf, telHrefOf, textOf } from './support/elements.js';

// A panel without `now` follows the page's clock: it changes by itself at 09:00 and 17:00,
// and however many panels a page holds, one timer waits for the next change.

/**
 * axe schedules its work with setTimeout, which the fake clock holds: let the clock run in
 * small steps, far short of any office-hours boundary, until the audit has finished.
 */
async function expectAccessibleUnderFakeClock(element: Element, clock: sinon.SinonFakeTimers): Promise<void> {
  let finished = false;
  // The assertion is a thenable, not a Promise: it has `then` but no `finally`.
  const audit = new Promise<void>((resolve, reject) => {
    expect(element)
      .to.be.accessible()
      .then(() => resolve(), reject);
  }).finally(() => {
    finished = true;
  });
  for (let step = 0; step < 1000 && !finished; step += 1) await clock.tickAsync(10);
  await audit;
}

describe('<safer-seven-report-it>', () => {
  let clock: sinon.SinonFakeTimers;

  /** Installs the fake clock at an instant; done before any fixture, so the panel sees it. */
  function clockAt(instant: string): sinon.SinonFakeTimers {
    clock = sinon.useFakeTimers({ now: new Date(instant), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    return clock;
  }

  afterEach(() => {
    // Remove the panels first, so that they clear their timer on the fake clock that set it.
    fixtureCleanup();
    clock?.restore();
  });

  describe('when office hours end at 17:00 with the page open', () => {
    it('switches by itself to the Emergency Duty Team', async () => {
      clockAt('2026-12-01T16:59:00Z');
      const element = await renderTag('safer-seven-report-it');
      expect(element.activeRoute).to.equal('childrens-services');
      expect(routeOrder(element)[1]).to.equal('childrens-services');

      clock.tick(59_000);
      await element.updateComplete;
      expect(element.activeRoute, 'at 16:59:59').to.equal('childrens-services');

      clock.tick(1_000);
      await element.updateComplete;
      expect(element.activeRoute).to.equal('emergency-duty-team');
      expect(routeOrder(element)).to.deep.equal([
        'police-emergency',
        'emergency-duty-team',
        'childrens-services',
        'police-non-emergency',
      ]);
      await expectAccessibleUnderFakeClock(element, clock);
    });
  });

  describe('when a weekend passes with the page open', () => {
    it('stays with the Emergency Duty Team until 09:00 on Monday, then switches back', async () => {
      clockAt('2026-12-04T16:59:00Z'); // a Friday
      const element = await renderTag('safer-seven-report-it');
      clock.tick(60_000);
      await element.updateComplete;
      expect(element.activeRoute).to.equal('emergency-duty-team');

      clock.tick(Date.parse('2026-12-07T08:59:59Z') - Date.now()); // the Monday, a second early
      await element.updateComplete;
      expect(element.activeRoute).to.equal('emergency-duty-team');

      clock.tick(1_000);
      await element.updateComplete;
      expect(element.activeRoute).to.equal('childrens-services');
      expect(routeOrder(element)[1]).to.equal('childrens-services');
      await expectAccessibleUnderFakeClock(element, clock);
    });
  });

  describe('when the page holds two panels and a briefing', () => {
    it('keeps one timer for all of them, and switches them all', async () => {
      clockAt('2026-12-01T16:59:00Z');
      const page = await fixture<HTMLElement>(html`<div>
        <safer-seven-report-it></safer-seven-report-it>
        <safer-seven-report-it heading-level="3"></safer-seven-report-it>
        <safer-seven-briefing heading-level="3"></safer-seven-briefing>
      </div>`);
      const panels = [...page.querySelectorAll('safer-seven-report-it')];
      expect(panels).to.have.length(2);
      const [first, second] = panels as [(typeof panels)[0], (typeof panels)[0]];
      const briefing = page.querySelector('safer-seven-briefing')!;
      await Promise.all([first.updateComplete, second.updateComplete, briefing.updateComplete]);
      expect(clock.countTimers()).to.equal(1);

      clock.tick(60_000);
      await Promise.all([first.updateComplete, second.updateComplete, briefing.updateComplete]);
      expect([first.activeRoute, second.activeRoute]).to.deep.equal(['emergency-duty-team', 'emergency-duty-team']);
      expect(routeOrder(briefing)[1]).to.equal('emergency-duty-team');
      expect(clock.countTimers(), 'one timer, re-armed for the next opening').to.equal(1);
      await expectAccessibleUnderFakeClock(page, clock);
    });
  });

  describe('when panels are removed from the page', () => {
    it('keeps the timer while one panel remains, and leaves none once all are gone', async () => {
      clockAt('2026-12-01T10:00:00Z');
      const page = await fixture<HTMLElement>(html`<div>
        <safer-seven-report-it></safer-seven-report-it>
        <safer-seven-report-it heading-level="3"></safer-seven-report-it>
      </div>`);
      const panels = [...page.querySelectorAll('safer-seven-report-it')];
      expect(panels).to.have.length(2);
      await expectAccessibleUnderFakeClock(page, clock);
      expect(clock.countTimers()).to.equal(1);

      panels[0]!.remove();
      expect(clock.countTimers()).to.equal(1);
      panels[1]!.remove();
      expect(clock.countTimers()).to.equal(0);
    });

    it('starts the clock again when a panel is put back', async () => {
      clockAt('2026-12-01T16:59:00Z');
      const element = await renderTag('safer-seven-report-it');
      const parent = element.parentElement!;
      element.remove();
      expect(clock.countTimers()).to.equal(0);

      clock.tick(60_000); // 17:00 passes while the panel is away
      parent.append(element);
      await element.updateComplete;
      expect(clock.countTimers()).to.equal(1);
      expect(element.activeRoute).to.equal('emergency-duty-team');
      await expectAccessibleUnderFakeClock(element, clock);
    });
  });

  describe('when the panel is given now', () => {
    it('sets no timer, and keeps to that instant as the clock moves', async () => {
      clockAt('2026-12-01T16:59:00Z');
      const element = await renderTag('safer-seven-report-it', { now: '2026-12-01T10:00:00Z' });
      expect(clock.countTimers()).to.equal(0);
      clock.tick(60_000);
      await element.updateComplete;
      expect(element.activeRoute).to.equal('childrens-services');
      await expectAccessibleUnderFakeClock(element, clock);
    });

    it('joins the clock once now is removed', async () => {
      clockAt('2026-12-01T18:00:00Z');
      const element = await renderTag('safer-seven-report-it', { now: '2026-12-01T10:00:00Z' });
      element.removeAttribute('now');
      await element.updateComplete;
      expect(element.activeRoute).to.equal('emergency-duty-team');
      expect(clock.countTimers()).to.equal(1);
      await expectAccessibleUnderFakeClock(element, clock);
    });
  });
});

describe('<safer-seven-report-it> with a reader on it', () => {
  let clock: sinon.SinonFakeTimers;

  afterEach(() => {
    fixtureCleanup();
    clock?.restore();
  });

  const afterFive = ['police-emergency', 'emergency-duty-team', 'childrens-services', 'police-non-emergency'];

  /** A panel before 17:00, with somewhere else on the page for focus to go. */
  async function panelBeforeFive() {
    clock = sinon.useFakeTimers({ now: new Date('2026-12-01T16:59:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const page = await fixture<HTMLElement>(html`<div>
      <safer-seven-report-it></safer-seven-report-it>
      <button type="button">Elsewhere</button>
    </div>`);
    const element = page.querySelector('safer-seven-report-it')!;
    await element.updateComplete;
    return { element, elsewhere: page.querySelector('button')! };
  }

  describe('when office hours end while focus is on a number', () => {
    it('keeps the focused number as it was until focus leaves, then shows the new order', async () => {
      const { element, elsewhere } = await panelBeforeFive();
      const link = shadowOf(element).querySelector<HTMLAnchorElement>(`ol a[href="${telHrefOf('childrens-services')}"]`)!;
      const display = textOf(link);
      link.focus();

      clock.tick(60_000); // 17:00
      await element.updateComplete;
      const focused = shadowOf(element).activeElement as HTMLAnchorElement;
      expect(focused, 'focus stays on the link').to.equal(link);
      expect(focused.getAttribute('href'), 'the number it dials').to.equal(telHrefOf('childrens-services'));
      expect(textOf(focused), 'the number it shows').to.equal(display);
      expect(routeOrder(element)[1]).to.equal('childrens-services');

      elsewhere.focus();
      await element.updateComplete;
      expect(routeOrder(element)).to.deep.equal(afterFive);
      expect(element.activeRoute).to.equal('emergency-duty-team');
    });
  });

  describe('when office hours end while a pointer is pressed on the panel', () => {
    it('waits for the pointer to lift', async () => {
      const { element } = await panelBeforeFive();
      shadowOf(element)
        .querySelector('p')!
        .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));

      clock.tick(60_000);
      await element.updateComplete;
      expect(routeOrder(element)[1], 'pressed').to.equal('childrens-services');

      window.dispatchEvent(new PointerEvent('pointerup'));
      await element.updateComplete;
      expect(routeOrder(element)).to.deep.equal(afterFive);
    });
  });
});
