// Opening a bundle test page (test/bundle/pages/*, served by ./server.mjs) in an iframe and
// reading what it shows: shared by the Chromium bundle tests and the cross-engine tests, so
// that "rendered" and "on screen" mean the same in both.
import { expect } from '@open-wc/testing';
import { contactById, cse, type ContactId } from '@safer-seven/content';

export const tags = ['safer-seven-briefing', 'safer-seven-warning-signs', 'safer-seven-report-it', 'safer-seven-contacts'] as const;
export type Tag = (typeof tags)[number];

/** What capture-console.js records inside a page. */
export interface PageLog {
  readonly warnings: string[];
  readonly errors: string[];
  readonly violations: string[];
  readonly failedLoads: string[];
  readonly takeReports?: () => void;
}

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

const openFrames: HTMLIFrameElement[] = [];

/** Removes every page `openPage` opened: call it from `afterEach`. */
export function closePages(): void {
  for (const frame of openFrames.splice(0)) frame.remove();
}

export function nextTask(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

export function nextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => resolve()));
}

/**
 * Opens a test page in an iframe and waits until it has loaded (deferred and module scripts
 * have run by then), every tag its copy defines has rendered, and the violation events the
 * browser queues have been delivered.
 */
export async function openPage(name: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.title = name;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = `/test/bundle/pages/${name}`;
  document.body.append(frame);
  openFrames.push(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
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
