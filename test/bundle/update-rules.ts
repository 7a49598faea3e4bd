// What the updates drop-in does with the signed files of pages/updates-rules.html: shared by
// the Chromium bundle test and the cross-engine tests, so each engine is held to the same.
import { expect, waitUntil } from '@open-wc/testing';
import { elementsOf, nextTask, telLinks, type PageWindow } from './open-page.js';

const dramaTel = 'tel:+443069990123'; // the signed test files' number: test/updates/signed-files.mjs
const markupTitle = 'Report it <img src=x onerror="alert(1)">';

/** Each refused file, with the field its one warning must name. */
const refusedFields: Record<string, string> = {
  'javascript-link': 'resources[1].href',
  'data-link': 'publisher.website.href',
  'http-link': 'resources[0].href',
  'bad-dial': 'contacts[0].phone.dial',
  'not-semver': 'version',
  'holiday-markup': 'officeHours.closedDays.added[5].name',
  'holiday-not-a-date': 'officeHours.closedDays.added[5].date',
  // Its freshness record passed its expires (issue 22: the page takes only an unexpired one).
  expired: 'expires',
};

/** Opened pages/updates-rules.html: checks every panel and warning on it. */
export async function expectUpdateRules(win: PageWindow): Promise<void> {
  const [markup, expired, secondKey, ...refused] = elementsOf(win, 'safer-seven-report-it');
  const dials = (element: HTMLElement) => telLinks(element.shadowRoot!).map((link) => link.getAttribute('href'));
  const files = Object.keys(refusedFields);
  await waitUntil(
    () => [markup!, secondKey!].every((element) => dials(element).includes(dramaTel)) && win.bundleTestLog.warnings.length >= files.length,
    'two files taken and a warning for each refused one',
    { timeout: 8000 },
  );
  await nextTask(win);

  // Markup in the words is shown as text: no element is made of it.
  expect(markup!.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.contain(markupTitle);
  expect(markup!.shadowRoot!.querySelectorAll('img, script, b, a[href^="javascript:"]').length, 'elements made of the words').to.equal(0);
  // The expired file is refused (the built-in content stays, with no review line: it is not due);
  // the file of the second pinned key is taken.
  expect(dials(expired!)).not.to.include(dramaTel);
  expect(expired!.shadowRoot!.querySelector('[part~="review"]')).to.equal(null);
  expect(markup!.shadowRoot!.querySelector('[part~="review"]'), 'no review line on a file that has not expired').to.equal(null);

  const warnings = win.bundleTestLog.warnings;
  expect(warnings, warnings.join(' | ')).to.have.length(files.length);
  for (const [file, field] of Object.entries(refusedFields)) {
    const said = warnings.filter((warning) => warning.includes(`/test/updates/${file}.signed.json`));
    expect(said, `warnings about ${file}`).to.have.length(1);
    expect(said[0]).to.contain(`not used: invalid ${field}`);
  }
  for (const element of refused) {
    expect(dials(element)).not.to.include(dramaTel);
    for (const link of element.shadowRoot!.querySelectorAll('a')) expect(link.getAttribute('href')).to.match(/^(https:|tel:(\+\d+|\d{3})$|mailto:)/);
  }
  expect(win.bundleTestLog.errors).to.deep.equal([]);
  expect(win.bundleTestLog.violations).to.deep.equal([]);
}
