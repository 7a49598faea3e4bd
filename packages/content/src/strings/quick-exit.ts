/**
 * The words and the default destination of `<safer-seven-quick-exit>`. A module of its own,
 * apart from `enGB`: the quick-exit file is loaded on pages that carry no briefing, so it
 * must not pull in the whole strings object or the briefing with it.
 *
 * The words follow GOV.UK Frontend's "Exit this page" component (its default button text
 * and its announcements while Shift is pressed), so that a person who has met it there
 * meets the same words here.
 */
export interface QuickExitStrings {
  /** Read by screen readers before the button's words, never shown: "Emergency". */
  readonly emergency: string;
  /** The button's words, and the fallback link's. */
  readonly exitThisPage: string;
  /** Announced after each press of Shift that does not yet leave the page. */
  readonly pressesToGo: (presses: number) => string;
  /** Announced when the presses did not come within the time allowed. */
  readonly expired: string;
  /** Announced (and shown on the blank overlay) while the next page loads. */
  readonly leaving: string;
}

export const quickExitStrings: QuickExitStrings = {
  emergency: 'Emergency',
  exitThisPage: 'Exit this page',
  pressesToGo: (presses) => `Shift, press ${presses} more ${presses === 1 ? 'time' : 'times'} to exit.`,
  expired: 'Exit this page expired.',
  leaving: 'Loading.',
};

/**
 * Where the quick exit goes unless the page says otherwise: a neutral, widely used page that
 * says nothing about the page left. GOV.UK's component uses the same one.
 */
export const quickExitDefaultHref = 'https://www.bbc.co.uk/weather';
