// The builder's iframe code and page address (oEmbed): what each writes for a few choices,
// that its height is the measured one (demo/embed-heights.json), that each preview is made of
// exactly that text (the iframe sandboxed; the address's iframe as WordPress changes and
// resizes it), and that each Copy button copies, or selects the text where the browser refuses.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { saferSevenTags } from '../../packages/content/src/index.js';
import { axeViolations, demoPages, loadPage, until, type LoadedPage } from './helpers.js';

interface EmbedsData {
  publicUrl: string;
  pages: Record<string, { tag: string; headingLevel: number; title: string; url: string; oembed: string; heights: Record<string, number> }>;
}

const embeds: EmbedsData = await fetch('/site/assets/embeds.json').then((response) => response.json());
const heights = await fetch('/demo/embed-heights.json').then((response) => response.json());
/** What the iframe code is sized by: 200% text, as no host resizes a pasted iframe (the compact heights until measured). */
const frameHeights: Record<string, Record<string, number>> = heights.pagesLargeText ?? heights.pages;

function set(builder: LoadedPage, selector: string, apply: (control: HTMLInputElement & HTMLSelectElement) => void) {
  const control = builder.document.querySelector(selector) as HTMLInputElement & HTMLSelectElement;
  apply(control);
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

function chooseTags(builder: LoadedPage, chosen: readonly string[]) {
  for (const tag of saferSevenTags) set(builder, `input[name="component"][value="${tag}"]`, (box) => (box.checked = chosen.includes(tag)));
}

const iframesOf = (code: string) => [...new DOMParser().parseFromString(code, 'text/html').querySelectorAll('iframe')];
const valueOf = (builder: LoadedPage, selector: string) => (builder.document.querySelector(selector) as HTMLTextAreaElement).value;

describe('the builder\'s iframe code and page address', function () {
  this.timeout(30000);
  let builder: LoadedPage;

  beforeEach(async () => {
    builder = await loadPage(demoPages.builder);
    await until(() => builder.document.querySelector('#builder')?.getAttribute('data-state') === 'ready', 'the builder');
  });
  afterEach(() => builder.remove());

  describe('when nothing is changed', () => {
    it('writes report-it\'s embed page by absolute address, its title, and the height that fits a 320 px column at large text', () => {
      const [frame, ...others] = iframesOf(valueOf(builder, '#iframe-code'));
      expect(others).to.deep.equal([]);
      expect(frame!.getAttribute('src')).to.equal(`${embeds.publicUrl}embed/report-it.html`);
      expect(frame!.getAttribute('title')).to.equal(embeds.pages['report-it']!.title);
      expect(frame!.getAttribute('width')).to.equal('100%');
      expect(frame!.getAttribute('height')).to.equal(String(frameHeights['report-it']!['320']));
      expect(frame!.getAttribute('frameborder')).to.equal('0');
      expect(valueOf(builder, '#page-address')).to.equal(`${embeds.publicUrl}embed/report-it.html`);
    });

    it('previews that iframe sandboxed at that height, from this site', async () => {
      const code = iframesOf(valueOf(builder, '#iframe-code'))[0]!;
      const [preview] = builder.document.querySelectorAll<HTMLIFrameElement>('#iframe-preview iframe');
      expect(preview!.getAttribute('sandbox')).to.equal('allow-scripts');
      expect(preview!.getAttribute('height')).to.equal(code.getAttribute('height'));
      expect(preview!.getAttribute('title')).to.equal(code.getAttribute('title'));
      expect(new URL(preview!.src).pathname).to.equal('/site/embed/report-it.html');
    });

    it('previews the address as WordPress shows it: sandboxed, a secret, resized by the page within 200..1000 px', async () => {
      const [preview] = builder.document.querySelectorAll<HTMLIFrameElement>('#address-preview iframe');
      const secret = preview!.dataset.secret!;
      expect(secret).to.match(/^[a-zA-Z0-9]{10}$/);
      expect(preview!.getAttribute('sandbox')).to.equal('allow-scripts');
      expect(preview!.getAttribute('security')).to.equal('restricted');
      expect(preview!.src).to.match(new RegExp(`/site/embed/report-it\\.html#\\?secret=${secret}$`));
      const oembed = await fetch('/site/embed/report-it.oembed.json').then((response) => response.json());
      // The page's own height message replaces the oEmbed height.
      await until(() => preview!.getAttribute('height') !== String(oembed.height), 'the height message');
      const height = Number(preview!.getAttribute('height'));
      expect(height).to.be.within(200, 1000);
      expect(height).to.be.within(heights.measured['report-it']['1280'] * 0.9, heights.measured['report-it']['320'] * 1.1);
    });

    it('is axe-clean', async () => {
      expect(await axeViolations(builder)).to.deep.equal([]);
      expect(builder.problems()).to.deep.equal([]);
    });
  });

  describe('when two tags, heading level 3, a 768 px column and a preview time are chosen', () => {
    it('writes one iframe per tag at level 3 with the 768 px heights, no ?now= (only the preview has it), and their addresses', async () => {
      chooseTags(builder, ['safer-seven-briefing', 'safer-seven-contacts']);
      set(builder, '#heading-level', (select) => (select.value = '3'));
      set(builder, '#frame-width', (select) => (select.value = '768'));
      set(builder, 'input[name="time"][value="weekday-evening"]', (radio) => (radio.checked = true));
      await until(() => iframesOf(valueOf(builder, '#iframe-code')).length === 2, 'two iframes');
      // In the form's order: the tags' own (contacts before the whole briefing).
      const [contactsFrame, briefingFrame] = iframesOf(valueOf(builder, '#iframe-code'));
      expect(briefingFrame!.getAttribute('src')).to.equal(`${embeds.publicUrl}embed/briefing.h3.html`);
      expect(briefingFrame!.getAttribute('height')).to.equal(String(frameHeights['briefing.h3']!['768']));
      expect(contactsFrame!.getAttribute('src')).to.equal(`${embeds.publicUrl}embed/contacts.h3.html`);
      expect(contactsFrame!.getAttribute('height')).to.equal(String(frameHeights['contacts.h3']!['768']));
      // The preview shows the time chosen; the code follows the clock.
      const [, briefingPreviewFrame] = builder.document.querySelectorAll<HTMLIFrameElement>('#iframe-preview iframe');
      expect(new URL(briefingPreviewFrame!.src).searchParams.get('now')).to.match(/T\d\d:\d\d:00[+-]\d\d:\d\d$/);
      expect(valueOf(builder, '#page-address').split('\n')).to.deep.equal([
        `${embeds.publicUrl}embed/contacts.h3.html`,
        `${embeds.publicUrl}embed/briefing.h3.html`,
      ]);
      await until(() => builder.document.querySelectorAll('#address-preview iframe').length === 2, 'two address previews');
      // The whole briefing is taller than WordPress allows: it stops at 1000 px and scrolls inside.
      const [, briefingPreview] = builder.document.querySelectorAll<HTMLIFrameElement>('#address-preview iframe');
      await until(() => briefingPreview!.getAttribute('height') === '1000', 'the briefing at 1000 px');
    });
  });

  describe('when a Copy button is pressed', () => {
    for (const [button, box] of [
      ['#copy-iframe', '#iframe-code'],
      ['#copy-address', '#page-address'],
    ] as const) {
      it(`${button} copies ${box} and says so in its live region`, async () => {
        const writeText = sinon.stub().resolves();
        Object.defineProperty(builder.window.navigator, 'clipboard', { value: { writeText }, configurable: true });
        (builder.document.querySelector(button) as HTMLButtonElement).click();
        const status = builder.document.querySelector(`${button}-status`)!;
        await until(() => status.textContent !== '', 'the status message');
        expect(writeText.calledOnceWithExactly(valueOf(builder, box))).to.equal(true);
        expect(status.getAttribute('role')).to.equal('status');
        expect(status.textContent).to.match(/^Copied/);
      });

      it(`${button} selects ${box} and says how to copy it when the clipboard refuses`, async () => {
        const writeText = sinon.stub().rejects(new DOMException('Denied', 'NotAllowedError'));
        Object.defineProperty(builder.window.navigator, 'clipboard', { value: { writeText }, configurable: true });
        (builder.document.querySelector(button) as HTMLButtonElement).click();
        const status = builder.document.querySelector(`${button}-status`)!;
        await until(() => status.textContent !== '', 'the status message');
        expect(status.textContent).to.match(/Ctrl\+C/);
        expect(`#${builder.document.activeElement?.id}`).to.equal(box);
        const area = builder.document.querySelector(box) as HTMLTextAreaElement;
        expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
      });
    }
  });
});
