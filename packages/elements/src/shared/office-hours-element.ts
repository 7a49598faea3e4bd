import type { Briefing, RouteJudgement } from '@safer-seven/content';
import { isServer, type PropertyValues } from 'lit';
import { instantFromAttribute } from './now.js';
import { officeHoursController } from './office-hours-controller.js';
import { SaferSevenElement } from './safer-seven-element.js';

/**
 * A tag that shows point 7, and so must know which route applies: at its `now` attribute
 * when given (previews, the demo, tests), otherwise at the page's clock, re-rendering by
 * itself when office hours begin or end.
 *
 * A server render (`@lit-labs/ssr`) without `now` says nothing about "now": its markup may be
 * cached, built days before, or read with scripts blocked, so it lists the routes in the
 * leaflet's order with their hours, as the fallback does. Lit's hydration needs the client's
 * first render to match the server's, so a hydrating render does the same; the element then
 * judges at the page's clock straight away and corrects the panel when the route differs.
 */
export abstract class OfficeHoursElement extends SaferSevenElement {
  static override properties = {
    ...SaferSevenElement.properties,
    now: {},
  };

  /** An ISO 8601 instant with a zone to judge office hours at instead of the clock. */
  declare now: string | undefined;

  readonly #officeHours = officeHoursController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('now')) this.fixedInstant = instantFromAttribute(this, this.now);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // Hydrated: now judge at the page's clock, in the same update (a render that changes only what differs).
    if (this.hydrating) {
      this.hydrating = false;
      super.update(changed);
    }
  }

  /** Which route applies, judged while the element updates; none in a server render without `now`. */
  protected judge(briefing: Briefing): RouteJudgement | undefined {
    if (this.fixedInstant === undefined && (isServer || this.hydrating)) return undefined;
    return this.#officeHours.judge(briefing.officeHours, this.fixedInstant);
  }
}
