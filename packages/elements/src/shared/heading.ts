import type { HeadingLevel } from '@safer-seven/content';
import { html, type TemplateResult } from 'lit';

export type { HeadingLevel };

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
