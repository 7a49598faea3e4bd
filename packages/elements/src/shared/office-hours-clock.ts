import { nextRouteChange, routeAt, type OfficeHours, type RouteJudgement } from '@safer-seven/content';

type Listener = () => void;

/** setTimeout cannot wait longer than this (about 24.8 days); a longer wait simply re-arms. */
const longestTimeout = 2 ** 31 - 1;

/** The page's one clock for one set of office hours: `clockFor` gives it. */
export interface OfficeHoursClock {
  /** The route that applies now, judged at most once between two boundaries. */
  readonly judgement: RouteJudgement;
  subscribe(listener: Listener): void;
  unsubscribe(listener: Listener): void;
}

/**
 * However many panels a page holds, the route is judged once per boundary and one timer
 * waits for the next opening or closing; the timer exists only while some element listens.
 * No polling. A closure rather than a class: the drop-in files are smaller for it.
 */
function newClock(hours: OfficeHours): OfficeHoursClock {
  const listeners = new Set<Listener>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let judgement: RouteJudgement | undefined;
  const arm = (): void => {
    const now = Date.now();
    judgement = routeAt(hours, now);
    const next = nextRouteChange(hours, now);
    if (next !== undefined) timer = setTimeout(tick, Math.min(Math.max(next - now, 0), longestTimeout));
  };
  const tick = (): void => {
    arm();
    for (const listener of listeners) listener();
  };
  return {
    get judgement() {
      return (judgement ??= routeAt(hours, Date.now()));
    },
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) arm();
    },
    unsubscribe(listener) {
      listeners.delete(listener);
      if (listeners.size === 0) {
        clearTimeout(timer);
        timer = judgement = undefined;
      }
    },
  };
}

const clocks = new WeakMap<OfficeHours, OfficeHoursClock>();

/** The page's clock for one set of office hours. */
export function clockFor(hours: OfficeHours): OfficeHoursClock {
  let clock = clocks.get(hours);
  if (!clock) {
    clock = newClock(hours);
    clocks.set(hours, clock);
  }
  return clock;
}
