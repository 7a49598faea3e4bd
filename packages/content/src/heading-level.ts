/** A heading level that HTML has: h1 to h6. Every tag's `heading-level`, and the static HTML's. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The level a tag uses when `heading-level` is missing or wrong (the contract's default). */
export const defaultHeadingLevel: HeadingLevel = 2;

/** A `heading-level` value as a level, or undefined when it is not a whole number 1 to 6. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const text = String(value ?? '').trim();
  return /^[1-6]$/.test(text) ? (Number(text) as HeadingLevel) : undefined;
}

/** The level below: inner headings follow one level below, and h6 is as deep as HTML goes. */
export function levelBelow(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
