import { enGB as strings, levelBelow, type Briefing, type HeadingLevel } from '@safer-seven/content';
import { html } from 'lit';
import { heading } from '../shared/heading.js';
import { OfficeHoursElement } from '../shared/office-hours-element.js';
import { renderSection } from '../shared/sections.js';

/**
 * @tag safer-seven-briefing
 * @summary The whole Safer Seven briefing: all seven points in order 1 to 7, each rendered
 * exactly as its own tag renders it, with point 7 aware of office hours.
 *
 * @csspart base - The briefing.
 * @csspart heading - Each heading.
 * @csspart section - Each point; also `section-<id>`.
 * @csspart number - Each point's number.
 * @cssproperty --safer-seven-accent - Borders and numbers.
 */
export class SaferSevenBriefing extends OfficeHoursElement {
  protected override renderBriefing(briefing: Briefing, level: HeadingLevel): unknown {
    const judgement = this.judge(briefing);
    const sectionLevel = levelBelow(level);
    return html`<div class="briefing">
      ${heading(level, strings.briefingHeading(briefing.series, briefing.title))}
      ${briefing.sections.map((section) => renderSection(section, { briefing, level: sectionLevel, judgement }))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safer-seven-briefing': SaferSevenBriefing;
  }
}
