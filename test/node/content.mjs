// The built content package, for the Node tests (run `npm run build` first, as `npm test` does).
import { pathToFileURL } from 'node:url';

export const repositoryRoot = new URL('../../', import.meta.url).pathname;
export const content = await import(pathToFileURL(`${repositoryRoot}packages/content/dist/index.js`).href);

/** The CSE briefing as a plain object to change, one version newer than the built-in. */
export function newerBriefing(change = (briefing) => briefing) {
  const briefing = structuredClone(content.cse);
  const [major, minor, patch] = briefing.version.split('.').map(Number);
  briefing.version = `${major}.${minor}.${patch + 1}`;
  return change(briefing) ?? briefing;
}

/** Where the site's build puts the drop-in files (scripts/build-site.mjs), for pages built alone. */
export const embedTestFiles = { stylesheet: 'files/elements/0.1.0/safer-seven.css', bundle: 'files/elements/0.1.0/safer-seven.min.js', updates: 'files/elements/0.1.0/safer-seven-updates.min.js' };
