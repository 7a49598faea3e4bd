import { quickExitDefaultHref, quickExitStrings as strings } from '@safer-seven/content/quick-exit';
import { version } from '../version.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { pressesToLeave, shiftPresses, type ShiftPressListener } from './shift-presses.js';

// Not a Lit element, on purpose. This tag ships in a file of its own (most pages that carry
// the briefing do not want it), and a second copy of Lit on a page that also loads the main
// drop-in would need `trusted-types lit-html 'allow-duplicates'` under a strict policy and
// cost some 6 KB. So it builds its small shadow tree once with DOM calls and `textContent`
// (no markup parsed from strings, no style attributes) and adopts one constructed stylesheet.
//
// In Node (server rendering, a build step) there is no HTMLElement: importing the module
// must still work, so the class extends a stand-in there and builds nothing until connected.
const ElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  className: string,
  text = '',
): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  created.className = className;
  created.textContent = text;
  return created;
}

/**
 * Navigates the whole tab, not only a frame (SharePoint's embed web part puts a page in an
 * iframe), and replaces this page in the history so that Back does not return to it. A frame
 * that may not navigate its top window (a sandbox without allow-top-navigation) leaves at
 * least itself.
 */
function leaveFor(href: string): void {
  try {
    (window.top ?? window).location.replace(href);
  } catch {
    window.location.replace(href);
  }
}

/**
 * @tag safer-seven-quick-exit
 * @summary A way to leave the page at once, for pages read by people at risk: a button
 * ("Exit this page", read as "Emergency Exit this page"), sticky at the top, and Shift pressed
 * three times within five seconds anywhere on the page. It covers the page with a blank
 * overlay, clears the title and replaces the page with a neutral one. Put it on a page once,
 * near the top, with its fallback link inside (`quickExitFallbackHtml()`).
 *
 * @attr href - Where to go: an `https:` page; default BBC Weather. Anything else falls back to the default with one `console.warn`.
 *
 * @csspart base - The strip that holds the button.
 * @csspart button - The exit button.
 * @csspart indicator - The three dots that light up as Shift is pressed.
 * @csspart overlay - The blank overlay that covers the page while the next one loads.
 * @cssproperty --safer-seven-emergency - The button's colour; default a red with white text at 6.5:1.
 * @cssproperty --safer-seven-font - Font family; inherits from the page by default.
 * @cssproperty --safer-seven-quick-exit-top - How far from the top the button sticks; default 0.
 */
export class SaferSevenQuickExit extends ElementBase implements ShiftPressListener {
  /** The version of `@safer-seven/elements` that defined this class. */
  static readonly version: string = version;

  static readonly observedAttributes = ['href'];

  private indicator?: HTMLElement;
  private status?: HTMLElement;
  private overlay?: HTMLDialogElement;
  private checkedHref = quickExitDefaultHref;
  /** The page's title before it was cleared, to give back when the page is shown again. */
  private titleBeforeLeaving: string | undefined;

  /** Where the exit goes: the `href` attribute when it is an `https:` address, else BBC Weather. */
  get destination(): string {
    return this.checkedHref;
  }

  attributeChangedCallback(_name: string, _old: string | null, value: string | null): void {
    this.checkedHref = quickExitDefaultHref;
    if (value === null) return;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (url?.protocol === 'https:') this.checkedHref = url.href;
    else console.warn(`<safer-seven-quick-exit>: href "${value}" is not an https: address; using ${quickExitDefaultHref}.`);
  }

  connectedCallback(): void {
    if (!this.shadowRoot) this.build();
    shiftPresses.add(this);
    window.addEventListener('pageshow', this.onPageShow);
  }

  disconnectedCallback(): void {
    shiftPresses.delete(this);
    window.removeEventListener('pageshow', this.onPageShow);
  }

  /** Leaves the page: what the button, and Shift pressed three times, do. */
  leave(): void {
    // Forget any presses of Shift so far (this also empties the announcement).
    shiftPresses.reset(false);
    const overlay = this.overlay;
    if (overlay && !overlay.open) {
      // A modal dialog sits in the top layer: above everything, whatever the page's z-index
      // or transforms, and the page behind it becomes inert.
      overlay.showModal();
      // Words set after it opens are announced more reliably (as GOV.UK found).
      overlay.textContent = strings.leaving;
    }
    this.titleBeforeLeaving ??= document.title;
    document.title = '';
    leaveFor(this.destination);
  }

  /** @internal Called by the page's one Shift counter. */
  pressesCounted(presses: number, expired: boolean): void {
    if (this.status) this.status.textContent = presses > 0 ? strings.pressesToGo(pressesToLeave - presses) : expired ? strings.expired : '';
    if (!this.indicator) return;
    this.indicator.classList.toggle('counting', presses > 0);
    [...this.indicator.children].forEach((dot, index) => dot.classList.toggle('lit', index < presses));
  }

  /**
   * Back (or Forward) to this page from the browser's back-forward cache shows it as it was
   * left: blank. Give the page back, with its title, and forget the presses.
   */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    if (this.overlay?.open) this.overlay.close();
    if (this.overlay) this.overlay.textContent = '';
    if (this.titleBeforeLeaving !== undefined) document.title = this.titleBeforeLeaving;
    this.titleBeforeLeaving = undefined;
    shiftPresses.reset(false);
  };

  private build(): void {
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [quickExitStyles()];

    const base = element('div', 'base');
    base.part.add('base');

    const button = element('button', 'button');
    button.type = 'button';
    button.part.add('button');
    button.append(element('span', 'hidden', strings.emergency), ` ${strings.exitThisPage}`);
    button.addEventListener('click', () => this.leave());

    const indicator = element('span', 'indicator');
    indicator.part.add('indicator');
    indicator.setAttribute('aria-hidden', 'true');
    for (let dot = 0; dot < pressesToLeave; dot += 1) indicator.append(element('span', ''));
    button.append(indicator);

    // A polite live region, as GOV.UK's (role "status"): says how many more presses.
    const status = element('span', 'hidden');
    status.setAttribute('role', 'status');

    const overlay = element('dialog', 'overlay');
    overlay.part.add('overlay');
    // Escape would close the overlay and show the page again while the next one loads.
    overlay.addEventListener('cancel', (event) => event.preventDefault());

    base.append(button, status, overlay);
    // The line the fallback link took, in the page's font: the tag's whole height in the flow.
    const line = element('span', '', '\u200b');
    line.setAttribute('aria-hidden', 'true');
    root.append(line, base);
    this.indicator = indicator;
    this.status = status;
    this.overlay = overlay;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safer-seven-quick-exit': SaferSevenQuickExit;
  }
}
