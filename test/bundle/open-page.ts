// Opening a bundle test page (test/bundle/pages/*, served by ./server.mjs) in an iframe and
// reading what it shows: shared by the Chromium bundle tests and the cross-engine tests, so
// that "rendered" and "on screen" mean the same in both.
import { expect } from '@open-wc/testing';
import { contactById, cse, type ContactId } from '@safer-seven/content';
import { openFrame, type PageLog } from './support.js';

export type { PageLog };

export const tags = ['safer-seven-briefing', 'safer-seven-warning-signs', 'safer-seven-report-it', 'safer-seven-contacts'] as const;
export type Tag = (typeof tags)[number];

export type PageWindow = Window & typeof globalThis & { bundleTestLog: PageLog };

/** The phone numbers each tag must show as `tel:` links, from the content package. */
export const numbersByTag: Record<Tag, readonly ContactId[]> = {
  'safer-seven-briefing': ['police-emergency', 'childrens-services', 'emergency-duty-team', 'cse-team'],
  'safer-seven-report-it': ['police-emergency', 'childrens-services', 'emergency-duty-team', 'police-non-emergency'],
  'safer-seven-contacts': ['cse-team'],
  'safer-seven-warning-signs': [],
};

export function phoneOf(id: ContactId) {
  const phone = contactById(cse, id).phone;
  if (!phone) throw new Error(`the content has no phone number for ${id}`);
  return phone;
}

export function nextTask(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

export function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
}

/**
 * Opens a test page in an iframe (removed after the test: ./support.ts) and waits until it has loaded (deferred and module scripts
 * have run by then), every tag its copy defines has rendered, and the violation events the
 * browser queues have been delivered.
 */
export async function openPage(name: string): Promise<PageWindow> {
  const win = (await openFrame(name)) as PageWindow;
  if (!win.bundleTestLog) throw new Error(`${name}: capture-console.js did not run, so nothing it logged can be checked`);
  for (const element of win.document.querySelectorAll<HTMLElement>(tags.join(','))) {
    const updateComplete = (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    if (updateComplete) await updateComplete;
  }
  await nextFrame(win);
  await nextTask(win);
  win.bundleTestLog.takeReports?.();
  return win;
}

export function elementsOf(win: PageWindow, tag: Tag): HTMLElement[] {
  return [...win.document.querySelectorAll<HTMLElement>(tag)];
}

export function telLinks(root: ParentNode): HTMLAnchorElement[] {
  return [...root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
}

export function isShown(element: Element): boolean {
  return element.getClientRects().length > 0 && (element as HTMLElement).offsetHeight > 0;
}

/** capture-console.js heard nothing: no policy violation, error, failed load or warning. */
export function expectNothingLogged(win: PageWindow): void {
  const log = win.bundleTestLog;
  expect(log.violations, 'Content-Security-Policy or Trusted Types violations').to.deep.equal([]);
  expect(log.errors, 'errors').to.deep.equal([]);
  expect(log.failedLoads, 'resources that failed to load').to.deep.equal([]);
  expect(log.warnings, 'warnings').to.deep.equal([]);
}

/**
 * school-theme.css sets italic, light, 13px text with triple line height, capitals and wide
 * spacing on the page. The bundle's styles (after minification) must reset all of it inside
 * the shadow tree and let only the font family through.
 */
export function expectOwnTypography(win: PageWindow): void {
  const panel = elementsOf(win, 'safer-seven-report-it')[0]!;
  // The resets sit on the shadow wrapper (part "base"), which holds every word of the panel.
  const panelStyle = win.getComputedStyle(panel.shadowRoot!.querySelector('[part~="base"]')!);
  const fontSize = parseFloat(panelStyle.fontSize);
  expect(panelStyle.fontFamily, 'font family').to.contain('Georgia');
  expect(panelStyle.fontStyle, 'font style').to.equal('normal');
  expect(panelStyle.fontWeight, 'font weight').to.equal('400');
  expect(fontSize, 'font size in px').to.be.at.least(16);
  expect(parseFloat(panelStyle.lineHeight) / fontSize, 'line height').to.be.closeTo(1.5, 0.01);
  const emergencyLink = telLinks(panel.shadowRoot!).find((link) => link.getAttribute('href') === `tel:${phoneOf('police-emergency').dial}`)!;
  const linkStyle = win.getComputedStyle(emergencyLink);
  expect(linkStyle.textTransform, 'text transform').to.equal('none');
  expect(linkStyle.letterSpacing, 'letter spacing').to.equal('normal');
  expect(linkStyle.wordSpacing, 'word spacing').to.equal('0px');
  expect(linkStyle.fontWeight, 'the number is bold').to.equal('700');
}
