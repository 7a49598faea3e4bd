// The platform features that new Safer Seven work relies on, checked in each engine the way
// that work uses them: server-rendered shadow roots, colours for light and dark schemes,
// verifying a signed content update, a time limit on a request, shared constructed
// stylesheets and a modal dialog. A failure here names the engine that lacks the feature
// before a component test fails for a reason that is harder to see.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const added: Element[] = [];

afterEach(() => {
  for (const element of added.splice(0)) element.remove();
  document.adoptedStyleSheets = [];
});

/** A new element in this page's body, removed after the test. */
function place<Name extends keyof HTMLElementTagNameMap>(name: Name, parent: Element = document.body): HTMLElementTagNameMap[Name] {
  const element = document.createElement(name);
  parent.append(element);
  if (parent === document.body) added.push(element);
  return element;
}

function sheetOf(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}

function nextEvent(target: EventTarget, type: string): Promise<Event> {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}

describe('the platform, in this engine', () => {
  describe('declarative shadow DOM', () => {
    async function openServerRenderedPage(): Promise<Document> {
      const frame = place('iframe');
      const loaded = nextEvent(frame, 'load');
      frame.src = '/test/engines/pages/declarative-shadow-dom.html';
      await loaded;
      return frame.contentDocument!;
    }

    it('parses <template shadowrootmode="open"> into an open shadow root, with the light children slotted', async () => {
      const page = await openServerRenderedPage();
      const host = page.getElementById('open-host')!;
      expect(host.shadowRoot?.mode, 'shadow root').to.equal('open');
      expect(host.shadowRoot!.querySelector('[part="text"]')!.textContent).to.equal('From the server');
      expect(host.querySelectorAll('template').length, 'templates left').to.equal(0);
      const slot = host.shadowRoot!.querySelector('slot');
      expect(page.getElementById('light-child')!.assignedSlot === slot, 'the light child is slotted').to.equal(true);
    });

    it('parses shadowrootmode="closed" into a root that scripts cannot reach', async () => {
      const host = (await openServerRenderedPage()).getElementById('closed-host')!;
      expect(host.shadowRoot === null, 'no shadowRoot property').to.equal(true);
      expect(host.querySelectorAll('template').length, 'templates left').to.equal(0);
    });

    it('attachShadow on a host with a declarative root returns that root, emptied, and only once', async () => {
      // What an element that upgrades over server-rendered markup gets when it renders itself.
      const host = (await openServerRenderedPage()).getElementById('open-host')!;
      const declared = host.shadowRoot;
      expect(declared?.childNodes.length, 'children of the declared root').to.be.greaterThan(0);
      const attached = host.attachShadow({ mode: 'open' });
      expect(attached === declared, 'the same root').to.equal(true);
      expect(attached.childNodes.length, 'children left').to.equal(0);
      expect(() => host.attachShadow({ mode: 'open' }), 'a second attachShadow')
        .to.throw()
        .with.property('name', 'NotSupportedError');
    });

    it('is parsed by setHTMLUnsafe, and not by innerHTML', () => {
      // The root attaches to the template's parent inside the markup, not to the element set.
      const markup = '<div><template shadowrootmode="open"><p>Inside</p></template></div>';
      const parsed = place('div');
      parsed.setHTMLUnsafe(markup);
      expect(parsed.firstElementChild!.shadowRoot?.textContent).to.equal('Inside');
      const assigned = place('div');
      assigned.innerHTML = markup;
      expect(assigned.firstElementChild!.shadowRoot === null, 'innerHTML attaches no root').to.equal(true);
    });
  });

  describe('light-dark()', () => {
    const light = 'rgb(1, 2, 3)';
    const dark = 'rgb(4, 5, 6)';

    it('picks its first colour under color-scheme: light and its second under dark, inherited', () => {
      expect(CSS.supports('color', `light-dark(${light}, ${dark})`), 'CSS.supports').to.equal(true);
      document.adoptedStyleSheets = [
        sheetOf(`.probe { color: light-dark(${light}, ${dark}) } .light { color-scheme: light } .dark { color-scheme: dark }`),
      ];
      const lightSection = place('section');
      lightSection.className = 'light';
      const darkSection = place('section');
      darkSection.className = 'dark';
      const inLight = place('p', lightSection);
      const inDark = place('p', darkSection);
      inLight.className = inDark.className = 'probe';
      expect(getComputedStyle(inLight).color, 'in light').to.equal(light);
      expect(getComputedStyle(inDark).color, 'in dark').to.equal(dark);
    });

    it('follows color-scheme set on a shadow host from inside its shadow tree', () => {
      const host = place('div');
      host.style.colorScheme = 'dark';
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheetOf(`p { color: light-dark(${light}, ${dark}) }`)];
      const paragraph = document.createElement('p');
      root.append(paragraph);
      expect(getComputedStyle(paragraph).color).to.equal(dark);
    });
  });

  describe('WebCrypto ECDSA P-256', () => {
    const curve = { name: 'ECDSA', namedCurve: 'P-256' } as const;
    const signing = { name: 'ECDSA', hash: 'SHA-256' } as const;
    const update = new TextEncoder().encode(JSON.stringify({ topic: 'cse', version: '1.0.1' }));

    async function signedUpdate() {
      const keys = await crypto.subtle.generateKey(curve, true, ['sign', 'verify']);
      const rawPublicKey = await crypto.subtle.exportKey('raw', keys.publicKey);
      const signature = await crypto.subtle.sign(signing, keys.privateKey, update);
      return { rawPublicKey, signature };
    }

    it('is offered to the test page, a secure context', () => {
      expect(window.isSecureContext, 'isSecureContext').to.equal(true);
      expect(crypto.subtle, 'crypto.subtle').to.not.equal(undefined);
    });

    it("verifies a signature made here with a public key imported with importKey('raw')", async () => {
      const { rawPublicKey, signature } = await signedUpdate();
      // An uncompressed point: 0x04, then x and y of 32 bytes each.
      expect(new Uint8Array(rawPublicKey)).to.have.length(65);
      expect(new Uint8Array(rawPublicKey)[0]).to.equal(0x04);
      // WebCrypto signs as r followed by s (IEEE P1363), 64 bytes: not DER, as OpenSSL writes.
      expect(signature.byteLength).to.equal(64);
      const publicKey = await crypto.subtle.importKey('raw', rawPublicKey, curve, false, ['verify']);
      expect(await crypto.subtle.verify(signing, publicKey, signature, update)).to.equal(true);
    });

    it('refuses the signature for other bytes, and a changed signature', async () => {
      const { rawPublicKey, signature } = await signedUpdate();
      const publicKey = await crypto.subtle.importKey('raw', rawPublicKey, curve, false, ['verify']);
      const otherUpdate = new TextEncoder().encode(JSON.stringify({ topic: 'cse', version: '1.0.2' }));
      expect(await crypto.subtle.verify(signing, publicKey, signature, otherUpdate), 'other bytes').to.equal(false);
      const changed = new Uint8Array(signature);
      changed[10] = changed[10]! ^ 0xff;
      expect(await crypto.subtle.verify(signing, publicKey, changed, update), 'changed signature').to.equal(false);
    });
  });

  describe('AbortSignal.timeout', () => {
    it('aborts with a TimeoutError, which a fetch given the signal rejects with', async () => {
      const signal = AbortSignal.timeout(1);
      expect(signal.aborted, 'not at once').to.equal(false);
      await nextEvent(signal, 'abort');
      expect(signal.reason).to.be.instanceOf(DOMException);
      expect((signal.reason as DOMException).name).to.equal('TimeoutError');
      const request = fetch('/test/engines/pages/declarative-shadow-dom.html', { signal });
      const error = await request.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error, 'the fetch rejects').to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('TimeoutError');
    });
  });

  describe('adoptedStyleSheets', () => {
    it('shares one constructed sheet between shadow roots, and a change to it restyles both', () => {
      const sheet = sheetOf('p { color: rgb(1, 2, 3) }');
      const paragraphs = [place('div'), place('div')].map((host) => {
        const root = host.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [sheet];
        const paragraph = document.createElement('p');
        root.append(paragraph);
        return paragraph;
      });
      for (const paragraph of paragraphs) expect(getComputedStyle(paragraph).color).to.equal('rgb(1, 2, 3)');
      sheet.replaceSync('p { color: rgb(4, 5, 6) }');
      for (const paragraph of paragraphs) expect(getComputedStyle(paragraph).color).to.equal('rgb(4, 5, 6)');
    });

    it('keeps the page out and adopts a sheet pushed onto the array', () => {
      document.adoptedStyleSheets = [sheetOf('p { color: rgb(7, 8, 9) }')];
      const root = place('div').attachShadow({ mode: 'open' });
      const paragraph = document.createElement('p');
      root.append(paragraph);
      expect(getComputedStyle(paragraph).color, "the page's sheet stays outside").to.not.equal('rgb(7, 8, 9)');
      root.adoptedStyleSheets.push(sheetOf('p { color: rgb(1, 2, 3) }'));
      expect(getComputedStyle(paragraph).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('<dialog>.showModal()', () => {
    function modalDialog() {
      const before = place('button');
      before.textContent = 'Open';
      const dialog = place('dialog');
      const close = place('button', dialog);
      close.textContent = 'Close';
      before.focus();
      return { before, dialog, close };
    }

    it('opens as a modal, moves focus inside and makes the page behind inert', () => {
      const { before, dialog, close } = modalDialog();
      dialog.showModal();
      expect(dialog.open, 'open').to.equal(true);
      expect(dialog.matches(':modal'), ':modal').to.equal(true);
      expect(document.activeElement === close, 'focus is on Close').to.equal(true);
      before.focus();
      expect(document.activeElement === close, 'the page behind takes no focus').to.equal(true);
    });

    it('closes on Escape, firing cancel and close, and gives focus back', async () => {
      const { before, dialog } = modalDialog();
      dialog.showModal();
      const cancelled = nextEvent(dialog, 'cancel');
      const closed = nextEvent(dialog, 'close');
      await sendKeys({ press: 'Escape' });
      await cancelled;
      await closed;
      expect(dialog.open, 'open').to.equal(false);
      expect(document.activeElement === before, 'focus is back on Open').to.equal(true);
    });

    it("closes with close(value), which becomes the dialog's returnValue", async () => {
      const { dialog } = modalDialog();
      dialog.showModal();
      const closed = nextEvent(dialog, 'close');
      dialog.close('left');
      await closed;
      expect(dialog.returnValue).to.equal('left');
    });
  });
});
