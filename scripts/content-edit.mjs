// `npm run content:edit [-- --repo <folder>] [--port N]`: the content desk, offline, against a
// local checkout (docs/content-desk.md, "Working offline"). It builds the desk (demo/admin/,
// as `npm run site` does), serves it with Decap CMS's local backend (npm's decap-server, its
// file-system mode: a save writes the data file and nothing else; no commit, no branch) on one
// address, and prints that address. Loopback only: decap-server has no sign-in, so anyone
// who can reach it can write the checkout. Stop it with Ctrl+C.
//
//   --repo   the checkout to edit (default: this one)
//   --port   the port (default: PORT, as decap-server takes it, else 8081, decap-server's own);
//            0 picks a free one
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { repositoryRoot as root } from './site/config.mjs';
import { writeAdmin } from './site/admin.mjs';

/** The data file the desk edits, inside a checkout. */
export const dataFile = 'packages/content/data/cse.json';

/** The desk's config.yml for the local backend at `origin`: no GitHub, no editorial workflow (that is the pull request's). */
export function localConfig(configText, origin) {
  return `${configText.replace(/^publish_mode: editorial_workflow$/m, 'publish_mode: simple')}
# npm run content:edit: the local checkout, through decap-server's file-system mode.
local_backend:
  url: ${origin}/api/v1
`;
}

/** `entry` bundled (rollup, node-resolve), as build-site does for the site's own scripts. */
async function bundle(entry, outFile, format) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const built = await rollup({ input: entry, plugins: [nodeResolve()], onwarn: (warning) => { throw new Error(`content:edit: ${warning.message}`); } });
  try {
    await built.write({ file: outFile, format });
  } finally {
    await built.close();
  }
}

/**
 * Starts the desk for `repo` on 127.0.0.1:`port`; resolves to its address and a `close()`.
 * The tests call it with a throwaway checkout and port 0, and with `local: false` for the desk as
 * the site publishes it (GitHub, editorial workflow; no local backend).
 */
export async function startContentDesk({ repo = root, port = 8081, log = () => {}, local = true } = {}) {
  const repoPath = resolve(repo);
  if (!existsSync(join(repoPath, dataFile))) throw new Error(`content:edit: ${join(repoPath, dataFile)} does not exist`);
  if (!existsSync(join(root, 'packages/elements/dist/index.js')) || !existsSync(join(root, 'packages/content/dist/index.js'))) {
    log('content:edit: building the packages first (npm run build)');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const siteDir = mkdtempSync(join(tmpdir(), 'safer-seven-desk-'));
  const repositoryUrl = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  await writeAdmin({ outDir: siteDir, repositoryUrl, publicUrl: 'http://127.0.0.1/', bundle });

  // decap-server's own middleware (the same code as `npx decap-server`), in this process, so
  // that the desk and its backend share one origin: the admin page's connect-src 'self' holds.
  const require = createRequire(require_from());
  const express = require('express');
  const { registerLocalFs } = require('decap-server/dist/middlewares');
  const app = express();
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = repoPath;
  try {
    if (local) await registerLocalFs(app, { logLevel: 'warn' });
  } finally {
    if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = previous;
  }
  let origin;
  if (local) app.get('/admin/config.yml', (_request, response) => {
    response.type('text/yaml').send(localConfig(readFileSync(join(siteDir, 'admin/config.yml'), 'utf8'), origin));
  });
  app.get('/', (_request, response) => response.redirect('/admin/'));
  app.use(express.static(siteDir));

  const server = await new Promise((done, fail) => {
    const listening = app.listen(port, '127.0.0.1', () => done(listening)).on('error', fail);
  });
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: `${origin}/admin/`,
    origin,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => {
          rmSync(siteDir, { recursive: true, force: true });
          done();
        });
      }),
  };
}

/** decap-server's own folder, so that its express is the one it was tested with. */
function require_from() {
  return createRequire(join(root, 'package.json')).resolve('decap-server/package.json');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { repo: { type: 'string' }, port: { type: 'string' } } });
  const port = Number(values.port ?? process.env.PORT ?? 8081);
  // A --repo given to `npm run` is relative to where the person typed it (npm runs scripts from the root).
  const repo = values.repo ? resolve(process.env.INIT_CWD ?? process.cwd(), values.repo) : root;
  try {
    const desk = await startContentDesk({ repo, port, log: console.log });
    console.log(`Content desk for ${repo}: open ${desk.url}
Saving writes ${dataFile} in that checkout, nothing else; review it with git diff, then commit.
Ctrl+C stops it.`);
    const stop = () => desk.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(error.code === 'EADDRINUSE' ? `content:edit: port ${port} is in use; choose another with --port N (or PORT=N)` : error.message);
    process.exitCode = 1;
  }
}
