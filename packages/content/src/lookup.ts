import type { Briefing, Contact, ContactId, Section, SectionId } from './types.js';

/** The contact with a contract id. Throws when the briefing lacks it: data and code disagree. */
export function contactById(briefing: Briefing, id: ContactId): Contact {
  const contact = briefing.contacts.find((candidate) => candidate.id === id);
  if (!contact) throw new Error(`Safer Seven: the ${briefing.topic} briefing has no contact "${id}"`);
  return contact;
}

/** The section with a stable id. Throws when the briefing lacks it. */
export function sectionById(briefing: Briefing, id: SectionId): Section {
  const section = briefing.sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`Safer Seven: the ${briefing.topic} briefing has no section "${id}"`);
  return section;
}

/** The `tel:` address of a phone number: `tel:+443005550050`. */
export function telHref(dial: string): string {
  return `tel:${dial}`;
}
