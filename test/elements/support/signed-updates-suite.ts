// The tests of signed content updates and the review line, run against the sources
// (signed-updates.test.ts) and the npm build (signed-updates-npm.test.ts): each file
// registers the tags its own way, then calls this. The signed files come from the test
// server (test/updates/signed-files.mjs), signed with a key made when the run started.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { contactById, cse, enGB, telHref, type ContactId } from '@safer-seven/content';
import sinon, { type SinonStub } from 'sinon';
import { expectCalls, firstMessage } from './console.js';

const updates = '/test/updates/';
// Ofcom's drama range: the valid test file's Emergency Duty Team number (test/updates/signed-files.mjs).
const dramaDial = '+443069990123';
// The markup file's words (test/updates/signed-files.mjs).
const markupTitle = 'Report it <img src=x onerror="alert(1)">';
const markupWords = '<script>alert(1)</script> <b>bold</b> & <a href="javascript:alert(1)">a link</a>';
// A Tuesday at 18:00 in London: the built-in office hours have closed (17:00), the updated ones (20:00) have not.
const tuesdayEvening = '2026-12-01T18:00:00Z';

let publicKey = '';
/** The run's key, then a second one, space-separated: as a page pins them while keys rotate. */
let bothKeys = '';
let run = 0;

/** A fresh address for a signed file, so that no earlier test's request or warning counts. */
function addressOf(file: string): string {
  run += 1;
  return `${updates}${file}?run=${Date.now()}-${run}`;
}

function dialsOf(element: Element): string[] {
  return [...element.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href')!);
}

/** Every link's address: a refused file must leave only https:, a dialable tel: and mailto:. */
function hrefsOf(element: Element): string[] {
  return [...element.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
}

const reviewLine = (element: Element) => element.shadowRoot!.querySelector('[part~="review"]');

function builtInTel(id: ContactId): string {
  return telHref(contactById(cse, id).phone!.dial);
}

async function embed(tag: string, attributes: Record<string, string>): Promise<HTMLElement & { activeRoute?: string }> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return fixture(element);
}

/** Requests the page made for an address (resource timing, which lists every fetch). */
function requestsFor(address: string): number {
  return performance.getEntriesByName(new URL(address, location.href).href).length;
}

export function describeSignedUpdates(build: string): void {
  describe(`signed content updates (${build})`, () => {
    let warn: SinonStub;
    before(async () => {
      publicKey = (await (await fetch(`${updates}public-key.txt`)).text()).trim();
      bothKeys = (await (await fetch(`${updates}public-keys.txt`)).text()).trim();
    });
    beforeEach(() => {
      warn = sinon.stub(console, 'warn');
    });
    afterEach(() => sinon.restore());

    describe('when the page pins a valid, newer signed file', () => {
      it('shows the new detail in every element of the topic, and routing follows the new hours', async () => {
        const address = addressOf('valid.signed.json');
        const pinned = { updates: address, 'updates-key': publicKey };
        const reportIt = await embed('safer-seven-report-it', { ...pinned, now: tuesdayEvening });
        const briefing = await embed('safer-seven-briefing', { ...pinned, now: tuesdayEvening });
        const contacts = await embed('safer-seven-contacts', pinned);
        // Built-in content from the first render: never a blank panel.
        expect(dialsOf(reportIt)).to.include(builtInTel('emergency-duty-team'));
        expect(reportIt.activeRoute).to.equal('emergency-duty-team');

        await waitUntil(() => dialsOf(reportIt).includes(telHref(dramaDial)), 'the report-it panel takes the update', { timeout: 5000 });
        await waitUntil(() => dialsOf(briefing).includes(telHref(dramaDial)), 'the briefing takes the update', { timeout: 5000 });
        expect(dialsOf(reportIt)).not.to.include(builtInTel('emergency-duty-team'));
        // Open until 20:00 now: children's services apply, and are put first after 999.
        expect(reportIt.activeRoute).to.equal('childrens-services');
        expect(dialsOf(reportIt).slice(0, 2)).to.deep.equal([builtInTel('police-emergency'), builtInTel('childrens-services')]);
        expect(dialsOf(contacts)).to.deep.equal([builtInTel('cse-team')]);
        // It expires in fourteen days: no review line.
        expect(reviewLine(reportIt)).to.equal(null);
        await expect(reportIt).to.be.accessible();

        expect(requestsFor(address), 'one request for three elements').to.equal(1);
        expectCalls(warn, 0);
        expect(localStorage.length + sessionStorage.length, 'storage entries').to.equal(0);
        expect(document.cookie).to.equal('');
      });

      it('asks nothing when updates or updates-key is missing', async () => {
        const address = addressOf('valid.signed.json');
        await embed('safer-seven-report-it', { updates: address });
        await embed('safer-seven-report-it', { 'updates-key': publicKey });
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(requestsFor(address)).to.equal(0);
        expectCalls(warn, 0);
      });
    });

    const refusals: [string, string, RegExp][] = [
      ['a tampered file', 'tampered.signed.json', /bad signature/],
      ['a file signed by another key', 'other-key.signed.json', /other key/],
      ['an older version', 'older.signed.json', /not newer/],
      ['the same version', 'same-version.signed.json', /not newer/],
      ['another topic', 'other-topic.signed.json', /invalid topic/],
      ['a briefing that is not valid', 'invalid.signed.json', /invalid officeHours\.opens/],
      ['a file with a javascript: link', 'javascript-link.signed.json', /invalid resources\[1\]\.href/],
      ['a file with a data: link', 'data-link.signed.json', /invalid publisher\.website\.href/],
      ['a file with an http: link', 'http-link.signed.json', /invalid resources\[0\]\.href/],
      ['a file with a dial of "101,javascript:alert(1)"', 'bad-dial.signed.json', /invalid contacts\[0\]\.phone\.dial/],
      ['a file whose version is "99", not semver', 'not-semver.signed.json', /invalid version/],
      ['a file with markup in a bank holiday\'s name', 'holiday-markup.signed.json', /invalid officeHours\.closedDays\.added\[5\]\.name/],
      ['a file with a bank holiday on "4 January 2028", not a date', 'holiday-not-a-date.signed.json', /invalid officeHours\.closedDays\.added\[5\]\.date/],
      ['a file with no expires', 'no-expiry.signed.json', /invalid shape/],
      // Issue 22, review points 3 and 4: each refused, naming the field.
      ['a file that shows 999 and dials +447700900666', 'shown-999-dials-another.signed.json', /invalid contacts\[3\]\.phone$/],
      ['a file whose right-to-left override shows 0300 555 0050 and dials another number', 'bidi-number.signed.json', /invalid contacts\[0\]\.phone\.display$/],
      ['a file with zero-width characters inside a warning sign', 'zero-width-sign.signed.json', /invalid warningSigns\[2\]$/],
      ['a file with a control character in a title', 'control-in-title.signed.json', /invalid sections\[0\]\.title$/],
      ['a file with a paragraph of 301 characters', 'long-paragraph.signed.json', /invalid sections\[0\]\.body\[0\]\.text$/],
      ['a file with 2,000 warning signs', 'many-signs.signed.json', /invalid warningSigns$/],
      // The browser's own SyntaxError, which names JSON in each engine.
      ['malformed JSON', 'malformed.signed.json', /JSON/],
      // Two keys with two powers, and the bound on expires (issue 22).
      ['a file of the first form, with no freshness record', 'no-freshness.signed.json', /fresh:other key/],
      ['a file whose freshness record covers another briefing', 'freshness-other-file.signed.json', /other file/],
      ['a file whose freshness record expires in 2124', 'far-expiry.signed.json', /invalid expires/],
      ['a file whose freshness record has expired', 'expired.signed.json', /invalid expires/],
      ['an oversized file', 'oversized.signed.json', /too large/],
      ['a 404', 'missing.signed.json', /HTTP 404/],
    ];
    for (const [name, file, reason] of refusals) {
      describe(`when the file is ${name}`, () => {
        it('keeps the built-in content and warns once, saying why', async () => {
          const address = addressOf(file);
          const pinned = { updates: address, 'updates-key': publicKey, now: tuesdayEvening };
          const first = await embed('safer-seven-report-it', pinned);
          const second = await embed('safer-seven-briefing', pinned);
          await waitUntil(() => warn.callCount > 0, 'a warning', { timeout: 5000 });
          await new Promise((resolve) => setTimeout(resolve, 50));
          expectCalls(warn, 1);
          expect(firstMessage(warn)).to.contain(address);
          expect(firstMessage(warn)).to.match(reason);
          for (const element of [first, second]) {
            expect(dialsOf(element)).to.include(builtInTel('emergency-duty-team'));
            expect(dialsOf(element)).not.to.include(telHref(dramaDial));
          }
          expect(first.activeRoute).to.equal('emergency-duty-team');
          for (const href of [...hrefsOf(first), ...hrefsOf(second)]) expect(href).to.match(/^(https:|tel:(\+\d+|\d{3})$|mailto:)/);
          expect(requestsFor(address)).to.equal(1);
        });
      });
    }

    describe('when the file has markup in its words', () => {
      it('takes it and shows the markup as text: no element is made of it', async () => {
        const element = await embed('safer-seven-report-it', { updates: addressOf('markup.signed.json'), 'updates-key': publicKey, now: tuesdayEvening });
        await waitUntil(() => dialsOf(element).includes(telHref(dramaDial)), 'the update is taken', { timeout: 5000 });
        const root = element.shadowRoot!;
        expect(root.querySelector('[part~="heading"]')?.textContent).to.contain(markupTitle);
        expect(root.textContent).to.contain(markupWords);
        expect(root.querySelectorAll('img, script, b, a[href^="javascript:"]').length, 'elements made of the words').to.equal(0);
        expectCalls(warn, 0);
        await expect(element).to.be.accessible();
      });
    });

    describe('when the page pins two keys while keys rotate', () => {
      it('takes a file signed by the second key', async () => {
        const element = await embed('safer-seven-report-it', { updates: addressOf('second-key.signed.json'), 'updates-key': bothKeys, now: tuesdayEvening });
        await waitUntil(() => dialsOf(element).includes(telHref(dramaDial)), 'the update is taken', { timeout: 5000 });
        expect(element.activeRoute).to.equal('childrens-services');
        expectCalls(warn, 0);
      });

      it('refuses a file signed by neither', async () => {
        const address = addressOf('other-key.signed.json');
        const element = await embed('safer-seven-report-it', { updates: address, 'updates-key': bothKeys });
        await waitUntil(() => warn.callCount > 0, 'a warning', { timeout: 5000 });
        expectCalls(warn, 1);
        expect(firstMessage(warn)).to.match(/not used: other key$/);
        expect(dialsOf(element)).not.to.include(telHref(dramaDial));
      });
    });

    describe('when the file does not arrive in time', () => {
      it('keeps the built-in content and warns once that it timed out', async () => {
        const timeout = AbortSignal.timeout.bind(AbortSignal);
        sinon.stub(AbortSignal, 'timeout').callsFake(() => timeout(1000));
        const address = addressOf('slow.signed.json');
        const element = await embed('safer-seven-report-it', { updates: address, 'updates-key': publicKey });
        await waitUntil(() => warn.callCount > 0, 'a warning', { timeout: 5000 });
        expectCalls(warn, 1);
        expect(firstMessage(warn)).to.match(/timed out/);
        expect(dialsOf(element)).to.include(builtInTel('emergency-duty-team'));
      });
    });

    describe('when the address is not https: and not the page’s own origin', () => {
      it('requests nothing and warns once', async () => {
        const address = 'http://updates.example.invalid/cse.signed.json';
        await embed('safer-seven-report-it', { updates: address, 'updates-key': publicKey });
        await waitUntil(() => warn.callCount > 0, 'a warning', { timeout: 5000 });
        expectCalls(warn, 1);
        expect(firstMessage(warn)).to.match(/not https:/);
        expect(requestsFor(address)).to.equal(0);
      });
    });

    describe('when the page has no WebCrypto', () => {
      it('keeps the built-in content and warns once (the browser\'s TypeError: no crypto.subtle to import the key with)', async () => {
        Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
        try {
          const element = await embed('safer-seven-report-it', { updates: addressOf('valid.signed.json'), 'updates-key': publicKey });
          await waitUntil(() => warn.callCount > 0, 'a warning', { timeout: 5000 });
          expectCalls(warn, 1);
          expect(firstMessage(warn)).to.match(/importKey/);
          expect(dialsOf(element)).not.to.include(telHref(dramaDial));
        } finally {
          delete (crypto as { subtle?: unknown }).subtle;
        }
        expect(crypto.subtle).to.exist;
      });
    });
  });

  describe(`the review line (${build})`, () => {
    const expected = enGB.checkedOn(cse.reviewed, cse.publisher.website.label);
    const dayAfterDue = new Date(Date.parse(cse.reviewDue) + 86_400_000).toISOString();

    it('is not shown on or before the review date', async () => {
      const element = await embed('safer-seven-report-it', { now: `${cse.reviewDue}T23:59:00Z` });
      expect(reviewLine(element)).to.equal(null);
    });

    it('says when the details were checked once the review date has passed, and hides no number', async () => {
      const element = await embed('safer-seven-report-it', { now: dayAfterDue });
      const line = reviewLine(element);
      expect(line?.textContent?.trim()).to.equal(expected);
      expect(line?.textContent).to.contain('29 November 2026');
      for (const id of ['police-emergency', 'childrens-services', 'emergency-duty-team', 'police-non-emergency'] as const) {
        expect(dialsOf(element)).to.include(builtInTel(id));
      }
      await expect(element).to.be.accessible();
    });

    it('judges a tag without `now` at the clock', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse(dayAfterDue), toFake: ['Date'] });
      try {
        const element = await embed('safer-seven-warning-signs', {});
        expect(reviewLine(element)?.textContent?.trim()).to.equal(expected);
      } finally {
        clock.restore();
      }
      const fresh = await embed('safer-seven-warning-signs', {});
      expect(reviewLine(fresh)).to.equal(null);
    });
  });
}
