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
