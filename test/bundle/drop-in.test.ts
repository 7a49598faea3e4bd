// The built drop-in bundle, loaded as partners load it. Each page under ./pages is a
// partner's page in miniature (a classic script, a module, a strict CSP, two copies, a
// blocked script); a test opens it in an iframe and checks what a person, a browser and a
// privacy officer would notice. Run `npx rollup -c rollup.config.mjs` first: these tests
// read packages/elements/dist/safer-seven.min.js, not the sources, served byte for byte by
// ./server.mjs. Whether a test would notice a real violation was checked by hand with pages
// that broke the policy on purpose (an inline script, a style attribute set in a shadow root,
// a second 'lit-html' Trusted Types policy from a copy of the bundle without its guard):
// capture-console.js reported each one.
import { expect, waitUntil } from '@open-wc/testing';
import { cse, enGB, type ContactId } from '@safer-seven/content';
import {
  elementsOf,
  expectNothingLogged,
  expectOwnTypography,
  isShown,
  nextTask,
  numbersByTag,
  openPage,
  phoneOf,
  tags,
  telLinks,
  type PageWindow,
} from './open-page.js';
import { expectIntegrityFileMatches, expectNoWayToRequestStoreOrEvaluate } from './support.js';
import { expectUpdateRules } from './update-rules.js';

const bundleUrl = '/packages/elements/dist/safer-seven.min.js';
const updatesBundleUrl = '/packages/elements/dist/safer-seven-updates.min.js';
const recorderUrl = '/test/bundle/pages/capture-console.js';
function expectEveryTagRendered(win: PageWindow): void {
  for (const tag of tags) {
    const definition = win.customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    expect(definition, `${tag} is defined`).to.exist;
    const elements = elementsOf(win, tag);
    expect(elements, `the page holds one <${tag}>`).to.have.length(1);
    for (const element of elements) {
      expect(element.constructor, `<${tag}> is upgraded by the one definition`).to.equal(definition);
      const shadow = element.shadowRoot;
      expect(shadow, `<${tag}> has a shadow root`).to.exist;
      expect(shadow!.querySelectorAll('[part~="base"]'), `<${tag}> renders once`).to.have.length(1);

      const links = telLinks(shadow!);
      for (const id of numbersByTag[tag]) {
        const phone = phoneOf(id);
        const link = links.find((candidate) => candidate.getAttribute('href') === `tel:${phone.dial}`);
        expect(link, `<${tag}> links to ${id} (tel:${phone.dial})`).to.exist;
        expect(link!.textContent!.trim()).to.equal(phone.display);
        expect(isShown(link!), `<${tag}>'s ${phone.display} link is on screen`).to.be.true;
      }
      if (tag === 'safer-seven-warning-signs') {
        const signs = [...shadow!.querySelectorAll('li')].map((item) => item.textContent!.trim());
        expect(signs).to.deep.equal(cse.warningSigns);
      }
      // The contract: once upgraded, the element does not render its fallback.
      const fallbacks = element.querySelectorAll('.safer-seven-fallback');
      expect(fallbacks.length, `<${tag}> has its fallback in the page`).to.equal(1);
      for (const fallback of fallbacks) {
        expect(isShown(fallback), `<${tag}>'s fallback is hidden once it has rendered`).to.be.false;
      }
    }
  }
  const reportIt = elementsOf(win, 'safer-seven-report-it')[0] as HTMLElement & { activeRoute?: string };
  // now="2026-12-01T10:00:00Z" is a Tuesday morning: children's services are open.
  expect(reportIt.activeRoute).to.equal('childrens-services');
}

/** The page fetched nothing but the scripts it names, and stored nothing. */
function expectNoRequestsOrStorage(win: PageWindow, expectedPaths: readonly string[]): void {
  const requested = win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .map((url) => (url.origin === win.location.origin ? url.pathname : url.href));
  expect([...new Set(requested)].sort()).to.deep.equal([...new Set(expectedPaths)].sort());
  expect(win.document.cookie, 'cookies').to.equal('');
  expect(win.localStorage.length, 'localStorage entries').to.equal(0);
  expect(win.sessionStorage.length, 'sessionStorage entries').to.equal(0);
}

/** The contract: a later copy says so once, with console.warn, naming both versions. */
function expectOneWarningNaming(warnings: readonly string[], laterVersion: string, earlierVersion: string): void {
  expect(warnings, 'warnings').to.have.length(1);
  expect(warnings[0]).to.satisfy(
    (warning: string) => warning.startsWith(`Safer Seven ${laterVersion}:`) && warning.includes(`Safer Seven ${earlierVersion} `),
    `names this copy (${laterVersion}) first, then the earlier one (${earlierVersion})`,
  );
}

async function elementsVersion(): Promise<string> {
  const manifest = (await (await fetch('/packages/elements/package.json')).json()) as { version: string };
  return manifest.version;
}

describe('the drop-in bundle (packages/elements/dist/safer-seven.min.js)', () => {
  const themeUrl = '/test/bundle/pages/school-theme.css';
  const loadings: readonly { readonly when: string; readonly page: string; readonly themed?: boolean }[] = [
    { when: 'when loaded as a classic script with defer', page: 'classic.html', themed: true },
    { when: 'when loaded with type="module"', page: 'module.html' },
    { when: 'when loaded with its integrity hash and crossorigin="anonymous"', page: 'sri.html' },
    { when: "when served with the contract's strict Content-Security-Policy", page: 'csp-strict.html', themed: true },
  ];

  for (const { when, page, themed } of loadings) {
    describe(when, () => {
      it('renders every tag, with 999 and the reporting numbers as tel: links', async () => {
        expectEveryTagRendered(await openPage(page));
      });

      it('logs no error, warning or policy violation', async () => {
        expectNothingLogged(await openPage(page));
      });

      it('requests nothing but its own file, and sets no cookie or storage', async () => {
        expectNoRequestsOrStorage(await openPage(page), [recorderUrl, bundleUrl, ...(themed ? [themeUrl] : [])]);
      });

      it('keeps every rule of its minified stylesheet, the print rules included', async () => {
        // A rule the browser cannot parse is dropped without a word: look for the last ones.
        const win = await openPage(page);
        const contacts = elementsOf(win, 'safer-seven-contacts')[0]!;
        const rules = contacts.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
        const print = rules.find((rule): rule is CSSMediaRule => rule instanceof win.CSSMediaRule && rule.conditionText === 'print');
        expect(print, '@media print').to.not.equal(undefined);
        const selectors = [...print!.cssRules].map((rule) => (rule as CSSStyleRule).selectorText);
        expect(selectors.some((selector) => selector.includes('href^="https:"') && selector.includes('::after'))).to.equal(true);
      });

      it('keeps the space after the badge that the minifier could drop: "Call now: …"', async () => {
        const win = await openPage(page);
        const panel = elementsOf(win, 'safer-seven-report-it')[0]!;
        const status = panel.shadowRoot!.querySelector('[part~="badge"]')!.parentElement!;
        expect(status.textContent!.replace(/\s+/g, ' ').trim()).to.match(new RegExp(`^${enGB.callNow}: \\S`));
      });

      if (themed) {
        it("keeps its numbers readable under the page's theme, taking only its font family", async () => {
          expectOwnTypography(await openPage(page));
        });
      }
    });
  }

  describe('when loaded twice', () => {
    const twice: readonly { readonly when: string; readonly page: string }[] = [
      { when: 'as two classic scripts (a CMS block pasted twice)', page: 'twice.html' },
      { when: 'as a classic script and then a module', page: 'module-after-classic.html' },
      { when: "as two copies under the strict policy (a second 'lit-html' policy would be refused)", page: 'csp-twice.html' },
    ];

    for (const { when, page } of twice) {
      describe(when, () => {
        it('renders every tag once, throws nothing and warns exactly once, naming both versions', async () => {
          const win = await openPage(page);
          expectEveryTagRendered(win);
          const log = win.bundleTestLog;
          expect(log.violations).to.deep.equal([]);
          expect(log.errors).to.deep.equal([]);
          const version = await elementsVersion();
          expectOneWarningNaming(log.warnings, version, version);
        });

        it('requests nothing but its own file', async () => {
          expectNoRequestsOrStorage(await openPage(page), [recorderUrl, bundleUrl]);
        });
      });
    }

    describe('after an earlier version', () => {
      it('keeps the earlier definitions and warns exactly once, naming both versions', async () => {
        const win = await openPage('earlier-version.html');
        for (const tag of tags) {
          const definition = win.customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
          expect(definition?.version, tag).to.equal('0.0.9');
        }
        const log = win.bundleTestLog;
        expect(log.violations).to.deep.equal([]);
        expect(log.errors).to.deep.equal([]);
        expectOneWarningNaming(log.warnings, await elementsVersion(), '0.0.9');
      });
    });

    describe('after the npm build of one tag (a second copy of Lit)', () => {
      const pages = [
        { when: 'without a policy', page: 'npm-then-bundle.html' },
        { when: "under the strict policy with trusted-types lit-html 'allow-duplicates'", page: 'csp-allow-duplicates-npm-then-bundle.html' },
      ];
      for (const { when, page } of pages) {
        it(`${when}: keeps the npm definition, defines the other tags and warns once`, async () => {
          const win = await openPage(page);
          expectEveryTagRendered(win);
          const log = win.bundleTestLog;
          expect(log.violations).to.deep.equal([]);
          expect(log.errors).to.deep.equal([]);
          const version = await elementsVersion();
          // The test server resolves the npm build's `lit` to Lit's development build, which
          // announces itself; a partner's production build would not.
          const warnings = log.warnings.filter((warning) => !warning.startsWith('Lit is in dev mode'));
          // The bundle's guard warns only when the tag is held by another class: the npm one.
          expectOneWarningNaming(warnings, version, version);
          const requested = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin);
          expect(new Set(requested), 'every request stays on the page’s own origin').to.deep.equal(new Set([win.location.origin]));
        });
      }
    });
  });

  describe('when the script is blocked', () => {
    const blocked = [
      { when: 'because its URL answers 404', page: 'missing.html', failedPath: '/test/bundle/missing/safer-seven.min.js' },
      { when: 'because its integrity hash does not match', page: 'sri-mismatch.html', failedPath: bundleUrl },
    ];

    for (const { when, page, failedPath } of blocked) {
      describe(when, () => {
        it('leaves the fallback inside each tag on screen, with 999 and children’s services as tel: links', async () => {
          const win = await openPage(page);
          for (const tag of tags) expect(win.customElements.get(tag), tag).to.be.undefined;
          for (const tag of ['safer-seven-report-it', 'safer-seven-briefing'] as const) {
            const [element] = elementsOf(win, tag);
            const fallback = element!.querySelector('.safer-seven-fallback')!;
            expect(isShown(fallback), `<${tag}>'s fallback is on screen`).to.be.true;
            for (const id of ['police-emergency', 'childrens-services', 'emergency-duty-team'] as const) {
              const phone = phoneOf(id);
              expect(fallback.textContent, `<${tag}>'s fallback`).to.contain(phone.display);
              const link = telLinks(fallback).find((candidate) => candidate.getAttribute('href') === `tel:${phone.dial}`);
              expect(link, `<${tag}>'s fallback links to tel:${phone.dial}`).to.exist;
              expect(isShown(link!)).to.be.true;
            }
          }
        });

        it('fails quietly: only the blocked script, no error from the page', async () => {
          const win = await openPage(page);
          const log = win.bundleTestLog;
          expect(log.failedLoads.map((url) => new URL(url).pathname)).to.deep.equal([failedPath]);
          expect(log.errors).to.deep.equal([]);
          expect(log.violations).to.deep.equal([]);
          expectNoRequestsOrStorage(win, [recorderUrl, failedPath]);
        });
      });
    }
  });

  describe('the file', () => {
    let source = '';

    before(async () => {
      const response = await fetch(bundleUrl);
      expect(response.ok, `${bundleUrl} is built`).to.be.true;
      source = await response.text();
    });

    it('holds the production build of Lit, not the development build', () => {
      expect(source).not.to.contain('Lit is in dev mode');
      expect(source).not.to.contain('reactive-element/development');
    });

    it('holds no source map comment and no way to make a request, store or evaluate', () => {
      // Signed updates live in safer-seven-updates.min.js: this file cannot fetch at all.
      expectNoWayToRequestStoreOrEvaluate(source);
    });

    it('sets innerHTML only where Lit prepares a <template>, through its Trusted Types policy', () => {
      // Lit's template preparation is the one assignment: it parses Lit's own template strings
      // (never data) through the 'lit-html' policy, which the strict-CSP page proves. Any other
      // innerHTML would be a component building markup from strings, which the house style forbids.
      expect(source.match(/innerHTML/g)).to.have.length(1);
      expect(source).to.match(/createElement\("template"\);return (\w+)\.innerHTML=\w+,\1\}/);
      expect(source).to.contain('createPolicy("lit-html"');
    });

    it('is the hash that dist/safer-seven.min.js.sri.txt gives for it', async () => {
      await expectIntegrityFileMatches(bundleUrl);
    });
  });
});

describe('the drop-in bundle with signed content updates (updates and updates-key)', () => {
  const updatesUrl = '/test/updates/valid.signed.json';
  const dramaTel = 'tel:+443069990123'; // Ofcom's drama range: test/updates/signed-files.mjs
  const builtInTel = (id: ContactId) => `tel:${phoneOf(id).dial}`;
  const dialsOf = (element: Element) => telLinks(element.shadowRoot!).map((link) => link.getAttribute('href'));

  function requestsOf(win: PageWindow, path: string): number {
    return win.performance.getEntriesByName(new URL(path, win.location.href).href).length;
  }

  describe('when every tag pins a valid, newer file', () => {
    it('shows its new detail in each element, routing by its hours, after one request and with nothing stored', async () => {
      const win = await openPage('updates-valid.html');
      const elements = [...win.document.querySelectorAll<HTMLElement & { activeRoute?: string }>(tags.join(','))];
      const panels = elements.filter((element) => element.localName !== 'safer-seven-contacts');
      await waitUntil(() => panels.every((element) => dialsOf(element).includes(dramaTel)), 'every element takes the update', { timeout: 5000 });
      for (const element of panels) expect(dialsOf(element)).not.to.include(builtInTel('emergency-duty-team'));
      // 18:00 on a Tuesday: closed at 17:00 built in, open until 20:00 in the update.
      expect(elements[0]!.activeRoute).to.equal('childrens-services');
      expect(requestsOf(win, updatesUrl), 'requests for the signed file').to.equal(1);
      expectNoRequestsOrStorage(win, [recorderUrl, updatesBundleUrl, updatesUrl]);
      expectNothingLogged(win);
    });
  });

  describe('when the page loads the main file, which has no signed updates', () => {
    it('keeps the built-in content, makes no request and says once which file to load', async () => {
      const win = await openPage('updates-main-file.html');
      await waitUntil(() => win.bundleTestLog.warnings.length > 0, 'a warning', { timeout: 5000 });
      await nextTask(win);
      expect(win.bundleTestLog.warnings).to.have.length(1);
      expect(win.bundleTestLog.warnings[0]).to.match(/valid\.signed\.json not used: updates need safer-seven-updates\.min\.js/);
      expect(requestsOf(win, updatesUrl), 'requests for the signed file').to.equal(0);
      for (const element of elementsOf(win, 'safer-seven-report-it')) {
        expect(dialsOf(element)).to.include(builtInTel('emergency-duty-team'));
        expect(dialsOf(element)).not.to.include(dramaTel);
      }
      expect(win.bundleTestLog.errors).to.deep.equal([]);
    });
  });

  describe('the file with updates (safer-seven-updates.min.js)', () => {
    it('fetches only the opt-in signed file, without cookies or referrer, and cannot store or evaluate', async () => {
      const source = await (await fetch(updatesBundleUrl)).text();
      expectNoWayToRequestStoreOrEvaluate(source, { signedUpdateFetch: true });
    });

    it('is the hash that its .sri.txt gives for it', async () => {
      await expectIntegrityFileMatches(updatesBundleUrl);
    });
  });

  describe('when the files are refused', () => {
    it('keeps the built-in content in every element and warns once per file, saying why', async () => {
      const win = await openPage('updates-refused.html');
      const reasons: Record<string, RegExp> = {
        tampered: /bad signature/,
        'other-key': /other key/,
        older: /not newer/,
        'same-version': /not newer/,
        'other-topic': /invalid topic/,
        invalid: /invalid officeHours\.opens/,
        malformed: /malformed/,
        oversized: /too large/,
        missing: /HTTP 404/,
        slow: /timed out/,
      };
      const files = Object.keys(reasons);
      await waitUntil(() => win.bundleTestLog.warnings.length >= files.length, 'a warning for every file', { timeout: 8000 });
      await nextTask(win);
      const warnings = win.bundleTestLog.warnings;
      expect(warnings, warnings.join(' | ')).to.have.length(files.length);
      for (const file of files) {
        const said = warnings.filter((warning) => warning.includes(`/test/updates/${file}.signed.json`));
        expect(said, `warnings about ${file}`).to.have.length(1);
        expect(said[0]).to.match(reasons[file]!);
        expect(requestsOf(win, `/test/updates/${file}.signed.json`), `requests for ${file}`).to.equal(1);
      }
      for (const element of elementsOf(win, 'safer-seven-report-it')) {
        expect(dialsOf(element)).to.include(builtInTel('emergency-duty-team'));
        expect(dialsOf(element)).not.to.include(dramaTel);
        expect((element as HTMLElement & { activeRoute?: string }).activeRoute).to.equal('emergency-duty-team');
      }
      expect(win.bundleTestLog.errors).to.deep.equal([]);
    });
  });

  describe('when a leaked key signs links, numbers, versions or markup, or the file expires, or a second key signs', () => {
    it('refuses each bad field naming it (an expired freshness record included), shows markup as text, takes the second key', async () => {
      await expectUpdateRules(await openPage('updates-rules.html'));
    });
  });

  describe("when the page's CSP has no connect-src", () => {
    it('keeps the built-in content and warns once that the fetch failed', async () => {
      const win = await openPage('csp-updates.html');
      await waitUntil(() => win.bundleTestLog.warnings.length > 0, 'a warning', { timeout: 5000 });
      await nextTask(win);
      win.bundleTestLog.takeReports?.();
      expect(win.bundleTestLog.warnings).to.have.length(1);
      expect(win.bundleTestLog.warnings[0]).to.match(/valid\.signed\.json not used: Failed to fetch/);
      expect(win.bundleTestLog.violations.every((violation) => violation.startsWith('connect-src'))).to.equal(true);
      expect(win.bundleTestLog.violations.length).to.be.greaterThan(0);
      const reportIt = elementsOf(win, 'safer-seven-report-it')[0]!;
      expect(dialsOf(reportIt)).to.include(builtInTel('emergency-duty-team'));
      expect(win.bundleTestLog.errors).to.deep.equal([]);
    });
  });
});
