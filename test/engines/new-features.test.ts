// What the later work leans on, in Chromium, Firefox and WebKit (web-test-runner.engines.config.mjs):
// a signed content update verified with WebCrypto in the page (and held to the rule set), and the quick exit's own file
// beside the main bundle under the contract's strict policy. Run `npm run build` first.
import { expect, waitUntil } from '@open-wc/testing';
import { contactById, cse, enGB, quickExitStrings } from '@safer-seven/content';
import { elementsOf, expectNothingLogged, isShown, openPage, telLinks } from '../bundle/open-page.js';
import { expectUpdateRules } from '../bundle/update-rules.js';

const dramaTel = 'tel:+443069990123'; // the signed test file's number: test/updates/signed-files.mjs

describe('the newer features, in this engine', () => {
  it('shows a signed, newer content file in every report-it panel once its signature verifies', async () => {
    const win = await openPage('updates-valid.html');
    const panels = elementsOf(win, 'safer-seven-report-it');
    const dials = (element: HTMLElement) => telLinks(element.shadowRoot!).map((link) => link.getAttribute('href'));
    await waitUntil(() => panels.every((panel) => dials(panel).includes(dramaTel)), 'every panel takes the update', { timeout: 8000 });
    const builtInOutOfHours = `tel:${contactById(cse, 'emergency-duty-team').phone!.dial}`;
    for (const panel of panels) expect(dials(panel)).not.to.include(builtInOutOfHours);
    expectNothingLogged(win);
  });

  it('holds a signed file to the rule set: each bad field refused, markup as text, expiry shown, a second key taken', async () => {
    await expectUpdateRules(await openPage('updates-rules.html'));
  });

  it('shows the quick exit button beside the bundle under the strict policy, its fallback link hidden', async () => {
    const win = await openPage('csp-quick-exit-beside-bundle.html');
    const element = win.document.querySelector('safer-seven-quick-exit')!;
    await waitUntil(() => element.shadowRoot?.querySelector('button'), 'the button', { timeout: 5000 });
    const button = element.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${quickExitStrings.emergency} ${quickExitStrings.exitThisPage}`);
    expect(isShown(button), 'the button is on screen').to.equal(true);
    const fallback = element.querySelector('a');
    expect(fallback && isShown(fallback), 'the fallback link is hidden').to.equal(false);
    // The briefing's tags still render beside it: one copy of Lit, no Trusted Types conflict.
    expect(elementsOf(win, 'safer-seven-report-it')[0]!.shadowRoot!.textContent).to.include(enGB.callNow);
    expectNothingLogged(win);
  });
});
