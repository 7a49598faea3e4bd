// Reads the leaflet's own text for the content tests, so that a test compares the data with
// the leaflet instead of with words copied into the test. Not a test file itself.
import type { Briefing } from '../../packages/content/src/index.js';

/**
 * Where the data deliberately differs from the printed leaflet, as [printed, in the data].
 * The meaning is kept: "STI's" is a plural, not a possessive, and "/ wearing" has a stray
 * space that the other slashes of the same list do not. The hours "(9:00 5:00 Mon-Fri)" are
 * not a text correction: the data holds them as `officeHours` and a contact's `hoursText`.
 */
export const documentedCorrections: readonly (readonly [printed: string, inTheData: string])[] = [
  ["STI's", 'STIs'],
  ['/ wearing', '/wearing'],
];

/** One numbered point of the leaflet, its lines as printed (bullets without their dash). */
export interface LeafletSection {
  readonly number: number;
  /** The heading's words after the number. */
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly bullets: readonly string[];
}

/** A `Label: value` line from the foot of the page, such as `Web: https://…`. */
export interface LabelledLine {
  readonly label: string;
  readonly value: string;
}

export interface Leaflet {
  /** The printed text exactly as fetched. */
  readonly raw: string;
  /** Every non-empty line after the documented corrections, whitespace collapsed. */
  readonly lines: readonly string[];
  /** The lines before point 1: the series and what it is on. */
  readonly preamble: readonly string[];
  readonly sections: readonly LeafletSection[];
  readonly labelledLines: readonly LabelledLine[];
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const headingPattern = /^(\d+)\.\s+(.+)$/;
const bulletPattern = /^-\s+(.+)$/;
const labelledLinePattern = /^([A-Z][A-Za-z]*):\s+(.+)$/;

/** Splits the leaflet into its preamble, its numbered points and its labelled foot lines. */
export function parseLeaflet(raw: string): Leaflet {
  // `**…**` is the source's mark for bold type, not words of the leaflet.
  let text = raw.replaceAll('**', '');
  for (const [printed, inTheData] of documentedCorrections) text = text.replaceAll(printed, inTheData);
  const lines = text.split('\n').map(normaliseWhitespace).filter((line) => line !== '');

  const preamble: string[] = [];
  const sections: { number: number; heading: string; paragraphs: string[]; bullets: string[] }[] = [];
  const labelledLines: LabelledLine[] = [];
  for (const line of lines) {
    const heading = headingPattern.exec(line);
    const current = sections[sections.length - 1];
    if (heading) {
      sections.push({ number: Number(heading[1]), heading: heading[2] ?? '', paragraphs: [], bullets: [] });
    } else if (!current) {
      preamble.push(line);
    } else if (bulletPattern.test(line)) {
      current.bullets.push(bulletPattern.exec(line)?.[1] ?? '');
    } else if (labelledLinePattern.test(line)) {
      const [, label = '', value = ''] = labelledLinePattern.exec(line) ?? [];
      labelledLines.push({ label, value });
    } else {
      current.paragraphs.push(line);
    }
  }
  return { raw, lines, preamble, sections, labelledLines };
}

/** Fetches the leaflet that the briefing names as its source, from the test server's root. */
export async function fetchLeaflet(briefing: Briefing): Promise<Leaflet> {
  const response = await fetch(`/${briefing.source.file}`);
  if (!response.ok) throw new Error(`The leaflet ${briefing.source.file} did not load: HTTP ${response.status}`);
  return parseLeaflet(await response.text());
}

/**
 * Where a phrase of the data starts in a line of the leaflet, or -1. A phrase that opens a
 * line in the data may sit mid-sentence in the leaflet ("…activity, in an emergency call
 * 999"), so its first letter may be lower case there; nothing else may differ.
 */
export function indexOfPhrase(line: string, phrase: string): number {
  const index = line.indexOf(phrase);
  if (index !== -1 || phrase === '') return index;
  return line.indexOf(phrase.charAt(0).toLowerCase() + phrase.slice(1));
}
