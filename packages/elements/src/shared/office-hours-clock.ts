import { nextRouteChange, routeAt, type OfficeHours, type RouteJudgement } from '@safer-seven/content';

type Listener = () => void;

/** setTimeout cannot wait longer than this (about 24.8 days); a longer wait simply re-arms. */
const longestTimeout = 2 ** 31 - 1;

/**
 * The page's one clock for office hours. However many panels a page holds, the route is
 * judged once per boundary and one timer waits for the next opening or closing; the timer
 * exists only while some element listens. No polling.
 */
export class OfficeHoursClock {
  readonly #hours: OfficeHours;
  readonly #listeners = new Set<Listener>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #judgement: RouteJudgement | undefined;

  constructor(hours: OfficeHours) {
    this.#hours = hours;
  }

  /** The route that applies now, judged at most once between two boundaries. */
  get judgement(): RouteJudgement {
    this.#judgement ??= routeAt(this.#hours, Date.now());
    return this.#judgement;
  }

  subscribe(listener: Listener): void {
    this.#listeners.add(listener);
    if (this.#listeners.size === 1) this.#arm();
  }

  unsubscribe(listener: Listener): void {
    this.#listeners.delete(listener);
    if (this.#listeners.size === 0) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#judgement = undefined;
    }
  }

  #arm(): void {
    const now = Date.now();
    this.#judgement = routeAt(this.#hours, now);
    const next = nextRouteChange(this.#hours, now);
    if (next === undefined) return;
    this.#timer = setTimeout(() => this.#tick(), Math.min(Math.max(next - now, 0), longestTimeout));
  }

  #tick(): void {
    this.#arm();
    for (const listener of this.#listeners) listener();
  }
}

const clocks = new WeakMap<OfficeHours, OfficeHoursClock>();

/** The page's clock for one set of office hours. */
export function clockFor(hours: OfficeHours): OfficeHoursClock {
  let clock = clocks.get(hours);
  if (!clock) {
    clock = new OfficeHoursClock(hours);
    clocks.set(hours, clock);
  }
  return clock;
}
