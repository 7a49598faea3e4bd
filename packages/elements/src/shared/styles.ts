import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Wraps the one stylesheet as Lit's `CSSResult`: a browser adopts it as a constructed sheet
 * (allowed under `style-src 'self'`), and a server render (`@lit-labs/ssr`, where Node has no
 * `CSSStyleSheet`) writes its text into the declarative shadow root. Lit's own `css` tag would
 * do the same, but carries checks for interpolated values that a single literal never needs;
 * named `css`, this literal is still minified at build time.
 */
function css(text: TemplateStringsArray): CSSResult {
  // The raw text: the minifier writes CSS escapes (`https\:`) that a cooked string would drop.
  return unsafeCSS(text.raw[0] ?? '');
}


/**
 * One stylesheet for every tag, constructed once and adopted by each shadow root. The
 * wrapper resets what a host page's CSS inherits into the shadow tree, so a theme that uppercases,
 * squeezes or recolours its text cannot make a number unreadable; only the font family
 * inherits, unless `--safer-seven-font` says otherwise.
 *
 * Colours follow the host page's `color-scheme` through `light-dark()`: a page in
 * `color-scheme: light dark` whose reader prefers dark gets a dark card; a page that declares
 * no scheme stays light. The custom properties below still win in either scheme. The accent
 * passes in both (white numbers on it; its borders against the dark card). No plain declaration
 * sits before each colour as a fallback: beside a var() it would never apply (a var()
 * declaration is valid when parsed), so an engine without light-dark() (before 2024) shows the
 * text in the host page's own colours, on the host's background, and links in the text colour.
 *
 * In forced-colors mode every box keeps its border (the system colours replace the rest); the
 * numbers and the badge carry a transparent border, which forced colours paint, so that they
 * keep their shape; the route that applies now gains an outline in `Highlight`. Nothing
 * moves: no transitions or animations, so there is nothing for `prefers-reduced-motion` to calm.
 *
 * Custom properties (all optional): --safer-seven-font, --safer-seven-font-size,
 * --safer-seven-text-color, --safer-seven-background, --safer-seven-accent,
 * --safer-seven-link-color, --safer-seven-emergency, --safer-seven-radius, --safer-seven-space.
 */
export const styles = css`
  /* An outer margin that the host page's own rule for the tag overrides (page rules beat :host),
     so that two embeds never touch where the host relies on element margins. */
  :host {
    display: block;
    margin-block-end: var(--_space);
    --_space: var(--safer-seven-space, 1rem);
    --_half: calc(var(--_space) / 2);
    --_accent: var(--safer-seven-accent, #1d70b8);
    --_radius: var(--safer-seven-radius, 0.25rem);
    --_emergency: var(--safer-seven-emergency, light-dark(#b3261e, #ff8f85));
  }
  :host([hidden]) {
    display: none;
  }
  /* The resets sit on the wrapper, not on :host: a page rule that matches the element itself
     (a theme's "*" or ".content *") outranks :host, but cannot reach inside the shadow tree. */
  .base {
    font-family: var(--safer-seven-font, inherit);
    font-size: var(--safer-seven-font-size, max(1rem, 16px));
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    color: var(--safer-seven-text-color, light-dark(#0b0c0c, #fff));
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    /* Long runs ("pregnancies/emergency", a web address) wrap at 320 px with WCAG 1.4.12 spacing. */
    overflow-wrap: anywhere;
    background: var(--safer-seven-background, light-dark(#fff, #0b0c0c));
    border: 1px solid #b1b4b6;
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  p,
  ul,
  ol,
  [part='heading'] {
    margin: 0 0 var(--_half);
  }
  [part='heading'] {
    font: inherit;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .briefing > :first-child {
    font-size: 1.5em;
  }
  section + section {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  .number,
  .badge {
    display: inline-block;
    min-inline-size: 1.6em;
    margin-inline-end: 0.4em;
    border: 1px solid transparent;
    border-radius: 1em;
    background: var(--_accent);
    color: #fff;
    text-align: center;
  }
  a {
    color: var(--safer-seven-link-color, light-dark(#1a4f8b, #8cc4ff));
    text-decoration: underline;
  }
  /* A default focus ring of 3 px in the link's own colour (2.4.7, 2.4.13); a host restyles it
     through ::part(tel), ::part(email) and ::part(link) with :focus-visible. */
  a:focus-visible {
    outline: 3px solid;
    outline-offset: 2px;
  }
  .tel,
  .status,
  .message {
    font-weight: 700;
  }
  /* A number moves whole to the next line when it fits one, and wraps inside the column when
     it is wider than it (200% text in a 320 px frame or a narrow sidebar): never off its side. */
  .tel {
    display: inline-block;
    max-inline-size: 100%;
  }
  .routes {
    list-style: none;
    padding: 0;
  }
  .route {
    border: 1px solid #b1b4b6;
    border-radius: var(--_radius);
    padding: var(--_half) var(--_space);
    margin-block-end: var(--_half);
  }
  .route p:last-child {
    margin: 0;
  }
  .emergency {
    border: 2px solid var(--_emergency);
    font-size: 1.15em;
  }
  .emergency .tel {
    color: var(--_emergency);
    font-size: 1.3em;
  }
  .active {
    border: 3px solid var(--_accent);
  }
  .badge {
    padding: 0 0.5em;
    margin: 0;
  }
  /* The hours are in the status line that sits above them when the panel judges "now"; without
     one (a server render, the pre-rendered embeds without script, paper) they stay in place. */
  @media screen {
    .status + p .hours {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .active {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
    }
    section,
    .route {
      break-inside: avoid;
    }
    /* Paper has no "now": the routes in the leaflet's order (999, the office-hours route, then
       the rest as rendered; a one-column grid, so that order applies), each with its hours in
       words, no badge, no emphasis; the numbers in ink, as browsers print no backgrounds by
       default. */
    .routes {
      display: grid;
    }
    .emergency {
      order: -2;
    }
    .office-hours {
      order: -1;
    }
    .status {
      display: none;
    }
    .active {
      border: 1px solid #b1b4b6;
    }
    .number {
      color: inherit;
      background: none;
    }
    a[href^='https:']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
