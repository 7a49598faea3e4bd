import { sectionById, type Briefing, type OfficeHoursRouteId } from '@safer-seven/content';
import type { HeadingLevel } from '../shared/heading.js';
import { OfficeHoursElement } from '../shared/office-hours-element.js';
import { renderSection } from '../shared/sections.js';

/**
 * @tag safer-seven-report-it
 * @summary Point 7 of a Safer Seven briefing: how to report a concern, aware of office
 * hours. 999 first; then the route that applies now, said in words; then the other route,
 * never hidden; then 101. It changes by itself when office hours begin or end, but not while
 * the reader's focus or pointer is on it. In print: every route in the leaflet's order, with
 * its hours, and no "now".
 *
 * @csspart base - The panel.
 * @csspart heading - The panel's heading.
 * @csspart routes - The ordered list of routes.
 * @csspart route - Each route; also `route-<contact id>`, and `route-active` on the one that applies now.
 * @csspart status - The words that say which route applies now.
 * @csspart badge - The "Call now" badge.
 * @csspart tel - Each phone link.
 * @cssproperty --safer-seven-emergency - Colour of the 999 box.
 * @cssproperty --safer-seven-accent - Border of the route that applies now.
 */
export class SaferSevenReportIt extends OfficeHoursElement {
  #activeRoute: OfficeHoursRouteId | undefined;

  /**
   * The id of the route that applies at `now` (or at this instant), as the panel shows it: a
   * change at opening or closing waits while the reader's focus or pointer is on the panel.
   */
  get activeRoute(): OfficeHoursRouteId | undefined {
    return this.#activeRoute;
  }

  protected override renderBriefing(briefing: Briefing, level: HeadingLevel): unknown {
    const judgement = this.judge(briefing);
    this.#activeRoute = judgement?.routeId;
    return renderSection(sectionById(briefing, 'report-it'), { briefing, level, judgement });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safer-seven-report-it': SaferSevenReportIt;
  }
}
