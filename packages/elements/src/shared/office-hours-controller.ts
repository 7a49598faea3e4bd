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
export interface OfficeHoursController extends ReactiveController {
  /** The judgement at `fixedInstant` if given, else now (or as shown, while held); called while the host updates. */
  judge(hours: OfficeHours, fixedInstant: number | undefined): RouteJudgement;
}

/** The controller of one host. A closure rather than a class: the drop-in files are smaller for it. */
export function officeHoursController(host: ReactiveControllerHost & HTMLElement): OfficeHoursController {
  let clock: OfficeHoursClock | undefined;
  let connected = false;
  /** A clock tick that the host has not shown yet. */
  let held: boolean | undefined;
  let pressed: boolean | undefined;
  /** The clock's judgement as last shown, kept while a change is held. */
  let shown: RouteJudgement | undefined;
  /** Takes a held change once nothing of the reader's is inside the host. */
  const release = (): void => {
    // Not :focus-within: focus that leaves with the window (another app) comes back to the same link.
    if (held && !pressed && !host.shadowRoot?.activeElement) {
      held = false;
      host.requestUpdate();
    }
  };
  const onClockTick = (): void => {
    held = true;
    release();
  };
  const onPointerUp = (): void => {
    pressed = false;
    release();
  };
  const controller: OfficeHoursController = {
    hostConnected() {
      connected = true;
      if (clock) {
        clock.subscribe(onClockTick);
        // Away from the page it heard no tick: an opening or closing may have passed since it
        // last rendered, so judge again rather than show a stale route until the next one.
        held = false;
        host.requestUpdate();
      }
    },
    hostDisconnected() {
      connected = false;
      clock?.unsubscribe(onClockTick);
    },
    judge(hours, fixedInstant) {
      const next = fixedInstant === undefined ? clockFor(hours) : undefined;
      if (next !== clock) {
        if (connected) {
          clock?.unsubscribe(onClockTick);
          next?.subscribe(onClockTick);
        }
        clock = next;
        held = false;
      }
      if (!next) return routeAt(hours, fixedInstant as number);
      if (!held || !shown) shown = next.judgement;
      return shown;
    },
  };
  host.addController(controller);
  // The host hears focusout only when focus leaves its shadow tree, and by then no element in it is active.
  host.addEventListener('focusout', release);
  host.addEventListener('pointerdown', () => {
    pressed = true;
    addEventListener('pointerup', onPointerUp, { once: true });
    addEventListener('pointercancel', onPointerUp, { once: true });
  });
  return controller;
}
