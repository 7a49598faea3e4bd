// Helpers shared by the element tests. Not a test file: web-test-runner only runs *.test.ts.
import { fixture } from '@open-wc/testing';
import { cse, telHref, type Briefing, type ContactId } from '@safer-seven/content';
// Registers all four tags, as the drop-in bundle does. A `.js` specifier for a `.ts` file,
// as in the source: the esbuild plugin of the test server resolves it.
import '../../../packages/elements/src/safer-seven.js';

export const tags = [
  'safer-seven-briefing',
  'safer-seven-warning-signs',
  'safer-seven-report-it',
  'safer-seven-contacts',
] as const;

export type SaferSevenTag = (typeof tags)[number];

/**
 * One tag in its own fixture, with attributes set as a host page's HTML would set them
 * (strings, whatever they hold), waiting for its first render.
 */
export async function renderTag<Tag extends SaferSevenTag>(
  tag: Tag,
  attributes: Readonly<Record<string, string>> = {},
): Promise<HTMLElementTagNameMap[Tag]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return fixture<HTMLElementTagNameMap[Tag]>(element);
}

/** The element's shadow root: every tag renders into one. */
export function shadowOf(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

/** Text as a person reads it: runs of white space are one space. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every `tel:` link an element shows. */
export function telLinks(element: Element): HTMLAnchorElement[] {
  return [...shadowOf(element).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
}

/** The `tel:` href of a contact's phone number, from the data. */
export function telHrefOf(contactId: ContactId, briefing: Briefing = cse): string {
  const phone = briefing.contacts.find((contact) => contact.id === contactId)?.phone;
  if (!phone) throw new Error(`the data gives ${contactId} no phone number`);
  return telHref(phone.dial);
}

/**
 * Point 7's routes in the order shown, each named by the contact whose number it holds:
 * what a person reads down the list, whatever classes or data attributes the markup uses.
 */
export function routeOrder(element: Element, briefing: Briefing = cse): ContactId[] {
  const routeList = shadowOf(element).querySelector('ol');
  if (!routeList) throw new Error(`<${element.localName}> shows no list of routes`);
  return [...routeList.children].map((item) => {
    const href = item.querySelector('a[href^="tel:"]')?.getAttribute('href');
    const contact = briefing.contacts.find((candidate) => candidate.phone && telHref(candidate.phone.dial) === href);
    if (!contact) throw new Error(`a route shows no known number: "${textOf(item)}"`);
    return contact.id;
  });
}

/** The list item of point 7 that holds a contact's number. */
export function routeItem(element: Element, contactId: ContactId): HTMLLIElement {
  const link = shadowOf(element).querySelector(`ol a[href="${telHrefOf(contactId)}"]`);
  const item = link?.closest('li');
  if (!item) throw new Error(`no route shows the number of ${contactId}`);
  return item;
}

/** Every heading in the shadow root, in document order, as its level. */
export function headingLevels(element: Element): number[] {
  return [...shadowOf(element).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) =>
    Number(heading.localName.slice(1)),
  );
}

/** Every element of the shadow tree, in document order. */
export function shadowElements(element: Element): Element[] {
  return [...shadowOf(element).querySelectorAll('*')].filter((node) => node.localName !== 'style');
}
