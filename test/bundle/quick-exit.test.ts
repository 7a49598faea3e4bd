// The quick exit's own drop-in file, dist/safer-seven-quick-exit.min.js, loaded as partners
// load it: each page under ./pages opens in an iframe, as SharePoint's embed web part shows a
// page, so an exit must navigate the top window: this test page, which catches the navigation
// (../elements/support/navigations.ts) and stays. Run the build first; ./server.mjs serves
// the file byte for byte.
import { expect } from '@open-wc/testing';
import { quickExitDefaultHref, quickExitStrings as strings } from '@safer-seven/content';
import { catchNavigations, type CaughtNavigation } from '../elements/support/navigations.js';
import { expectIntegrityFileMatches, expectNoWayToRequestStoreOrEvaluate, openFrame, type PageLog } from './support.js';

const quickExitUrl = '/packages/elements/dist/safer-seven-quick-exit.min.js';
const bundleUrl = '/packages/elements/dist/safer-seven.min.js';
const recorderUrl = '/test/bundle/pages/capture-console.js';
const tag = 'safer-seven-quick-exit';

type PageWindow = Window & typeof globalThis & { bundleTestLog?: PageLog };

let navigations: { readonly caught: CaughtNavigation[]; stop(): void };

beforeEach(() => {
  navigations = catchNavigations();
});

afterEach(() => {
  navigations.stop();
});

/** A test page in an iframe, once it has drawn and its violation reports are in. */
async function openPage(name: string, sandbox?: string): Promise<PageWindow> {
  const win = (await openFrame(name, sandbox)) as PageWindow;
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
  win.bundleTestLog?.takeReports?.();
  return win;
}

function quickExitOf(win: PageWindow) {
  const elements = [...win.document.querySelectorAll(tag)];
  expect(elements, `the page holds one <${tag}>`).to.have.length(1);
  const element = elements[0]!;
  return {
    element,
    fallback: element.querySelector<HTMLAnchorElement>('a.safer-seven-fallback'),
    button: element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="button"]') ?? null,
    overlay: element.shadowRoot?.querySelector<HTMLDialogElement>('[part~="overlay"]') ?? null,
  };
}

function isShown(element: Element): boolean {
  return element.getClientRects().length > 0;
}

function requestedPaths(win: PageWindow): string[] {
  const paths = win.performance.getEntriesByType('resource').map((entry) => {
    const url = new URL(entry.name);
    return url.origin === win.location.origin ? url.pathname : url.href;
  });
  return [...new Set(paths)].sort();
}

function expectNothingLogged(win: PageWindow): void {
  const log = win.bundleTestLog!;
  expect(log.violations, 'Content-Security-Policy or Trusted Types violations').to.deep.equal([]);
  expect(log.errors, 'errors').to.deep.equal([]);
  expect(log.failedLoads, 'resources that failed to load').to.deep.equal([]);
  expect(log.warnings, 'warnings').to.deep.equal([]);
}

describe('the quick-exit drop-in (packages/elements/dist/safer-seven-quick-exit.min.js)', () => {
  const loadings = [
    { when: 'when loaded as a classic script with defer', page: 'quick-exit.html', files: [quickExitUrl] },
    { when: 'when loaded with type="module"', page: 'quick-exit-module.html', files: [quickExitUrl] },
    {
      when: "beside the main bundle, under the strict policy without 'allow-duplicates'",
      page: 'csp-quick-exit-beside-bundle.html',
      files: [quickExitUrl, bundleUrl],
    },
  ];

  for (const { when, page, files } of loadings) {
    describe(when, () => {
      it('shows the button instead of its fallback link, and logs nothing', async () => {
        const win = await openPage(page);
        const { button, fallback } = quickExitOf(win);
        expect(button, 'the button').to.not.equal(null);
        expect(button!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${strings.emergency} ${strings.exitThisPage}`);
        expect(isShown(button!), 'the button is on screen').to.equal(true);
        expect(fallback, 'the fallback link is in the page').to.not.equal(null);
        expect(isShown(fallback!), 'the fallback link is hidden').to.equal(false);
        expectNothingLogged(win);
      });

      it('requests nothing but its own files before it is used, and stores nothing', async () => {
        const win = await openPage(page);
        expect(requestedPaths(win)).to.deep.equal([recorderUrl, ...files].sort());
        expect(win.document.cookie, 'cookies').to.equal('');
        expect(win.localStorage.length + win.sessionStorage.length, 'storage entries').to.equal(0);
      });

      it('covers its page at once when clicked, and replaces the top window, not only the frame', async () => {
        const win = await openPage(page);
        const { button, overlay } = quickExitOf(win);
        button!.click();
        expect(overlay!.open, 'the overlay is open in the same task as the click').to.equal(true);
        expect(win.document.title).to.equal('');
        expect(navigations.caught).to.deep.equal([{ url: quickExitDefaultHref, type: 'replace' }]);
        expectNothingLogged(win);
      });
    });
  }

  describe('when loaded twice', () => {
    it('keeps the first definition and warns exactly once', async () => {
      const win = await openPage('quick-exit-twice.html');
      const { button } = quickExitOf(win);
      expect(button, 'the button').to.not.equal(null);
      const log = win.bundleTestLog!;
      expect(log.errors).to.deep.equal([]);
      expect(log.violations).to.deep.equal([]);
      expect(log.warnings, 'warnings').to.have.length(1);
      expect(log.warnings[0]).to.match(/^Safer Seven [\d.]+: Safer Seven [\d.]+ is already on this page; keeping it\.$/);
    });
  });

  describe('when JavaScript is off', () => {
    it('is a plain link that leaves the whole tab for BBC Weather and tells it nothing', async () => {
      // No allow-scripts: the frame runs no script at all, as with JavaScript turned off.
      const win = await openPage('quick-exit.html', 'allow-same-origin allow-top-navigation');
      expect(win.customElements.get(tag), 'the tag stays undefined').to.equal(undefined);
      const { fallback } = quickExitOf(win);
      expect(fallback, 'the link').to.not.equal(null);
      expect(isShown(fallback!), 'the link is on screen').to.equal(true);
      expect(fallback!.textContent!.trim()).to.equal(strings.exitThisPage);
      expect(fallback!.target).to.equal('_top');
      expect(fallback!.relList.contains('noreferrer'), 'rel noreferrer').to.equal(true);
      expect(fallback!.relList.contains('nofollow'), 'rel nofollow').to.equal(true);
      fallback!.click();
      expect(navigations.caught).to.deep.equal([{ url: quickExitDefaultHref, type: 'push' }]);
    });
  });

  describe('the file', () => {
    let source = '';

    before(async () => {
      const response = await fetch(quickExitUrl);
      expect(response.ok, `${quickExitUrl} is built`).to.equal(true);
      source = await response.text();
    });

    it('holds no Lit, no briefing and no way to make a request, store or evaluate', () => {
      for (const forbidden of ['lit-html', 'innerHTML', 'createPolicy', 'Exploitation']) {
        expect(source, forbidden).not.to.contain(forbidden);
      }
      expectNoWayToRequestStoreOrEvaluate(source);
    });

    it('is the hash that its .sri.txt gives for it', async () => {
      await expectIntegrityFileMatches(quickExitUrl);
    });

    it('is not in the main bundle, which most pages load without it', async () => {
      const main = await (await fetch(bundleUrl)).text();
      expect(main).not.to.contain(tag);
    });
  });
});
