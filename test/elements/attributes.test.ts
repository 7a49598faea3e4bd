import { expect, fixture, html } from '@open-wc/testing';
import { knownTopics } from '@safer-seven/content';
import sinon from 'sinon';
import { headingLevels, renderTag, shadowOf, tags, textOf } from './support/elements.js';
import { expectCalls, firstMessage } from './support/console.js';

// The attributes every tag takes (topic, heading-level) and what the host page puts inside a tag.

const headingLevelsOneToSix = [1, 2, 3, 4, 5, 6] as const;

/** Whether a person can see an element: it is laid out, with an area, and not hidden. */
function isVisible(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return box.width > 0 && box.height > 0 && style.visibility === 'visible' && Number(style.opacity) > 0;
}

for (const tag of tags) {
  describe(`<${tag}>`, () => {
    afterEach(() => sinon.restore());

    for (const level of headingLevelsOneToSix) {
      describe(`when heading-level is ${level}`, () => {
        it(`makes its top heading an <h${level}>, with inner headings one level below`, async () => {
          const element = await renderTag(tag, { 'heading-level': String(level) });
          const levels = headingLevels(element);
          expect(levels[0], 'the top heading').to.equal(level);
          expect(Math.min(...levels), 'nothing above the top heading').to.equal(level);
          if (tag === 'safer-seven-briefing') {
            // Its seven points sit one level below; h6 is as deep as HTML goes.
            expect(levels.slice(1)).to.deep.equal(Array(7).fill(Math.min(level + 1, 6)));
          } else {
            expect(levels).to.deep.equal([level]);
          }
          await expect(element).to.be.accessible();
        });
      });
    }

    describe('when heading-level is missing', () => {
      it('uses h2, without a warning', async () => {
        const warn = sinon.stub(console, 'warn');
        const element = await renderTag(tag);
        expect(headingLevels(element)[0]).to.equal(2);
        expectCalls(warn, 0);
        await expect(element).to.be.accessible();
      });
    });

    for (const value of ['0', '7', 'abc', '2.5', '-1', '', '<h1>']) {
      describe(`when heading-level is "${value}"`, () => {
        it('falls back to h2 and warns once', async () => {
          const warn = sinon.stub(console, 'warn');
          const element = await renderTag(tag, { 'heading-level': value });
          expect(headingLevels(element)[0]).to.equal(2);
          expectCalls(warn, 1);
          expect(firstMessage(warn)).to.include(`"${value}"`);
          await expect(element).to.be.accessible();
        });
      });
    }

    describe('when heading-level changes after the first render', () => {
      it('moves the top heading to the new level', async () => {
        const element = await renderTag(tag, { 'heading-level': '2' });
        element.setAttribute('heading-level', '4');
        await element.updateComplete;
        expect(headingLevels(element)[0]).to.equal(4);
        await expect(element).to.be.accessible();
      });
    });

    describe('when the topic is unknown', () => {
      it('shows a visible message naming the known topics, and logs one error naming them', async () => {
        const error = sinon.stub(console, 'error');
        const element = await renderTag(tag, { topic: 'nope' });
        const message = textOf(shadowOf(element));
        expect(message).to.not.equal('');
        expect(message).to.include('nope');
        for (const topic of knownTopics) expect(message).to.include(topic);
        const box = element.getBoundingClientRect();
        expect(box.width, 'the element is not an empty box').to.be.greaterThan(0);
        expect(box.height, 'the element is not an empty box').to.be.greaterThan(0);
        const shown = [...shadowOf(element).querySelectorAll('*')].filter(
          (node) => textOf(node) === message && isVisible(node),
        );
        expect(shown.length, 'visible elements holding the message').to.be.greaterThan(0);
        expectCalls(error, 1);
        const logged = firstMessage(error);
        expect(logged).to.include('nope');
        for (const topic of knownTopics) expect(logged).to.include(topic);
        await expect(element).to.be.accessible();
      });

      it('shows the briefing again once the topic is corrected', async () => {
        const error = sinon.stub(console, 'error');
        const element = await renderTag(tag, { topic: 'nope' });
        element.setAttribute('topic', knownTopics[0]!);
        await element.updateComplete;
        expect(headingLevels(element).length, 'headings').to.be.greaterThan(0);
        expectCalls(error, 1);
        await expect(element).to.be.accessible();
      });
    });

    describe('when an attribute holds markup', () => {
      it('shows it as text and never builds elements from it', async () => {
        const error = sinon.stub(console, 'error');
        // Were the markup ever run, its alert would block the page and hang the run instead
        // of failing this test.
        const alert = sinon.stub(window, 'alert');
        const hostile = '<img src=x onerror=alert(1)>';
        const element = await renderTag(tag, { topic: hostile });
        // Had an image been built, let its error handler run while alert is still stubbed.
        const images = [...shadowOf(element).querySelectorAll('img')];
        await Promise.all(
          images.map((image) => new Promise((settled) => image.addEventListener('error', settled, { once: true }))),
        );
        expect(textOf(shadowOf(element))).to.include(hostile);
        expect(shadowOf(element).querySelectorAll('img').length, 'img elements').to.equal(0);
        expectCalls(error, 1);
        expect(alert.callCount, 'alert calls').to.equal(0);
        await expect(element).to.be.accessible();
      });
    });

    describe('when the host page puts a no-JavaScript fallback inside it', () => {
      it('no longer shows the fallback once upgraded', async () => {
        const element = await renderTag(tag);
        const fallback = document.createElement('p');
        fallback.textContent = 'Call 999 in an emergency';
        // In the light DOM, as the host page's HTML puts it.
        element.append(fallback);
        await element.updateComplete;
        expect(fallback.isConnected).to.equal(true);
        expect(fallback.getClientRects().length).to.equal(0);
        expect(fallback.offsetHeight).to.equal(0);
        await expect(element).to.be.accessible();
      });
    });
  });
}

describe('<safer-seven-report-it>', () => {
  describe('when it is parsed from the host page with a fallback inside', () => {
    it('shows its own panel and not the fallback', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <safer-seven-report-it now="2026-12-01T10:00:00Z"><p id="fb">Call 999</p></safer-seven-report-it>
      </div>`);
      const element = page.querySelector('safer-seven-report-it')!;
      await element.updateComplete;
      const fallback = page.querySelector('#fb') as HTMLElement;
      expect(fallback.getClientRects().length).to.equal(0);
      expect(fallback.offsetHeight).to.equal(0);
      expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(element).to.be.accessible();
    });
  });

  describe('when the script arrives after the page has been read', () => {
    // A page of its own, in an iframe, with no Safer Seven definitions until the test loads
    // them: the browser shows the fallback until the tag upgrades, and not afterwards.
    let frame: HTMLIFrameElement;

    afterEach(() => frame?.remove());

    it('shows the fallback until the element upgrades, and only its own panel afterwards', async () => {
      frame = document.createElement('iframe');
      frame.style.width = '600px';
      frame.style.height = '600px';
      frame.srcdoc =
        '<!doctype html><html lang="en"><body>' +
        '<safer-seven-report-it now="2026-12-01T10:00:00Z"><p id="fb">Call 999</p></safer-seven-report-it>' +
        '</body></html>';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const frameWindow = frame.contentWindow as Window & typeof globalThis;
      const frameDocument = frame.contentDocument!;
      const fallback = frameDocument.getElementById('fb')!;
      expect(fallback.getClientRects().length, 'shown before the upgrade').to.be.greaterThan(0);

      const script = frameDocument.createElement('script');
      script.type = 'module';
      script.src = new URL('../../packages/elements/src/safer-seven.ts', import.meta.url).href;
      frameDocument.head.append(script);
      await frameWindow.customElements.whenDefined('safer-seven-report-it');
      const element = frameDocument.querySelector('safer-seven-report-it') as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      await element.updateComplete;

      expect(fallback.isConnected).to.equal(true);
      expect(fallback.getClientRects().length, 'hidden after the upgrade').to.equal(0);
      expect(element.shadowRoot?.querySelector('a[href^="tel:"]'), 'its own panel').to.not.equal(null);
      // No axe audit here: axe cannot audit an element of another window. The same upgraded
      // panel is audited in the test above, in this window.
    });
  });
});
