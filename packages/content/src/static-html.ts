import { defaultHeadingLevel, levelBelow, parseHeadingLevel, type HeadingLevel } from './heading-level.js';
import { contactById, sectionById, telHref } from './lookup.js';
import { enGB } from './strings/en-GB.js';
import type { Block, Briefing, Contact, ReportingRoute, Section, SectionId } from './types.js';

/**
 * A briefing as plain, semantic HTML strings, for places where the components do not run:
 * the no-JavaScript fallback that a partner puts inside a tag, printed and static pages, a
 * CMS or a build step. Pure string building (no DOM), so it runs in Node and in a browser.
 * Every text and attribute goes through `escapeHtml`; links are only `tel:`, `mailto:` and
 * `https:`. The words around the facts are the components' own en-GB strings, so a page reads
 * the same before and after the components upgrade.
 */

/** The tags of the public contract, each of which takes fallback content. */
export type SaferSevenTag =
  | 'safer-seven-briefing'
  | 'safer-seven-warning-signs'
  | 'safer-seven-report-it'
  | 'safer-seven-contacts';

/** Every tag, in the order a picker should list them. */
export const saferSevenTags: readonly SaferSevenTag[] = Object.freeze([
  'safer-seven-report-it',
  'safer-seven-warning-signs',
  'safer-seven-contacts',
  'safer-seven-briefing',
]);

/** `1` to `6`: as the tags' `heading-level` attribute. */
export type StaticHeadingLevel = HeadingLevel;

export interface StaticHtmlOptions {
  /** The level of the top heading, default 2 (the tags' default); inner headings one below. */
  readonly headingLevel?: StaticHeadingLevel;
}


/** The one point that each single-point tag shows (the whole briefing shows all seven). */
export const sectionOfTag: Readonly<Record<Exclude<SaferSevenTag, 'safer-seven-briefing'>, SectionId>> = {
  'safer-seven-report-it': 'report-it',
  'safer-seven-warning-signs': 'warning-signs',
  'safer-seven-contacts': 'where-to-get-help',
};

/** Text made safe for HTML content and for a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A link with an escaped address; a scheme other than tel:, mailto: or https: is a data error. */
function link(href: string, text: string, external = false): string {
  if (!/^(tel:|mailto:|https:)/.test(href)) throw new Error(`Safer Seven: refusing a link to ${href}`);
  const rel = external ? ' rel="noopener noreferrer"' : '';
  return `<a href="${escapeHtml(href)}"${rel}>${escapeHtml(text)}</a>`;
}

function levelOf(options: StaticHtmlOptions | undefined): HeadingLevel {
  const level = parseHeadingLevel(options?.headingLevel ?? defaultHeadingLevel);
  if (level === undefined) throw new RangeError(`Safer Seven: a heading level is 1 to 6, not ${String(options?.headingLevel)}`);
  return level;
}

function phoneLink(contact: Contact): string {
  return contact.phone ? link(telHref(contact.phone.dial), contact.phone.display) : '';
}

/** One route of point 7, with the menu option and, in static HTML, the hours in words. */
function routeHtml(briefing: Briefing, route: ReportingRoute): string {
  const contact = contactById(briefing, route.contactId);
  const option = contact.phone?.menuOption;
  let text = `${escapeHtml(route.before)} ${phoneLink(contact)}`;
  if (option !== undefined) text += `, ${escapeHtml(enGB.menuOption(option))}`;
  if (contact.hoursText) text += ` (${escapeHtml(contact.hoursText)})`;
  if (route.after) text += ` ${escapeHtml(route.after)}`;
  return `<li>${text}</li>`;
}

/** Each line two spaces in, so that a pasted snippet shows its nesting. */
function indent(html: string): string {
  return html.replace(/^(?=.)/gm, '  ');
}

/** A list of items that are HTML already, one per line so that a pasted snippet reads well. */
function listHtml(items: readonly string[]): string {
  return `<ul>\n${items.map((item) => `  <li>${item}</li>\n`).join('')}</ul>`;
}

function blockHtml(briefing: Briefing, block: Block): string {
  const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block.text);
    case 'list':
      return (block.intro ? `${paragraph(block.intro)}\n` : '') + listHtml(block.items.map(escapeHtml));
    case 'warning-signs':
      return `${paragraph(block.intro)}\n${listHtml(briefing.warningSigns.map(escapeHtml))}`;
    case 'contact': {
      const contact = contactById(briefing, block.contactId);
      const email = contact.email ? ` ${escapeHtml(enGB.or)} ${link(`mailto:${contact.email}`, contact.email)}` : '';
      return `<p>${escapeHtml(block.lead)} ${phoneLink(contact)}${email}</p>`;
    }
    case 'resources': {
      // A resource without a certain address stays a name (see the data's note).
      const items = briefing.resources.map((resource) =>
        resource.href ? link(resource.href, resource.name, true) : escapeHtml(resource.name),
      );
      return `${paragraph(block.intro)}\n${listHtml(items)}`;
    }
    case 'publisher-links': {
      const { website, social } = briefing.publisher;
      return (
        `<p>${escapeHtml(enGB.website)}: ${link(website.href, website.label, true)}<br>` +
        `${escapeHtml(social.network)}: ${escapeHtml(social.handle)} ${escapeHtml(social.hashtag)}</p>`
      );
    }
    case 'reporting-routes': {
      // In the data's order, most urgent first: with no clock, no route is put first.
      const routes = briefing.reportingRoutes.map((route) => `  ${routeHtml(briefing, route)}\n`).join('');
      return `${paragraph(block.intro)}\n<ol>\n${routes}</ol>`;
    }
  }
}

function headingHtml(level: HeadingLevel, innerHtml: string): string {
  return `<h${level}>${innerHtml}</h${level}>`;
}

function sectionHtml(briefing: Briefing, section: Section, level: HeadingLevel): string {
  const children = [
    headingHtml(level, `<span class="safer-seven-number">${escapeHtml(String(section.number))}</span> ${escapeHtml(section.title)}`),
    ...section.body.map((block) => blockHtml(briefing, block)),
  ];
  return `<section data-section="${escapeHtml(section.id)}">\n${indent(children.join('\n'))}\n</section>`;
}

/**
 * Whose information it is and when its details were checked: the last line of every part, as
 * the elements end theirs, so that a page reads the same before and after they upgrade.
 */
function provenanceHtml(briefing: Briefing): string {
  return `<p class="safer-seven-provenance">${escapeHtml(enGB.provenance(briefing.publisher.name, briefing.reviewed))}</p>`;
}

function briefingHeadingHtml(briefing: Briefing, level: StaticHeadingLevel): string {
  return headingHtml(level, escapeHtml(enGB.briefingHeading(briefing.series, briefing.title)));
}

/** What a tag shows, piece by piece, in the element's order: for the briefing, its heading and all seven points. */
function tagPieces(briefing: Briefing, tag: SaferSevenTag, level: HeadingLevel): string[] {
  return tag === 'safer-seven-briefing'
    ? [briefingHeadingHtml(briefing, level), ...briefing.sections.map((section) => sectionHtml(briefing, section, levelBelow(level)))]
    : [sectionHtml(briefing, sectionById(briefing, sectionOfTag[tag]), level)];
}

/** One numbered point as a `<section>`, its heading at `headingLevel` (default 2). */
export function staticSectionHtml(briefing: Briefing, sectionId: SectionId, options?: StaticHtmlOptions): string {
  return sectionHtml(briefing, sectionById(briefing, sectionId), levelOf(options));
}

/** The whole briefing as an `<article>`: its heading at `headingLevel`, the seven points one below. */
export function staticBriefingHtml(briefing: Briefing, options?: StaticHtmlOptions): string {
  const pieces = tagPieces(briefing, 'safer-seven-briefing', levelOf(options));
  return `<article class="safer-seven-static">\n${indent([...pieces, provenanceHtml(briefing)].join('\n'))}\n</article>`;
}

/** What a tag shows, in full, as static HTML: its point, or for the briefing all seven, then whose information it is. */
export function staticTagHtml(briefing: Briefing, tag: SaferSevenTag, options?: StaticHtmlOptions): string {
  return tag === 'safer-seven-briefing'
    ? staticBriefingHtml(briefing, options)
    : [...tagPieces(briefing, tag, levelOf(options)), provenanceHtml(briefing)].join('\n');
}

/**
 * The no-JavaScript fallback to put inside a tag: shown until the element upgrades, and all a
 * reader gets without JavaScript. It holds what the element will show, in the same order
 * (report it: every reporting route as `tel:` links, with the menu option and hours; the
 * briefing: all seven points), then whose information it is and when it was checked, so that
 * the page reads the same before and after the upgrade and what follows the tag moves as
 * little as the two stylings differ. Headings start at `headingLevel` (default 2), as the
 * element's own would.
 */
export function fallbackHtml(briefing: Briefing, tag: SaferSevenTag, options?: StaticHtmlOptions): string {
  const pieces = tagPieces(briefing, tag, levelOf(options));
  return `<div class="safer-seven-fallback">\n${indent([...pieces, provenanceHtml(briefing)].join('\n'))}\n</div>`;
}
