/**
 * The quick exit's stylesheet as text; a named `css` tag so that the build minifies it like
 * the other tags' styles. The text is kept raw (escapes intact), as shared/styles.ts does.
 */
function css(text: TemplateStringsArray): string {
  return text.raw[0] ?? '';
}

/**
 * Sticky at the top while the page scrolls, the button at the end of the line. In the page's
 * flow the tag keeps exactly the one line its fallback link took (a line of the page's own
 * type, held by a zero-width character in the page's font), and the strip with the button lies
 * over the top of the page from there, as it lies over the page once it scrolls: upgrading
 * moves nothing (a 44-pixel strip in the flow pushed a school's header down 39 px). The host
 * lets clicks through (`pointer-events: none`) so the strip beside the button never covers
 * the page; only the button, and the overlay once open, take them. The button is GOV.UK's
 * warning red with white bold text, at least 44 by 44 CSS pixels (WCAG 2.5.5), and turns
 * yellow with black text on focus. The overlay and its backdrop are in system colours, so
 * they cover the page in whatever colours the reader's system uses, forced colours
 * included. In forced-colors mode the button keeps a border (its transparent one is drawn).
 *
 * Custom properties (optional): --safer-seven-emergency (the button's colour),
 * --safer-seven-font, --safer-seven-quick-exit-top (offset from the top while sticky).
 */
const text = css`
  :host {
    display: block;
    position: sticky;
    top: var(--safer-seven-quick-exit-top, 0);
    z-index: 2147483647;
    pointer-events: none;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    display: flex;
    justify-content: flex-end;
    padding: 0.5rem;
    font-family: var(--safer-seven-font, inherit);
    font-size: max(1rem, 16px);
    font-style: normal;
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }
  .button {
    pointer-events: auto;
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.25rem;
    min-inline-size: 44px;
    min-block-size: 44px;
    box-sizing: border-box;
    margin: 0;
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: 0;
    background: var(--safer-seven-emergency, #b3261e);
    color: #fff;
    box-shadow: 0 2px 0 #55150b;
    font: inherit;
    cursor: pointer;
  }
  .button:hover {
    background: #8e1d17;
  }
  .button:focus-visible {
    outline: 3px solid transparent;
    background: #fd0;
    color: #0b0c0c;
    box-shadow: 0 4px 0 #0b0c0c;
  }
  .hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .indicator {
    display: none;
    gap: 0.375rem;
  }
  .indicator.counting {
    display: flex;
  }
  .indicator span {
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .indicator .lit {
    background: currentColor;
  }
  .overlay {
    pointer-events: auto;
    position: fixed;
    inset: 0;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 1rem;
    border: 0;
    background: Canvas;
    color: CanvasText;
    font-weight: 400;
    text-align: start;
  }
  .overlay::backdrop {
    background: Canvas;
  }
  @media print {
    :host {
      display: none;
    }
  }
`;

let sheet: CSSStyleSheet | undefined;

/**
 * The one constructed sheet that every quick-exit shadow root adopts, built on first use:
 * in Node (server rendering, a build step) there is no CSSStyleSheet at import time.
 */
export function quickExitStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
  }
  return sheet;
}
