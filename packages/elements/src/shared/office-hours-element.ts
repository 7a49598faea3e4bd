import type { Briefing, RouteJudgement } from '@safer-seven/content';
import type { PropertyValues } from 'lit';
import { instantFromAttribute } from './now.js';
import { OfficeHoursController } from './office-hours-controller.js';
import { SaferSevenElement } from './safer-seven-element.js';

/**
 * A tag that shows point 7, and so must know which route applies: at its `now` attribute
 * when given (previews, the demo, tests), otherwise at the page's clock, re-rendering by
 * itself when office hours begin or end.
 */
export abstract class OfficeHoursElement extends SaferSevenElement {
  static override properties = {
    ...SaferSevenElement.properties,
    now: {},
  };

  /** An ISO 8601 instant with a zone to judge office hours at instead of the clock. */
  declare now: string | undefined;

  readonly #officeHours = new OfficeHoursController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('now')) this.fixedInstant = instantFromAttribute(this, this.now);
  }

  /** Which route applies, judged while the element updates. */
  protected judge(briefing: Briefing): RouteJudgement {
    return this.#officeHours.judge(briefing.officeHours, this.fixedInstant);
  }
}
