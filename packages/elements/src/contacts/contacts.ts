import { sectionById, type Briefing } from '@safer-seven/content';
import type { HeadingLevel } from '../shared/heading.js';
import { SaferSevenElement } from '../shared/safer-seven-element.js';
import { renderSection } from '../shared/sections.js';

/**
 * @tag safer-seven-contacts
 * @summary Point 6 of a Safer Seven briefing: where to get help. The CSE team by phone and
 * email, the further resources, and the partnership's website and social account.
 *
 * @csspart base - The block.
 * @csspart heading - The block's heading.
 * @csspart number - The point's number beside the heading.
 * @csspart tel - Each phone link.
 * @csspart email - The email link.
 * @csspart link - Each web link.
 * @cssproperty --safer-seven-link-color - Link colour.
 */
export class SaferSevenContacts extends SaferSevenElement {
  protected override renderBriefing(briefing: Briefing, level: HeadingLevel): unknown {
    return renderSection(sectionById(briefing, 'where-to-get-help'), { briefing, level });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safer-seven-contacts': SaferSevenContacts;
  }
}
