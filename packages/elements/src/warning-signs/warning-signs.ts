import { sectionById, type Briefing } from '@safer-seven/content';
import type { HeadingLevel } from '../shared/heading.js';
import { SaferSevenElement } from '../shared/safer-seven-element.js';
import { renderSection } from '../shared/sections.js';

/**
 * @tag safer-seven-warning-signs
 * @summary Point 5 of a Safer Seven briefing: the warning signs, with the leaflet's caveat
 * that any combination could be a sign and that the list is not exhaustive.
 *
 * @csspart base - The card.
 * @csspart heading - The card's heading.
 * @csspart number - The point's number beside the heading.
 * @csspart list - The list of signs (also `signs`).
 * @cssproperty --safer-seven-accent - Border and number colour.
 * @cssproperty --safer-seven-font - Font family; inherits from the page by default.
 */
export class SaferSevenWarningSigns extends SaferSevenElement {
  protected override renderBriefing(briefing: Briefing, level: HeadingLevel): unknown {
    return renderSection(sectionById(briefing, 'warning-signs'), { briefing, level });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safer-seven-warning-signs': SaferSevenWarningSigns;
  }
}
