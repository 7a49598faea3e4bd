import type { HeadingLevel } from '@safer-seven/content';

/**
 * The attributes of the tags, as a page or a framework's template writes them (strings, or a
 * number for `heading-level`). `@safer-seven/elements/jsx` gives them to React's JSX; other
 * frameworks' template types can take them from here (see docs/embedding.md).
 */

/** What every briefing tag takes: the contract's `topic` and `heading-level`, and signed updates. */
export interface SaferSevenAttributes {
  /** Which briefing, default `cse`. */
  topic?: string;
  /** The level of the tag's own top heading, 1 to 6, default 2. */
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
  /** Where signed content updates come from (opt-in). */
  updates?: string;
  /** The public key that updates must be signed with. */
  'updates-key'?: string;
}

/** The tags that show point 7 also take `now`. */
export interface SaferSevenOfficeHoursAttributes extends SaferSevenAttributes {
  /** An ISO 8601 instant with a zone: judge office hours then instead of by the clock. */
  now?: string;
}

/** `<safer-seven-quick-exit>` is not a briefing point: only where it goes. */
export interface SaferSevenQuickExitAttributes {
  /** Where the quick exit goes (`https:` only). */
  href?: string;
}

/** Each tag's own attributes, by tag name. */
export interface SaferSevenTagAttributes {
  'safer-seven-briefing': SaferSevenOfficeHoursAttributes;
  'safer-seven-warning-signs': SaferSevenAttributes;
  'safer-seven-report-it': SaferSevenOfficeHoursAttributes;
  'safer-seven-contacts': SaferSevenAttributes;
  'safer-seven-quick-exit': SaferSevenQuickExitAttributes;
}
