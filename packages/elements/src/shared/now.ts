import { parseInstant } from '@safer-seven/content';

/**
 * The `now` attribute checked: epoch milliseconds, or undefined for "use the clock". A value
 * that is not an ISO 8601 instant with a zone also means the clock, with one warning.
 */
export function instantFromAttribute(element: Element, value: string | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  const instant = parseInstant(value);
  if (instant === undefined) {
    console.warn(
      `<${element.localName}>: now="${value}" is not an ISO 8601 instant with a zone; using the clock.`,
    );
  }
  return instant;
}
