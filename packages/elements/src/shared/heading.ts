import { html, type TemplateResult } from 'lit';

/** A heading level that HTML has: h1 to h6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The level a tag uses when `heading-level` is missing or wrong (the contract's default). */
export const defaultHeadingLevel: HeadingLevel = 2;

/** `heading-level`'s value as a level, or undefined when it is not a whole number 1 to 6. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const text = String(value ?? '').trim();
  return /^[1-6]$/.test(text) ? (Number(text) as HeadingLevel) : undefined;
}

/** The level below: inner headings follow one level below, and h6 is as deep as HTML goes. */
export function levelBelow(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/**
 * A real `<h1>`…`<h6>`, so that the host page's outline and a screen reader's heading list
 * hold it. Six literal templates rather than `unsafeStatic`: no markup is built from strings.
 */
export function heading(level: HeadingLevel, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part="heading">${content}</h1>`;
    case 2:
      return html`<h2 part="heading">${content}</h2>`;
    case 3:
      return html`<h3 part="heading">${content}</h3>`;
    case 4:
      return html`<h4 part="heading">${content}</h4>`;
    case 5:
      return html`<h5 part="heading">${content}</h5>`;
    case 6:
      return html`<h6 part="heading">${content}</h6>`;
  }
}
