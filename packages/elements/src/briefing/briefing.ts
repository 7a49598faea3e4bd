import type { Briefing } from '@safer-seven/content';
import { html, type PropertyValues } from 'lit';
import { enGB as strings } from '../strings/en-GB.js';
import { heading, levelBelow, type HeadingLevel } from '../shared/heading.js';
import { instantFromAttribute } from '../shared/now.js';
import { OfficeHoursController } from '../shared/office-hours-controller.js';
import { SaferSevenElement } from '../shared/safer-seven-element.js';
import { renderSection } from '../shared/sections.js';

/**
 * @summary The whole Safer Seven briefing: all seven points in order 1 to 7, each rendered
 * exactly as its own tag renders it, with point 7 aware of office hours.
 *
 * @csspart base - The briefing.
 * @csspart heading - Each heading.
 * @csspart section - Each point; also `section-<id>`.
 * @csspart number - Each point's number.
 * @cssproperty --safer-seven-accent - Borders and numbers.
 */
export class SaferSevenBriefing extends SaferSevenElement {
  static override properties = {
    ...SaferSevenElement.properties,
    now: {},
  };

  /** An ISO 8601 instant to judge office hours at instead of the clock, as on `<safer-seven-report-it>`. */
  declare now: string | undefined;

  readonly #officeHours = new OfficeHoursController(this);
  #fixedInstant: number | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('now')) this.#fixedInstant = instantFromAttribute(this, this.now);
  }

  protected override renderBriefing(briefing: Briefing, level: HeadingLevel): unknown {
    const judgement = this.#officeHours.judge(briefing.officeHours, this.#fixedInstant);
    const sectionLevel = levelBelow(level);
    return html`<article class="briefing">
      ${heading(level, strings.briefingHeading(briefing.series, briefing.title))}
      <p>${strings.publishedBy(briefing.publisher.name)}</p>
      ${briefing.sections.map((section) => renderSection(section, { briefing, level: sectionLevel, judgement }))}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safer-seven-briefing': SaferSevenBriefing;
  }
}
