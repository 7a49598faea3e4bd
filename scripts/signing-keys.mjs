// What the content-signing commands share: where private keys live (never in the
// repository), reading one, how long a signature lasts, and reading the built content package.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const repositoryRoot = resolve(new URL('..', import.meta.url).pathname);

/**
 * Where the person ran the command: `npm run` moves to the repository's root, and says where it
 * was in INIT_CWD. Paths given on the command line are theirs, so they are read from there.
 */
export const callerFolder = process.env.INIT_CWD || process.cwd();

/** A path given on the command line, as the person meant it. */
export function fromCaller(path) {
  return resolve(callerFolder, path);
}

/** Where `content:keys` writes a private key unless told otherwise. */
export function defaultKeyFolder() {
  return join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'safer-seven', 'keys');
}

/** True for a path inside this repository, where a private key must never be written or kept. */
export function isInsideRepository(path) {
  const fromRoot = relative(repositoryRoot, resolve(path));
  return fromRoot === '' || (!fromRoot.startsWith('..') && !isAbsolute(fromRoot));
}

/** A command-line error: printed without a stack, exit code 1. */
export class UsageError extends Error {}

/** `--name value` pairs from argv; anything else is a usage error. */
export function parseOptions(argv, known) {
  const options = {};
  for (let index = 0; index < argv.length; index += 2) {
    const name = argv[index]?.replace(/^--/, '');
    if (!known.includes(name) || !argv[index].startsWith('--') || argv[index + 1] === undefined) {
      throw new UsageError(`unexpected argument "${argv[index]}"; expected ${known.map((option) => `--${option} <value>`).join(', ')}`);
    }
    options[name] = argv[index + 1];
  }
  return options;
}

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** The built content package, built first when its sources are newer than dist/ (or dist/ is missing). */
export async function builtContent({ log = console.log } = {}) {
  const dist = join(repositoryRoot, 'packages/content/dist/index.js');
  if (newestChange(join(repositoryRoot, 'packages/content/src')) > newestChange(dist)) {
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

/**
 * How long a signed file vouches for its content, by default: fourteen days. The weekly
 * freshness run (.github/workflows/content-freshness.yml) renews it every seven, so one missed or
 * failed run still leaves a week to notice (the re-sign warns from three days before) before
 * any page shows the review line; and whoever can freeze the content host can serve a file at
 * most fourteen days past the partnership's last word, where without `expires` it was a year
 * (until `reviewDue`). TUF's timestamp role lives a day and Sigstore's a week, but they have
 * machines re-signing around the clock; NHS content syndication refreshes weekly.
 */
export const defaultDays = 14;

/** The longest a signature may last: the issue's bound, a month. */
export const longestDays = 31;

/** Days before `expires` from which the re-sign warns. */
export const warningDays = 3;

const dayInMilliseconds = 86_400_000;

/** `--days N`: a whole number of days from 1 to 31 (default 14). */
export function parseDays(text) {
  if (text === undefined) return defaultDays;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1 || days > longestDays) {
    throw new UsageError(`--days must be a whole number from 1 to ${longestDays}, not "${text}"`);
  }
  return days;
}

/** The `expires` instant `days` days from `now` (epoch milliseconds), to the second, in UTC. */
export function expiresAfter(days, now = Date.now()) {
  return new Date(Math.floor((now + days * dayInMilliseconds) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The signing keys from a private key file outside the repository (made by content:keys). */
export async function readSigningKeys(content, path, command) {
  const keyPath = fromCaller(path ?? '');
  if (!path) throw new UsageError(`which key? npm run ${command} -- --key <private key file> (made by npm run content:keys)`);
  if (isInsideRepository(keyPath)) {
    throw new UsageError(`${keyPath} is inside the repository; a private key must live outside it (move it, then make a new one: it may have been shared)`);
  }
  let jwk;
  try {
    jwk = JSON.parse(readFileSync(keyPath, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the key ${keyPath}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
  try {
    return await content.importSigningKeys(jwk);
  } catch (error) {
    throw new UsageError(`${keyPath}: ${error.message}`);
  }
}

/** Where content:release writes each topic's signed file. */
export const signedFolder = join(repositoryRoot, 'packages/content/dist/signed');

/**
 * Signs a briefing with an `expires`, after the one rule set (the page's rules and the release-only ones) has
 * passed what is signed: the JSON text read back. Throws a UsageError naming the field.
 */
export async function signWithExpiry(content, briefing, model, expires, keys) {
  const text = JSON.stringify({ ...briefing, expires });
  const problem = content.releaseProblem(JSON.parse(text), model);
  if (problem) throw new UsageError(`the ${model.topic} briefing is not valid (${problem}); nothing signed`);
  return content.signBriefingText(text, model.topic, keys);
}

/** "in 2 days" / "3 hours ago": how far an instant is from now, for the commands' messages. */
export function fromNow(instant, now = Date.now()) {
  const hours = Math.round((Date.parse(instant) - now) / 3_600_000);
  const amount = Math.abs(hours) >= 48 ? `${Math.round(Math.abs(hours) / 24)} days` : `${Math.abs(hours)} hours`;
  return hours >= 0 ? `in ${amount}` : `${amount} ago`;
}

/** A path as the commands print it: relative to where they run, unless that climbs out. */
export function shownPath(path) {
  const fromHere = relative(callerFolder, path);
  return fromHere && !fromHere.startsWith('..') ? fromHere : path;
}
