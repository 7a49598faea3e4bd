import { css } from 'lit';

/**
 * One stylesheet for every tag, constructed once and adopted by each shadow root. `:host`
 * resets what a host page's CSS inherits into the shadow tree, so a theme that uppercases,
 * squeezes or recolours its text cannot make a number unreadable; only the font family
 * inherits, unless `--safer-seven-font` says otherwise.
 *
 * In forced-colors mode every box keeps its border (the system colours replace the rest),
 * so no override is needed. Nothing moves: no transitions or animations, so there is nothing for
 * `prefers-reduced-motion` to calm.
 *
 * Custom properties (all optional): --safer-seven-font, --safer-seven-font-size,
 * --safer-seven-text-color, --safer-seven-background, --safer-seven-accent,
 * --safer-seven-link-color, --safer-seven-emergency, --safer-seven-radius, --safer-seven-space.
 */
export const styles = css`
  :host {
    display: block;
    font-family: var(--safer-seven-font, inherit);
    font-size: var(--safer-seven-font-size, max(1rem, 16px));
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    color: var(--safer-seven-text-color, #0b0c0c);
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: break-word;
    --_space: var(--safer-seven-space, 1rem);
    --_accent: var(--safer-seven-accent, #1d70b8);
    --_radius: var(--safer-seven-radius, 0.25rem);
    --_emergency: var(--safer-seven-emergency, #b3261e);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    background: var(--safer-seven-background, #fff);
    border: 1px solid #b1b4b6;
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .base > :first-child,
  li > :first-child {
    margin-block-start: 0;
  }
  .base > :last-child,
  li > :last-child {
    margin-block-end: 0;
  }
  [part='heading'] {
    font: inherit;
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 calc(var(--_space) / 2);
  }
  section + section {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .briefing > :first-child {
    font-size: 1.5em;
  }
  .number {
    display: inline-block;
    min-inline-size: 1.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--_accent);
    color: #fff;
    text-align: center;
  }
  p,
  ul,
  ol {
    margin: 0 0 calc(var(--_space) / 2);
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--safer-seven-link-color, #1a4f8b);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 3px solid;
    outline-offset: 2px;
  }
  .tel {
    font-weight: 700;
    white-space: nowrap;
  }
  .routes {
    list-style: none;
    padding: 0;
  }
  .route {
    border: 1px solid #b1b4b6;
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-block-end: calc(var(--_space) / 2);
  }
  .route.emergency {
    border: 2px solid var(--_emergency);
    font-size: 1.15em;
  }
  .route.emergency .tel {
    color: var(--_emergency);
    font-size: 1.3em;
  }
  .route.active {
    border: 3px solid var(--_accent);
  }
  .status {
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    margin-inline-end: 0.5em;
    padding: 0 0.4em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: #fff;
  }
  .message {
    font-weight: 700;
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
      background: none;
      color: #000;
    }
    .route {
      break-inside: avoid;
    }
    a[href^='https:']::after {
      content: ' (' attr(href) ')';
    }
    section {
      break-inside: avoid;
    }
  }
`;
