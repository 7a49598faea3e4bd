import type { Briefing, Contact, ContactId, Section, SectionId } from './types.js';

/** The item of a briefing's list with an id. Throws when there is none: data and code disagree. */
function byId<Item extends { readonly id: string }>(briefing: Briefing, items: readonly Item[], id: string): Item {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`Safer Seven: the ${briefing.topic} briefing has no "${id}"`);
  return item;
}

/** The contact with a contract id. */
export function contactById(briefing: Briefing, id: ContactId): Contact {
  return byId(briefing, briefing.contacts, id);
}

/** The section with a stable id. */
export function sectionById(briefing: Briefing, id: SectionId): Section {
  return byId(briefing, briefing.sections, id);
}

/** The `tel:` address of a phone number: `tel:+443005550050`. */
export function telHref(dial: string): string {
  return `tel:${dial}`;
}
