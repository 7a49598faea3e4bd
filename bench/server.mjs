// A tiny static file server for the benchmark: the repository root, on 127.0.0.1 only, at a
// free port the system picks. GET and HEAD, no directory listings, nothing outside the root.
//
// Every response carries `Cache-Control: max-age=3600`. The benchmark opens each run in a new
// incognito browser context, whose HTTP cache starts empty: so every run is a first visit,
// and within one page a file asked for twice (the bundle in 300 iframes) comes from the cache
// the second time, as it would on a partner's site.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { contentTypes } from '../scripts/serve-site.mjs';

/** Starts the server on `root`; resolves to `{ origin, close() }`. */
//
// It also notes every file it sends (`takeLog()` returns them since the last call and starts
// afresh): the benchmark's bytes transferred, as every run starts with an empty cache.
export async function startStaticServer(root) {
  const base = resolve(root);
  let log = [];
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'max-age=3600',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      if (request.method === 'GET') log.push({ pathname, file, bytes: body.length });
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  // Keep-alive sockets would hold close() open; the benchmark closes them itself.
  server.keepAliveTimeout = 1000;
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    takeLog: () => {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
