// The builder ("Get the code"): its snippet, pasted into a blank page, renders what its preview
// shows; the script tag names the partnership's own site (never a third party), pinned to the
// package version with the bundle's own SRI hash. No copyable text carries a preview time, and
// choosing a part twice (it and the whole briefing) is said.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { cse, fallbackHtml, routeAt, sectionOfTag } from '../../packages/content/src/index.js';
import {
  demoPages,
  fetchText,
  loadHtml,
  loadPage,
  renderedElements,
  shownText,
  tags,
  telHrefs,
  until,
  type LoadedPage,
} from './helpers.js';

const localBundle = '/packages/elements/dist/safer-seven.min.js';

interface BuilderOptions {
  readonly components?: readonly string[];
  readonly headingLevel?: string;
  readonly accent?: string;
  readonly time?: string;
  readonly prerendered?: boolean;
}

/** Sets the builder's form as a person would, then waits for the snippet and the preview. */
async function choose(builder: LoadedPage, options: BuilderOptions): Promise<string> {
  const form = builder.document.querySelector('#builder') as HTMLFormElement;
  const fire = (control: Element) => control.dispatchEvent(new Event('input', { bubbles: true }));
  if (options.components) {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="component"]')) {
      box.checked = options.components.includes(box.value);
      fire(box);
    }
  }
  if (options.headingLevel) {
    const select = form.querySelector('#heading-level') as HTMLSelectElement;
    select.value = options.headingLevel;
    fire(select);
  }
  if (options.accent) {
    const accent = form.querySelector('#accent') as HTMLInputElement;
    accent.value = options.accent;
    fire(accent);
  }
  if (options.time) {
    const radio = form.querySelector(`input[name="time"][value="${options.time}"]`) as HTMLInputElement;
    radio.checked = true;
    fire(radio);
  }
  if (options.prerendered !== undefined) {
    const prerendered = form.querySelector('#prerendered') as HTMLInputElement;
    prerendered.checked = options.prerendered;
    fire(prerendered);
    // The pre-rendered markup is fetched: wait for the snippet that holds it.
    const snippet = builder.document.querySelector('#snippet') as HTMLTextAreaElement;
    if (options.prerendered) await until(() => snippet.value.includes('shadowrootmode'), 'the pre-rendered snippet');
  }
  const preview = builder.document.querySelector('#preview') as HTMLElement;
  const wanted = options.components ?? ['safer-seven-report-it'];
  await until(
    () => [...preview.children].filter((child) => child.localName.startsWith('safer-seven-')).length === wanted.length,
    'the preview',
  );
  await renderedElements(builder, preview);
  return (builder.document.querySelector('#snippet') as HTMLTextAreaElement).value;
}

/** What a reader would compare: the words, the phone links, the heading level, the accent. */
function whatAReaderSees(element: Element & { activeRoute?: string }) {
  const base = element.shadowRoot!.querySelector('[part~="base"]') as HTMLElement;
  return {
    tag: element.localName,
    text: shownText(element),
    tel: telHrefs(element.shadowRoot),
    topHeading: element.shadowRoot!.querySelector('h1,h2,h3,h4,h5,h6')?.localName,
    activeRoute: element.activeRoute,
    accent: getComputedStyle(base).borderInlineStartColor,
  };
}

/**
 * The snippet in a blank page, the site's public address of the drop-in pointed at the local
 * bundle, SRI kept. (test/node/snippet-cross-origin.test.mjs pastes it unchanged, on another origin.)
 */
async function pasteIntoBlankPage(snippet: string, siteUrl: string): Promise<LoadedPage> {
  expect(snippet).to.include(siteUrl);
  return loadHtml(
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Partner page</title></head>
     <body><main>${snippet.replace(siteUrl, localBundle)}</main></body></html>`,
    '/test/blank.html',
  );
}

describe('the embed-code builder', function () {
  this.timeout(20000);
  let builder: LoadedPage;
  let pasted: LoadedPage | undefined;
  let version: string;
  let integrity: string;
  let siteUrl: string;

  before(async () => {
    version = JSON.parse(await fetchText('/packages/elements/package.json')).version;
    integrity = (await fetchText(`${localBundle}.sri.txt`)).trim();
    const { publicUrl } = JSON.parse(await fetchText('/site/assets/bundle-info.json'));
    siteUrl = `${publicUrl}files/elements/${version}/safer-seven.min.js`;
  });
  beforeEach(async () => {
    builder = await loadPage(demoPages.builder);
    await until(() => builder.document.querySelector('#builder')?.getAttribute('data-state') === 'ready', 'the builder');
  });
  afterEach(() => {
    builder.remove();
    pasted?.remove();
    pasted = undefined;
  });

  describe('when nothing is changed', () => {
    it('offers report-it with the site\'s own exact-version script tag, its SRI hash and no style', async () => {
      const snippet = (builder.document.querySelector('#snippet') as HTMLTextAreaElement).value;
      const parsed = new DOMParser().parseFromString(snippet, 'text/html');
      const script = parsed.querySelector('script')!;
      expect(script.getAttribute('src')).to.equal(siteUrl);
      expect(snippet).not.to.include('cdn.jsdelivr.net');
      expect(script.getAttribute('integrity')).to.equal(integrity);
      expect(script.getAttribute('crossorigin')).to.equal('anonymous');
      expect(script.hasAttribute('defer')).to.equal(true);
      expect(parsed.querySelector('style')).to.equal(null);
      const element = parsed.querySelector('safer-seven-report-it')!;
      expect(element.getAttribute('heading-level')).to.equal('2');
      expect(element.hasAttribute('now')).to.equal(false);
      // The fallback inside is the content package's, to the character (but indentation).
      const oneLine = (html: string) => html.replace(/\s+/g, ' ');
      expect(oneLine(snippet)).to.include(oneLine(fallbackHtml(cse, 'safer-seven-report-it')));
    });

    it('renders the same pasted into a blank page as in its preview', async () => {
      const snippet = (builder.document.querySelector('#snippet') as HTMLTextAreaElement).value;
      pasted = await pasteIntoBlankPage(snippet, siteUrl);
      const previewed = await renderedElements(builder, builder.document.querySelector('#preview')!);
      const rendered = await renderedElements(pasted);
      expect(rendered.map(whatAReaderSees)).to.deep.equal(previewed.map(whatAReaderSees));
      expect(pasted.problems()).to.deep.equal([]);
    });
  });

  describe('when every option is changed', () => {
    const options = {
      components: tags,
      headingLevel: '3',
      accent: '#6b2d5c',
    };

    it('writes every element, the level and the accent style into the snippet, and the preview time only into the preview', async () => {
      const snippet = await choose(builder, { ...options, time: 'bank-holiday' });
      const parsed = new DOMParser().parseFromString(snippet, 'text/html');
      expect([...parsed.querySelectorAll(tags.join(','))].map((element) => element.localName)).to.deep.equal([...tags]);
      for (const element of parsed.querySelectorAll(tags.join(','))) {
        expect(element.getAttribute('heading-level'), element.localName).to.equal('3');
        expect(element.hasAttribute('now'), element.localName).to.equal(false);
        expect(element.querySelector('h3'), `${element.localName} fallback heading`).to.exist;
      }
      expect(parsed.querySelector('style')?.textContent).to.include('--safer-seven-accent: #6b2d5c');
      // The bank-holiday preview is a bank holiday by the data's own rule and overrides.
      const now = builder.document.querySelector('#preview safer-seven-report-it')!.getAttribute('now')!;
      expect(routeAt(cse.officeHours, Date.parse(now)).reason).to.equal('bank-holiday');
    });

    it('renders the same pasted into a blank page as in its preview', async () => {
      const snippet = await choose(builder, options);
      pasted = await pasteIntoBlankPage(snippet, siteUrl);
      const previewed = await renderedElements(builder, builder.document.querySelector('#preview')!);
      const rendered = await renderedElements(pasted);
      expect(rendered.length).to.equal(tags.length);
      expect(rendered.map(whatAReaderSees)).to.deep.equal(previewed.map(whatAReaderSees));
      expect(pasted.problems()).to.deep.equal([]);
    });
  });

  describe('when "keep the numbers current" is chosen', () => {
    const key = 'B'.padEnd(87, 'x');
    async function withUpdates(url: string, publicKey: string): Promise<string> {
      const form = builder.document.querySelector('#builder') as HTMLFormElement;
      const set = (selector: string, apply: (input: HTMLInputElement) => void) => {
        const input = form.querySelector(selector) as HTMLInputElement;
        apply(input);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      set('#updates-url', (input) => (input.value = url));
      set('#updates-key', (input) => (input.value = publicKey));
      set('#updates-on', (input) => (input.checked = true));
      return choose(builder, { components: ['safer-seven-report-it', 'safer-seven-contacts'] });
    }

    it('writes updates and updates-key on every tag and the connect-src line the page needs', async () => {
      const snippet = await withUpdates('https://content.example.org/safer-seven/cse.signed.json', key);
      const parsed = new DOMParser().parseFromString(snippet, 'text/html');
      for (const element of parsed.querySelectorAll(tags.join(','))) {
        expect(element.getAttribute('updates'), element.localName).to.equal('https://content.example.org/safer-seven/cse.signed.json');
        expect(element.getAttribute('updates-key'), element.localName).to.equal(key);
      }
      expect(snippet).to.include('connect-src https://content.example.org');
      // The drop-in file with updates, pinned by its own hash, instead of the main one.
      const script = parsed.querySelector('script')!;
      expect(script.getAttribute('src')).to.match(/\/safer-seven-updates\.min\.js$/);
      const sri = await (await fetch('/packages/elements/dist/safer-seven-updates.min.js.sri.txt')).text();
      expect(script.getAttribute('integrity')).to.equal(sri.trim());
      // The preview fetches nothing.
      for (const element of builder.document.querySelectorAll('#preview > *')) expect(element.hasAttribute('updates')).to.equal(false);
    });

    it('writes both keys while the partnership rotates them, and refuses a key of the wrong length', async () => {
      const nextKey = 'C'.padEnd(87, 'y');
      const rotating = new DOMParser().parseFromString(await withUpdates('https://content.example.org/cse.signed.json', `${key} ${nextKey}`), 'text/html');
      for (const element of rotating.querySelectorAll(tags.join(','))) expect(element.getAttribute('updates-key'), element.localName).to.equal(`${key} ${nextKey}`);
      const short = await withUpdates('https://content.example.org/cse.signed.json', key.slice(1));
      expect(short).not.to.include('updates-key=');
      expect(builder.document.querySelector('#updates-problem')!.textContent).to.include('87');
    });

    it('writes neither attribute, and says why, for an address that is not https:', async () => {
      const snippet = await withUpdates('http://content.example.org/cse.signed.json', key);
      expect(snippet).not.to.include('updates=');
      expect(snippet).not.to.include('connect-src');
      expect(snippet).to.match(/\/safer-seven\.min\.js"/);
      expect(builder.document.querySelector('#updates-problem')!.textContent).to.include('https:');
    });
  });

  describe('when a preview time is chosen', () => {
    it('previews at that time but leaves `now` out of the snippet', async () => {
      const snippet = await choose(builder, { time: 'weekday-evening' });
      expect(snippet).not.to.include(' now=');
      const [preview] = await renderedElements(builder, builder.document.querySelector('#preview')!);
      expect(preview!.getAttribute('now')).to.match(/T\d\d:\d\d:00[+-]\d\d:\d\d$/);
      expect((preview as Element & { activeRoute?: string }).activeRoute).to.equal(cse.officeHours.closedRoute);
    });

    it('puts no preview time (`now=`, `?now=`) into any text a partner copies, for any host, part or time', async () => {
      const form = builder.document.querySelector('#builder') as HTMLFormElement;
      const hosts = [...form.querySelectorAll<HTMLInputElement>('input[name="host"]')];
      const times = [...form.querySelectorAll<HTMLInputElement>('input[name="time"]')];
      expect(hosts.length, 'kinds of website').to.be.at.least(4);
      expect(times.length, 'preview times').to.be.at.least(4);
      const copyable = () => [...builder.document.querySelectorAll<HTMLTextAreaElement>('textarea')];
      let checked = 0;
      for (const host of hosts) {
        host.checked = true;
        host.dispatchEvent(new Event('input', { bubbles: true }));
        for (const time of times.filter((radio) => radio.value !== 'clock')) {
          await choose(builder, { components: tags, time: time.value });
          // The picture does take the time: the check below would catch it leaking.
          const pictured = [...builder.document.querySelectorAll('#answer-preview iframe, #answer-preview safer-seven-report-it')];
          expect(pictured.some((element) => /now=/.test(element.getAttribute('src') ?? '') || element.hasAttribute('now')), `${host.value} picture at ${time.value}`).to.equal(true);
          for (const box of copyable()) {
            expect(box.value, `#${box.id} for ${host.value} at ${time.value}`).not.to.match(/now=/);
            checked += 1;
          }
        }
      }
      expect(checked).to.be.greaterThan(hosts.length * 4);
    });
  });

  describe('when a part and the whole briefing are both chosen', () => {
    it('says which points the page would show twice, and says nothing once they are not', async () => {
      const warning = builder.document.querySelector('#duplicate-warning')!;
      expect(warning.textContent).to.equal('');
      await choose(builder, { components: ['safer-seven-report-it', 'safer-seven-warning-signs', 'safer-seven-briefing'] });
      await until(() => warning.textContent !== '', 'the warning');
      // Each point by its number and title, from the briefing itself.
      for (const tag of ['safer-seven-report-it', 'safer-seven-warning-signs'] as const) {
        const index = cse.sections.findIndex((section) => section.id === sectionOfTag[tag]);
        expect(warning.textContent).to.include(`point ${index + 1}, "${cse.sections[index]!.title}"`);
      }
      expect(warning.textContent).to.include('twice');
      expect(warning.closest('[aria-live]') ?? warning.getAttribute('aria-live'), 'announced').to.exist;
      expect(warning.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
      await choose(builder, { components: ['safer-seven-briefing'] });
      await until(() => warning.textContent === '', 'the warning to go');
      await choose(builder, { components: ['safer-seven-report-it', 'safer-seven-contacts'] });
      expect(warning.textContent).to.equal('');
    });
  });

  describe('when the copy button is pressed', () => {
    it('copies the snippet and says so', async () => {
      const writeText = sinon.stub().resolves();
      Object.defineProperty(builder.window.navigator, 'clipboard', { value: { writeText }, configurable: true });
      (builder.document.querySelector('#copy') as HTMLButtonElement).click();
      const status = builder.document.querySelector('#copy-status')!;
      await until(() => status.textContent !== '', 'the status message');
      const snippet = (builder.document.querySelector('#snippet') as HTMLTextAreaElement).value;
      expect(writeText.calledOnceWithExactly(snippet)).to.equal(true);
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.match(/^Copied/);
    });

    it('selects the snippet and says how to copy it when the clipboard refuses', async () => {
      const writeText = sinon.stub().rejects(new DOMException('Denied', 'NotAllowedError'));
      Object.defineProperty(builder.window.navigator, 'clipboard', { value: { writeText }, configurable: true });
      (builder.document.querySelector('#copy') as HTMLButtonElement).click();
      const status = builder.document.querySelector('#copy-status')!;
      await until(() => status.textContent !== '', 'the status message');
      expect(status.textContent).to.match(/Ctrl\+C/);
      expect(builder.document.activeElement?.id).to.equal('snippet');
    });
  });

  describe('when "pre-rendered" is chosen', () => {
    it('writes each tag as declarative shadow DOM linking the stylesheet, with its fallback, once each', async () => {
      const snippet = await choose(builder, { components: tags, headingLevel: '3', prerendered: true });
      const parsed = Document.parseHTMLUnsafe(snippet);
      const elements = [...parsed.querySelectorAll(tags.join(','))];
      expect(elements.map((element) => element.localName)).to.deep.equal([...tags]);
      for (const element of elements) {
        const shadow = element.shadowRoot;
        expect(shadow, `${element.localName} has a declarative shadow root`).to.not.equal(null);
        expect(shadow!.querySelector('h3'), `${element.localName} heading`).to.not.equal(null);
        expect(shadow!.querySelector('style'), `${element.localName} inline style`).to.equal(null);
        expect(shadow!.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).to.match(/^https:\/\/.*\/safer-seven\.css$/);
        expect(element.querySelector('.safer-seven-fallback h3'), `${element.localName} fallback`).to.not.equal(null);
        expect(element.hasAttribute('now'), `${element.localName} now`).to.equal(false);
      }
    });
  });
});
