// For the embed pages' tests (test/demo/embed-pages.test.ts): an embed page asked for with
// `probe` in its query gets, first in its <head>, the test's probe (test/demo/embed-probe.js)
// and axe-core. A sandboxed frame has an opaque origin, so the test cannot look inside it and
// asks the probe by postMessage instead. Everything else under /site/ is test/site/server.mjs's
// (the built site, byte for byte); the probe's two scripts are served raw from here.
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';

const repositoryRoot = new URL('../../', import.meta.url);
const probeScripts = ['/test/demo/embed-probe.js', '/node_modules/axe-core/axe.min.js'];

export async function embedProbeMiddleware(context, next) {
  const path = context.path;
  const isProbePage = 'probe' in context.query && /^\/site\/embed\/[\w.-]+\.html$/.test(path);
  if (!(isProbePage || probeScripts.includes(path)) || posix.normalize(path) !== path) {
    await next();
    return;
  }
  let body = await readFile(new URL(`.${path}`, repositoryRoot));
  if (isProbePage) {
    const scripts = probeScripts.map((src) => `<script src="${src}"></script>`).join('');
    // As if this server were the site's public address, which the page's policy names
    // (scripts/site/embeds.mjs: WebKit matches no 'self' in a sandboxed frame).
    const { publicUrl } = JSON.parse(await readFile(new URL('./site/assets/embeds.json', repositoryRoot), 'utf8'));
    body = body
      .toString('utf8')
      .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />${scripts}`)
      .replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/, (_whole, start, policy) => `${start}${policy.replaceAll(new URL(publicUrl).origin, context.origin)}"`);
  }
  context.status = 200;
  context.type = path.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
  context.set('cache-control', 'no-store');
  context.body = body;
}
