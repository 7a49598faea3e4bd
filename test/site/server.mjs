// The test server's /site/: site/ (npm run site) served as a plain static host serves it,
// byte for byte with its _headers (scripts/serve-site.mjs), not through the test runner's
// plugins, which rewrite what they serve. Under /site/, a sub-path, as a partner's host may.
// Plus a command the site tests call, `site-files`: every file of the built site.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { headerRules, siteResponse } from '../../scripts/serve-site.mjs';

const siteDir = new URL('../../site', import.meta.url).pathname;
const prefix = '/site/';
let rules;

export async function siteTestMiddleware(context, next) {
  if (!context.path.startsWith(prefix) && context.path !== '/site') return next();
  rules ??= headerRules(siteDir);
  const sitePath = context.path === '/site' ? '' : `/${decodeURIComponent(context.path.slice(prefix.length))}`;
  const answer = siteResponse(siteDir, rules, sitePath, context.path);
  context.status = answer.status;
  for (const [name, value] of Object.entries(answer.headers)) context.set(name, value);
  context.body = answer.file ? await readFile(answer.file) : answer.body;
}

export function siteFilesPlugin() {
  return {
    name: 'safer-seven-site-files',
    executeCommand({ command }) {
      if (command !== 'site-files') return undefined;
      return readdirSync(siteDir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(siteDir, join(entry.parentPath ?? entry.path, entry.name)))
        .sort();
    },
  };
}
