// What the SSR tests share: the server-rendered markup, put into the page as a browser parses
// a page (declarative shadow roots attached), and what a person would notice of each tag.
import { contactById, cse, type ContactId } from '@safer-seven/content';

export const tags = ['safer-seven-briefing', 'safer-seven-warning-signs', 'safer-seven-report-it', 'safer-seven-contacts'] as const;
export type Tag = (typeof tags)[number];

/** The phone numbers each tag shows as `tel:` links, from the content package. */
export const numbersByTag: Record<Tag, readonly ContactId[]> = {
  'safer-seven-briefing': ['police-emergency', 'childrens-services', 'emergency-duty-team', 'police-non-emergency', 'cse-team'],
  'safer-seven-report-it': ['police-emergency', 'childrens-services', 'emergency-duty-team', 'police-non-emergency'],
  'safer-seven-contacts': ['cse-team'],
  'safer-seven-warning-signs': [],
};

/** The `tel:` href of a contact, as the content package writes it. */
export function telOf(id: ContactId): string {
  const phone = contactById(cse, id).phone;
  if (!phone) throw new Error(`the content has no phone number for ${id}`);
  return `tel:${phone.dial}`;
}

/** How many times each `tel:` link appears in a tag's shadow root. */
export function telLinkCounts(element: Element): Map<string, number> {
  const counts = new Map<string, number>();
  for (const link of element.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? []) {
    const href = link.getAttribute('href') ?? '';
    counts.set(href, (counts.get(href) ?? 0) + 1);
  }
  return counts;
}

/** What a reader would notice of a tag's phone links: missing ones, and any shown twice. */
export function telLinkProblems(element: Element): string[] {
  const counts = telLinkCounts(element);
  const missing = numbersByTag[element.localName as Tag].filter((id) => !counts.has(telOf(id))).map((id) => `missing ${id}`);
  const twice = [...counts.keys()].filter((href) => counts.get(href) !== 1).map((href) => `${href} ${counts.get(href)} times`);
  return [...missing, ...twice];
}

/**
 * The four tags rendered by the test server (test/ssr/server.mjs), parsed into `container`
 * with their declarative shadow roots, before any tag is defined on this page.
 */
export async function insertServerRendered(container: HTMLElement, query = ''): Promise<void> {
  const fragments = await Promise.all(
    tags.map(async (tag) => {
      const response = await fetch(`/test/ssr/render/${tag}.html${query}`);
      if (!response.ok) throw new Error(`SSR of ${tag}: ${response.status} ${await response.text()}`);
      return response.text();
    }),
  );
  (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(fragments.join('\n'));
}

/** Waits until an element has no update pending (hydration may schedule one more). */
export async function settled(element: Element): Promise<void> {
  const lit = element as Element & { updateComplete?: Promise<boolean> };
  if (!lit.updateComplete) throw new Error(`<${element.localName}> is not defined`);
  for (let updates = 0; !(await lit.updateComplete); updates += 1) {
    if (updates === 3) throw new Error(`<${element.localName}> keeps updating`);
  }
}

/** Which of the two office-hours routes a panel lists first (999 always comes before both). */
export function firstOfficeHoursRoute(element: Element): string | undefined {
  const hours = [cse.officeHours.openRoute, cse.officeHours.closedRoute] as string[];
  return [...(element.shadowRoot?.querySelectorAll('.routes > li') ?? [])]
    .map((route) => /route-([a-z-]+)/.exec(route.getAttribute('part') ?? '')?.[1] ?? '')
    .find((id) => hours.includes(id));
}

/** The console errors and warnings, and uncaught errors, of this page from now on. */
export function recordProblems(): { problems: string[]; stop(): void } {
  const problems: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => problems.push(`error: ${args.join(' ')}`);
  console.warn = (...args: unknown[]) => problems.push(`warn: ${args.join(' ')}`);
  const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  window.addEventListener('error', onError);
  return {
    problems,
    stop() {
      console.error = error;
      console.warn = warn;
      window.removeEventListener('error', onError);
    },
  };
}
