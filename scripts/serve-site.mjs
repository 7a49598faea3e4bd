// A small static file server for site/, as any static host serves it: files as they are, the
// right content types, index.html for a folder, 404 for anything else, and the headers of
// site/_headers when there is one (docs/hosting.md). No rewriting, no live reload.
//
// `npm start` runs `node scripts/serve-site.mjs --build`: builds the site for its own local
// address (SAFER_SEVEN_SITE_URL, so the local oEmbed JSON names this server), serves it on
// PORT (default 8000) and prints the address. Ctrl-C stops it. Tests import `serveSite`.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
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

/** Serves `dir` under `basePath` (`/` or `/safer-seven/`); resolves to the listening server. */
export function serveSite({ dir = join(repositoryRoot, 'site'), port = 8000, hostname = 'localhost', basePath = '/' } = {}) {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://host');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '';
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!path.startsWith(basePath)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const sitePath = `/${path.slice(basePath.length)}`;
    let file = normalize(join(dir, sitePath));
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(404).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!sitePath.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const headers = { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream', 'Content-Length': statSync(file).size };
    for (const rule of rules) {
      if (rule.pattern.test(sitePath)) for (const [name, value] of rule.headers) headers[name] = value;
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { build: { type: 'boolean' } } });
  const port = Number(process.env.PORT ?? 8000);
  const address = `http://localhost:${port}/`;
  if (values.build) {
    const { buildSite } = await import('./build-site.mjs');
    await buildSite({ env: { ...process.env, SAFER_SEVEN_SITE_URL: address } });
  }
  const server = await serveSite({ port });
  console.log(`\nSafer Seven site: ${address}\nPress Ctrl-C to stop.\n`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
