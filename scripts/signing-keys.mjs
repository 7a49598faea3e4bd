// What the developer's content commands share: where private keys live (never in the
// repository) and reading the built content package. The signing jobs' own code, which loads
// no build output, is release-lib.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReleaseError as UsageError } from './release-lib.mjs';

export const repositoryRoot = resolve(new URL('..', import.meta.url).pathname);

/**
 * Where the person ran the command: `npm run` moves to the repository's root, and says where it
 * was in INIT_CWD. Paths given on the command line are theirs, so they are read from there
 * (`fromCaller`). The command-line pieces are the signing jobs' own, from release-lib.mjs (which
 * loads nothing but Node), so both kinds of command read arguments and paths one way.
 */
export const callerFolder = process.env.INIT_CWD || process.cwd();
export { fromCaller, isInsideRepository, parseOptions, ReleaseError as UsageError } from './release-lib.mjs';

/** Where `content:keys` writes a private key unless told otherwise. */
export function defaultKeyFolder() {
  return join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'safer-seven', 'keys');
}


function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** The built content package, built first when its sources or data are newer than dist/ (or dist/ is missing). */
export async function builtContent({ log = console.log } = {}) {
  const dist = join(repositoryRoot, 'packages/content/dist/index.js');
  // Its sources: the code, and the data file staff edit (packages/content/data/cse.json).
  const sources = ['packages/content/src', 'packages/content/data'].map((folder) => newestChange(join(repositoryRoot, folder)));
  if (Math.max(...sources) > newestChange(dist)) {
    log('Building the content package first (npx rollup -c) ...');
    execFileSync('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], { cwd: repositoryRoot, stdio: 'inherit' });
  }
  return import(`${pathToFileURL(dist).href}?t=${Date.now()}`);
}

/** Runs a command's main function: a UsageError or a clear failure prints one line, exit 1. */
export function runCommand(name, main) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`${name}: ${error instanceof UsageError ? error.message : error?.message ?? error}`);
    process.exitCode = 1;
  });
}

/** Where content:release writes each topic's signed file. */
export const signedFolder = join(repositoryRoot, 'packages/content/dist/signed');

/** A path as the commands print it: relative to where they run, unless that climbs out. */
export function shownPath(path) {
  const fromHere = relative(callerFolder, path);
  return fromHere && !fromHere.startsWith('..') ? fromHere : path;
}
