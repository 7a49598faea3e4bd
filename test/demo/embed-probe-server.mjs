// For the embed pages' tests (test/demo/embed-pages.test.ts): an embed page asked for with
// `probe` in its query gets, first in its <head>, the test's probe (test/demo/embed-probe.js)
// and axe-core. A sandboxed frame has an opaque origin, so the test cannot look inside it and
// asks the probe by postMessage instead. Everything else under /site/ is test/site/server.mjs's
// (the built site, byte for byte); the probe's two scripts are served raw from here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { serveSignedFile, testPublicKey } from '../updates/signed-files.mjs';

const repositoryRoot = new URL('../../', import.meta.url);
const probeScripts = ['/test/demo/embed-probe.js', '/node_modules/axe-core/axe.min.js'];

/**
 * The embed pages as the site builds them when site.config.json pins a signed content file,
 * at /site/signed-embed/<name>.html: written once by scripts/site/embeds.mjs (in a child
 * process: the server render installs Lit's DOM shim in the process that runs it), for this
 * server's address, pinning /test/embed-signed/valid.signed.json (test/updates/signed-files.mjs's
 * valid file, served here with the CORS header a sandboxed frame's `Origin: null` needs) and
 * the test's throwaway key. Their relative addresses reach the built site's files/.
 */
let signedEmbeds;
function signedEmbedDir(origin) {
  signedEmbeds ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safer-seven-signed-embeds-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const version = JSON.parse(readFileSync(new URL('./packages/elements/package.json', repositoryRoot), 'utf8')).version;
    const files = Object.fromEntries(
      Object.entries({ stylesheet: 'safer-seven.css', bundle: 'safer-seven.min.js', updates: 'safer-seven-updates.min.js' }).map(([key, file]) => [key, `files/elements/${version}/${file}`]),
    );
    const config = { publicUrl: `${origin}/site/`, signedContent: { url: `${origin}/test/embed-signed/valid.signed.json`, publicKeys: [await testPublicKey()] } };
    const script = `
      const { writeEmbedPages } = await import(${JSON.stringify(new URL('./scripts/site/embeds.mjs', repositoryRoot).href)});
      const content = await import(${JSON.stringify(new URL('./packages/content/dist/index.js', repositoryRoot).href)});
      await writeEmbedPages({ siteDir: ${JSON.stringify(dir)}, content, briefing: content.cse, files: ${JSON.stringify(files)}, config: ${JSON.stringify(config)} });
    `;
    writeFileSync(join(dir, 'write.mjs'), script);
    execFileSync(process.execPath, [join(dir, 'write.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
    return dir;
  })();
  return signedEmbeds;
}

export async function embedProbeMiddleware(context, next) {
  const path = context.path;
  if (path.startsWith('/test/embed-signed/')) {
    // The valid signed file, as a sandboxed frame may fetch it.
    await serveSignedFile(Object.assign(Object.create(context), { path: path.replace('/test/embed-signed/', '/test/updates/') }));
    context.set('Access-Control-Allow-Origin', '*');
    return;
  }
  const signed = /^\/site\/signed-embed\/([\w.-]+\.html)$/.exec(path);
  const isProbePage = 'probe' in context.query && (/^\/site\/embed\/[\w.-]+\.html$/.test(path) || Boolean(signed));
  if (!(isProbePage || probeScripts.includes(path)) || posix.normalize(path) !== path) {
    await next();
    return;
  }
  let body = signed ? await readFile(join(await signedEmbedDir(context.origin), 'embed', signed[1])) : await readFile(new URL(`.${path}`, repositoryRoot));
  if (isProbePage) {
    const scripts = probeScripts.map((src) => `<script src="${src}"></script>`).join('');
    // As if this server were the site's public address, which the page's policy names
    // (scripts/site/embeds.mjs: WebKit matches no 'self' in a sandboxed frame).
    const { publicUrl } = JSON.parse(await readFile(new URL('./site/assets/embeds.json', repositoryRoot), 'utf8'));
    body = body
      .toString('utf8')
      .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />${scripts}`)
      .replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/, (_whole, start, policy) =>
        // The probe's own scripts by this server's origin; the page's own by their hashes.
        `${start}${policy.replaceAll(new URL(publicUrl).origin, context.origin).replace('script-src ', `script-src ${context.origin} `)}"`);
  }
  context.status = 200;
  context.type = path.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
  context.set('cache-control', 'no-store');
  context.body = body;
}
