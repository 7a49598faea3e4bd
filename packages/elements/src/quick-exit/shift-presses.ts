/** How many presses of Shift leave the page, and within how long of the first. */
export const pressesToLeave = 3;
export const pressWindowMilliseconds = 5000;

/** What the page-wide counter tells the quick-exit tags. */
export interface ShiftPressListener {
  /** Presses counted so far (0 after a reset); `expired` when the time ran out or another key broke the run. */
  pressesCounted(presses: number, expired: boolean): void;
  /** Shift has been pressed `pressesToLeave` times within the window; the tag resets the count as it leaves. */
  leave(): void;
}

/**
 * Counts presses of Shift on their own, for the whole page: one set of document listeners
 * however many tags there are, added when the first tag connects and removed when the last
 * one leaves. The first connected tag hears it.
 *
 * A press counts on the release of Shift, and only when nothing else happened while it was
 * down: Shift+A (typing a capital) and a held Shift that auto-repeats do not count, so the
 * shortcut never gets in the way of typing. Any other key ends a run of presses. The window
 * runs from the first press, so three presses count only within five seconds of each other.
 * (GOV.UK Frontend counts on keyup too, but restarts its timer at every press.)
 */
class ShiftPresses {
  private readonly listeners = new Set<ShiftPressListener>();
  private presses = 0;
  private windowTimer: ReturnType<typeof setTimeout> | undefined;
  private shiftIsDown = false;
  private shiftWasUsedWithAnotherKey = false;

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      if (event.repeat) this.shiftWasUsedWithAnotherKey = true;
      else if (!this.shiftIsDown) {
        this.shiftIsDown = true;
        this.shiftWasUsedWithAnotherKey = false;
      }
      return;
    }
    this.shiftWasUsedWithAnotherKey = true;
    if (this.presses > 0) this.reset(true);
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') return;
    const counts = this.shiftIsDown && !this.shiftWasUsedWithAnotherKey;
    this.shiftIsDown = false;
    if (!counts) return;
    this.presses += 1;
    if (this.presses === 1) this.windowTimer = setTimeout(() => this.reset(true), pressWindowMilliseconds);
    const listener = this.first();
    if (this.presses >= pressesToLeave) {
      listener?.leave();
    } else {
      listener?.pressesCounted(this.presses, false);
    }
  };

  /** Connects a tag; the first connection adds the document's listeners. */
  add(listener: ShiftPressListener): void {
    if (this.listeners.size === 0) {
      // Capture phase: a page's own handler that stops propagation cannot hide the presses.
      document.addEventListener('keydown', this.onKeyDown, true);
      document.addEventListener('keyup', this.onKeyUp, true);
    }
    this.listeners.add(listener);
  }

  /** Disconnects a tag; the last one removes the listeners and forgets any presses. */
  delete(listener: ShiftPressListener): void {
    this.listeners.delete(listener);
    if (this.listeners.size > 0) return;
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    this.reset(false);
  }

  /** Forgets the presses so far; `expired` tells the tag to say so. */
  reset(expired: boolean): void {
    clearTimeout(this.windowTimer);
    this.windowTimer = undefined;
    const hadPresses = this.presses > 0;
    this.presses = 0;
    this.shiftIsDown = false;
    if (hadPresses || !expired) this.first()?.pressesCounted(0, expired && hadPresses);
  }

  private first(): ShiftPressListener | undefined {
    return this.listeners.values().next().value;
  }
}

/** The one counter of this copy of the package. */
export const shiftPresses = new ShiftPresses();
