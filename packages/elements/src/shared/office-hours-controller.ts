import { routeAt, type OfficeHours, type RouteJudgement } from '@safer-seven/content';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clockFor, type OfficeHoursClock } from './office-hours-clock.js';

/**
 * Gives a host the route that applies at its `now`, or at the page's clock when it has
 * none. Only a host on the page and without `now` listens to the clock, so a preview at a
 * fixed instant never re-renders and a removed element leaves no timer behind.
 *
 * A change of route never happens under the reader: while focus is inside the host or a
 * pointer is pressed on it, the host keeps the route it shows, and takes the new one when
 * focus leaves or the pointer lifts. A focused "0300 555 0050" never becomes another number
 * between reading it and pressing it.
 */
export class OfficeHoursController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onClockTick = () => {
    this.#held = true;
    this.#release();
  };
  /** Takes a held change once nothing of the reader's is inside the host. */
  readonly #release = () => {
    // Not :focus-within: focus that leaves with the window (another app) comes back to the same link.
    if (this.#held && !this.#pressed && !this.#host.shadowRoot?.activeElement) {
      this.#held = false;
      this.#host.requestUpdate();
    }
  };
  readonly #onPointerDown = () => {
    this.#pressed = true;
    addEventListener('pointerup', this.#onPointerUp, { once: true });
    addEventListener('pointercancel', this.#onPointerUp, { once: true });
  };
  readonly #onPointerUp = () => {
    this.#pressed = false;
    this.#release();
  };
  #clock: OfficeHoursClock | undefined;
  #connected = false;
  /** A clock tick that the host has not shown yet. */
  #held: boolean | undefined;
  #pressed: boolean | undefined;
  /** The clock's judgement as last shown, kept while a change is held. */
  #shown: RouteJudgement | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
    // The host hears focusout only when focus leaves its shadow tree, and by then no element in it is active.
    host.addEventListener('focusout', this.#release);
    host.addEventListener('pointerdown', this.#onPointerDown);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#clock) {
      this.#clock.subscribe(this.#onClockTick);
      // Away from the page it heard no tick: an opening or closing may have passed since it
      // last rendered, so judge again rather than show a stale route until the next one.
      this.#held = false;
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#clock?.unsubscribe(this.#onClockTick);
  }

  /** The judgement at `fixedInstant` if given, else now (or as shown, while held); called while the host updates. */
  judge(hours: OfficeHours, fixedInstant: number | undefined): RouteJudgement {
    const clock = fixedInstant === undefined ? clockFor(hours) : undefined;
    if (clock !== this.#clock) {
      if (this.#connected) {
        this.#clock?.unsubscribe(this.#onClockTick);
        clock?.subscribe(this.#onClockTick);
      }
      this.#clock = clock;
      this.#held = false;
    }
    if (!clock) return routeAt(hours, fixedInstant as number);
    if (!this.#held || !this.#shown) this.#shown = clock.judgement;
    return this.#shown;
  }
}
