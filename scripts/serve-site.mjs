// A small static file server for site/, as any static host serves it: files as they are, the
// right content types, index.html for a folder, 404 for anything else, and the headers of
// site/_headers when there is one (docs/hosting.md). No rewriting, no live reload.
//
// `npm start` runs `node scripts/serve-site.mjs --build --packages`: builds the packages (as
// npm run site does, keeping released signed files), then the site for its own local
// address (SAFER_SEVEN_SITE_URL, so the local oEmbed JSON names this server), serves it on
// PORT (default 8000) and prints the address. Ctrl-C stops it. `--dir <folder>` builds and
// serves another folder than site/. Tests import `serveSite`.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { repositoryRoot } from './site/config.mjs';

export const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.zip': 'application/zip',
};

/**
 * The `_headers` file (Netlify and Cloudflare Pages format): a path pattern on a line of its
 * own (`*` matches anything, including `/`), then its headers, indented, as `Name: value`.
 */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, headers: [] });
    } else if (rules.length) {
      const colon = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The `_headers` rules of a built site folder (none when it has no such file). */
export function headerRules(dir) {
  const file = join(dir, '_headers');
  return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
}

/**
 * What a static host answers for `sitePath` (`/`, `/embed/report-it.html`: the path inside
 * the site, decoded): `{ status, headers, file }`, `file` to send as it is when 200.
 */
export function siteResponse(dir, rules, sitePath, requestPath = sitePath) {
  const notFound = { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found\n' };
  let file = normalize(join(dir, sitePath));
  if (file !== dir && !file.startsWith(dir + sep)) return notFound;
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!sitePath.endsWith('/')) return { status: 301, headers: { Location: `${requestPath}/` }, body: '' };
    file = join(file, 'index.html');
  }
  // _headers is the host's instruction, not a page of the site.
  if (!existsSync(file) || !statSync(file).isFile() || file === join(dir, '_headers')) return notFound;
  const headers = { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream', 'Content-Length': String(statSync(file).size) };
  for (const rule of rules) {
    if (rule.pattern.test(sitePath)) for (const [name, value] of rule.headers) headers[name] = value;
  }
  return { status: 200, headers, file };
}

/** Serves `dir` under `basePath` (`/` or `/safer-seven/`); resolves to the listening server. */
export function serveSite({ dir = join(repositoryRoot, 'site'), port = 8000, hostname = 'localhost', basePath = '/' } = {}) {
  const rules = headerRules(dir);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    } catch {
      path = '';
    }
    const answer = path.startsWith(basePath)
      ? siteResponse(dir, rules, `/${path.slice(basePath.length)}`, path)
      : { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found\n' };
    response.writeHead(answer.status, answer.headers);
    if (!answer.file || request.method === 'HEAD') response.end(request.method === 'HEAD' ? undefined : answer.body);
    else createReadStream(answer.file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { build: { type: 'boolean' }, packages: { type: 'boolean' }, dir: { type: 'string' } } });
  const port = Number(process.env.PORT ?? 8000);
  const address = `http://localhost:${port}/`;
  const dir = values.dir ? resolve(values.dir) : undefined;
  if (values.build) {
    const { buildPackagesKeepingReleases, buildSite } = await import('./build-site.mjs');
    if (values.packages) buildPackagesKeepingReleases();
    await buildSite({ outDir: dir, env: { ...process.env, SAFER_SEVEN_SITE_URL: address } });
  }
  const server = await serveSite({ dir, port });
  console.log(`\nSafer Seven site: ${address}\nPress Ctrl-C to stop.\n`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
