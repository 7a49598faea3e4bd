// The release's own code, for the jobs that hold a signing key: Node's built-in modules and
// WebCrypto only. It imports nothing from npm and no build output (no rollup, no tsc), so a
// dependency that the build installs cannot run where a key is (issue 22, review point 2;
// test/node/workflows.test.mjs reads every import of the signing scripts to keep it so).
//
// It makes the same files as packages/content/src/updates/sign.ts, and the page's own check
// (packages/content/src/updates/verify.ts) takes them: test/node/release.test.mjs checks both.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

export const repositoryRoot = resolve(new URL('..', import.meta.url).pathname);

/** The algorithm of every key and signature (envelope.ts). */
const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

/** How a page pins a freshness key in `updates-key` (envelope.ts). */
export const freshnessLabel = 'fresh:';

/** A refusal: the command prints it in one line and exits 1. */
export class ReleaseError extends Error {}

const dayInMilliseconds = 86_400_000;

/** The longest a signature may vouch: 31 days (the page refuses more, past a day's tolerance). */
export const longestDays = 31;

/** How long a freshness record lasts by default: two weekly runs. */
export const freshnessDays = 14;

export function toBase64Url(bytes) {
  return Buffer.from(bytes).toString('base64url');
}

export function fromBase64Url(text) {
  return new Uint8Array(Buffer.from(text, 'base64url'));
}

/** A key's id: the first 16 characters of its public key text (envelope.ts). */
export function keyIdOf(publicKey) {
  return publicKey.slice(0, 16);
}

/** base64url of the SHA-256 of a text's UTF-8 bytes. */
export async function sha256Text(text) {
  return toBase64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** True for a path inside this repository, where a private key must never be. */
export function isInsideRepository(path) {
  const fromRoot = relative(repositoryRoot, resolve(path));
  return fromRoot === '' || (!fromRoot.startsWith('..') && !isAbsolute(fromRoot));
}

/** A private key file (JWK, as `npm run content:keys` writes it), outside the repository: its key pair and public key text. */
export async function readPrivateKey(path, what) {
  if (!path) throw new ReleaseError(`which ${what}? --key <private key file> (made by npm run content:keys)`);
  if (isInsideRepository(path)) throw new ReleaseError(`${path} is inside the repository; a private key must live outside it`);
  let jwk;
  try {
    jwk = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ReleaseError(`cannot read the ${what} ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d) throw new ReleaseError(`${path}: not a P-256 private key in JWK form`);
  const privateKey = await crypto.subtle.importKey('jwk', jwk, algorithm, false, ['sign']);
  const { d: _private, key_ops: _operations, ...publicJwk } = jwk;
  const publicKey = await crypto.subtle.importKey('jwk', publicJwk, algorithm, true, ['verify']);
  return { privateKey, publicKey, text: toBase64Url(await crypto.subtle.exportKey('raw', publicKey)) };
}

async function signText(text, keys) {
  const signature = await crypto.subtle.sign(algorithm, keys.privateKey, new TextEncoder().encode(text));
  return { key: keys.text, keyId: keyIdOf(keys.text), signature: toBase64Url(signature) };
}

async function verifies(publicKey, signature, text) {
  try {
    const key = await crypto.subtle.importKey('raw', fromBase64Url(publicKey), algorithm, false, ['verify']);
    return await crypto.subtle.verify(algorithm, key, fromBase64Url(signature), new TextEncoder().encode(text));
  } catch {
    return false;
  }
}

/** The pinned keys of `updates-key` (space-separated), by role: unlabelled are content keys, `fresh:` ones freshness keys. */
export function pinnedKeys(text) {
  const keys = String(text).match(/\S+/g) ?? [];
  return {
    content: keys.filter((key) => !key.startsWith(freshnessLabel)),
    freshness: keys.filter((key) => key.startsWith(freshnessLabel)).map((key) => key.slice(freshnessLabel.length)),
  };
}

/** The keys the partnership's site publishes and partners pin (site.config.json signedContent.publicKeys). */
export function sitePinnedKeys(file = resolve(repositoryRoot, 'site.config.json')) {
  const keys = JSON.parse(readFileSync(file, 'utf8')).signedContent?.publicKeys;
  if (!keys) throw new ReleaseError('site.config.json names no signedContent.publicKeys: pin the content and freshness keys there first');
  return pinnedKeys([keys].flat().join(' '));
}

/** The content-signed file of the first form (envelope.ts), with `key` for the scripts that pin by key. */
export async function signContent(briefingText, topic, keys) {
  const signed = await signText(briefingText, keys);
  return { format: 1, topic, key: signed.key, keyId: signed.keyId, signature: signed.signature, briefing: briefingText };
}

/** The file with a freshness record over exactly its briefing text: its SHA-256, version and `expires`. */
export async function addFreshness(file, expires, keys) {
  const record = JSON.stringify({ topic: file.topic, version: JSON.parse(file.briefing).version, sha256: await sha256Text(file.briefing), expires });
  return { ...file, fresh: { ...(await signText(record, keys)), text: record } };
}

/**
 * A signed file's text, read: its envelope and briefing, if a content key of `contentKeys`
 * signed the briefing (by `key`, or by `keyId` for a file of the first form). Otherwise a
 * ReleaseError saying why, after `name`.
 */
export async function openRelease(text, contentKeys, name) {
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    throw new ReleaseError(`${name} is not a signed content file (not JSON)`);
  }
  const key = contentKeys.find((pinned) => pinned === file.key || keyIdOf(pinned) === file.keyId);
  if (!key) throw new ReleaseError(`${name} is not signed by a pinned content key (tried ${contentKeys.map(keyIdOf).join(', ') || 'none'})`);
  if (typeof file.briefing !== 'string' || !(await verifies(key, file.signature, file.briefing))) {
    throw new ReleaseError(`${name}: its content signature does not verify (tampered with?)`);
  }
  return { file, briefing: JSON.parse(file.briefing) };
}

/** The freshness record of a file, if a key of `freshnessKeys` signed it over exactly its briefing; otherwise undefined. */
export async function verifiedFreshness(file, freshnessKeys) {
  const fresh = file.fresh;
  if (!fresh || !freshnessKeys.includes(fresh.key) || !(await verifies(fresh.key, fresh.signature, fresh.text))) return undefined;
  const record = JSON.parse(fresh.text);
  return record.sha256 === (await sha256Text(file.briefing)) ? record : undefined;
}

/** `a` before `b`: below zero; the same: zero; after: above zero (plain MAJOR.MINOR.PATCH). */
export function compareVersions(a, b) {
  const [x, y] = [a, b].map((version) => String(version).split('.').map(Number));
  return [0, 1, 2].map((index) => x[index] - y[index]).find((difference) => difference !== 0) ?? 0;
}

/** `reviewed` plus twelve months; 29 February gives 28 February (review.ts, `defaultReviewDue`). */
export function reviewDueAfter(reviewed) {
  const [year, month, day] = reviewed.split('-').map(Number);
  const sameDay = new Date(Date.UTC(year + 1, month - 1, day));
  return (sameDay.getUTCDate() === day ? sameDay : new Date(Date.UTC(year + 1, month, 0))).toISOString().slice(0, 10);
}

/** The `expires` instant `days` days after `now`, to the second, in UTC. */
export function expiresAfter(days, now = Date.now()) {
  return new Date(Math.floor((now + days * dayInMilliseconds) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** `--days N`: a whole number from 1 to 31. */
export function parseDays(text, fallback) {
  if (text === undefined) return fallback;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1 || days > longestDays) throw new ReleaseError(`--days must be a whole number from 1 to ${longestDays}, not "${text}"`);
  return days;
}

/**
 * The fields a fact lives in: a changed value under one of these is a changed fact (numbers,
 * dial strings, emails, links, hours, closed days, who a route or block names); any other
 * change is wording. Ids are facts too: a renamed contact changes what a page links to.
 */
const factFields = new Set(['phone', 'display', 'dial', 'email', 'href', 'officeHours', 'contactId', 'id', 'urgency', 'handle', 'hashtag', 'closedDays']);

/** The fields the release sets, never compared: they are what it writes. */
const releaseFields = new Set(['version', 'reviewed', 'reviewDue', 'expires']);

/** Every leaf of a JSON value, by path: `contacts[1].phone.dial` -> value. */
function leaves(value, path = '', into = new Map()) {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${path}[${index}]`, into));
  else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) leaves(item, path ? `${path}.${name}` : name, into);
  else into.set(path, value);
  // An empty list or object is a leaf of its own, so that emptying one is a change.
  if (value && typeof value === 'object' && Object.keys(value).length === 0) into.set(path, JSON.stringify(value));
  return into;
}

/**
 * What changed between the last release's briefing and the data: the paths, and whether a
 * fact changed. The written-out bank holidays (`closedDays.days`, `knownUntil`) follow from
 * the table, so they are left out; the release fields too.
 */
export function changesBetween(previous, data) {
  const strip = (briefing) => {
    const copy = structuredClone(briefing);
    for (const field of releaseFields) delete copy[field];
    if (copy.officeHours?.closedDays) {
      delete copy.officeHours.closedDays.days;
      delete copy.officeHours.closedDays.knownUntil;
    }
    return copy;
  };
  const [before, after] = [strip(previous), strip(data)].map((briefing) => leaves(briefing));
  const paths = [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path));
  const isFact = (path) => path.split(/[.[\]]+/).some((field) => factFields.has(field));
  return { paths, facts: paths.filter(isFact) };
}

/**
 * The release's `version`, `reviewed` and `reviewDue`, set by the release, not a person: a
 * changed fact raises the minor version, a wording fix the patch; `reviewed` is the day of the
 * release (UTC) and `reviewDue` twelve months after. With no last release, the data's own
 * version is the first. Throws when nothing changed, or the data's version is ahead of what
 * this rule gives (a person raised it: the major version is a developer's, in a pull request).
 */
export function nextRelease(previous, data, now = Date.now()) {
  const reviewed = new Date(now).toISOString().slice(0, 10);
  if (!previous) return { version: data.version, reviewed, reviewDue: reviewDueAfter(reviewed), change: 'first', paths: [] };
  const { paths, facts } = changesBetween(previous, data);
  if (paths.length === 0) throw new ReleaseError(`nothing to release: the data is the last release's (${previous.version})`);
  const [major, minor, patch] = previous.version.split('.').map(Number);
  let version = facts.length > 0 ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
  // A developer may raise the major version in the data (a change of shape): it is kept.
  if (compareVersions(data.version, version) > 0) version = data.version;
  return { version, reviewed, reviewDue: reviewDueAfter(reviewed), change: facts.length > 0 ? 'fact' : 'wording', paths: facts.length > 0 ? facts : paths };
}

/** Deep equality of two JSON values, whatever the order of their fields. */
export function sameJson(a, b) {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
  }
  return a === b;
}

/** Parses `--name value` pairs; anything else is a ReleaseError. */
export function parseOptions(argv, known) {
  const options = {};
  for (let index = 0; index < argv.length; index += 2) {
    const name = argv[index]?.replace(/^--/, '');
    if (!known.includes(name) || !argv[index].startsWith('--') || argv[index + 1] === undefined) {
      throw new ReleaseError(`unexpected argument "${argv[index]}"; expected ${known.map((option) => `--${option} <value>`).join(', ')}`);
    }
    options[name] = argv[index + 1];
  }
  return options;
}

/** A path given on the command line, from where the person ran it (npm run moves to the root). */
export function fromCaller(path) {
  return resolve(process.env.INIT_CWD || process.cwd(), path);
}

/** Reads a file a command was given, or says which and why not. */
export function readText(path, what) {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ReleaseError(`cannot read the ${what} ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
}

/** Runs a command: a ReleaseError prints one line, exit 1; in GitHub Actions also an error annotation. */
export function runRelease(name, main) {
  main(process.argv.slice(2)).catch((error) => {
    const message = error instanceof ReleaseError ? error.message : (error?.stack ?? String(error));
    console.error(`${name}: ${message}`);
    if (process.env.GITHUB_ACTIONS === 'true') console.log(`::error title=${name}::${message.split('\n')[0]}`);
    process.exitCode = 1;
  });
}
