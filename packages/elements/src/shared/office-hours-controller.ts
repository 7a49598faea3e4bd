import { routeAt, type OfficeHours, type RouteJudgement } from '@safer-seven/content';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clockFor, type OfficeHoursClock } from './office-hours-clock.js';

/**
 * Gives a host the route that applies at its `now`, or at the page's clock when it has
 * none. Only a host on the page and without `now` listens to the clock, so a preview at a
 * fixed instant never re-renders and a removed element leaves no timer behind.
 */
export class OfficeHoursController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onClockTick = () => this.#host.requestUpdate();
  #clock: OfficeHoursClock | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#clock) {
      this.#clock.subscribe(this.#onClockTick);
      // Away from the page it heard no tick: an opening or closing may have passed since it
      // last rendered, so judge again rather than show a stale route until the next one.
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#clock?.unsubscribe(this.#onClockTick);
  }

  /** The judgement at `fixedInstant` if given, else now; called while the host updates. */
  judge(hours: OfficeHours, fixedInstant: number | undefined): RouteJudgement {
    const clock = fixedInstant === undefined ? clockFor(hours) : undefined;
    if (clock !== this.#clock) {
      if (this.#connected) {
        this.#clock?.unsubscribe(this.#onClockTick);
        clock?.subscribe(this.#onClockTick);
      }
      this.#clock = clock;
    }
    return clock ? clock.judgement : routeAt(hours, fixedInstant as number);
  }
}
