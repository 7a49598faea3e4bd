import { version } from '../version.js';

let warnedAboutEarlierCopy = false;

/**
 * Registers a tag unless the page already has it. Partner pages load two copies (a CMS
 * block twice, an old and a new version): the first definition wins, and this copy says so
 * once, naming both versions, instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && !warnedAboutEarlierCopy) {
    warnedAboutEarlierCopy = true;
    console.warn(
      // The same words as the drop-in bundle's own guard (rollup.config.mjs).
      `Safer Seven ${version}: Safer Seven ${existing.version || '(unknown version)'} is already on this page; keeping it.`,
    );
  }
}
