// Serves the built site (site/, `npm run site`) under /site/ as a static host would: byte for
// byte, before the test runner's plugins (which rewrite scripts and pages). An embed page
// asked for with `probe` in its query also gets, first in its <head>, the test's probe
// (test/demo/embed-probe.js) and axe-core: a sandboxed frame has an opaque origin, so the
// test cannot look inside it, and asks the probe by postMessage instead.
import { readFile } from 'node:fs/promises';
import { extname, posix } from 'node:path';

const repositoryRoot = new URL('../../', import.meta.url);
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
const probeScripts = ['/test/demo/embed-probe.js', '/node_modules/axe-core/axe.min.js'];

export async function siteTestMiddleware(context, next) {
  const path = context.path;
  const isProbe = probeScripts.includes(path);
  if (!(path.startsWith('/site/') || isProbe) || posix.normalize(path) !== path) {
    await next();
    return;
  }
  const file = path.endsWith('/') ? `${path}index.html` : path;
  let body;
  try {
    body = await readFile(new URL(`.${file}`, repositoryRoot));
  } catch {
    context.status = 404;
    context.type = 'text/plain';
    context.body = `Not found (has npm run site run?): ${file}`;
    return;
  }
  if ('probe' in context.query && file.startsWith('/site/embed/') && file.endsWith('.html')) {
    const scripts = probeScripts.map((src) => `<script src="${src}"></script>`).join('');
    body = body.toString('utf8').replace('<meta charset="utf-8" />', `<meta charset="utf-8" />${scripts}`);
  }
  context.status = 200;
  context.type = contentTypes[extname(file)] ?? 'application/octet-stream';
  context.set('cache-control', 'no-store');
  context.body = body;
}
