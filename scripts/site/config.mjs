// site.config.json, the one committed config of the partnership's site (docs/hosting.md):
//   publicUrl      the site's public address: absolute, http(s), ends in "/". Only what must be
//                  absolute uses it (oEmbed JSON, discovery links, snippets); every link
//                  inside the site stays relative. SAFER_SEVEN_SITE_URL overrides it.
//   dropIn         where snippets load the drop-in from: "site" (the default: this site's own
//                  files/elements/<version>/ copy, so a reader loads nothing from a third
//                  party) or "cdn" (jsDelivr, the exact version: an explicit opt-in that works
//                  only once that exact version is published on npm)
//   signedContent  optional, once the partnership has released a signed file:
//                  { "url": the address partners' `updates` attribute names (default
//                    "content/cse.signed.json", this site's copy; relative = against publicUrl),
//                    "publicKeys": [the 87-character keys, the current content key first, each
//                    freshness key labelled "fresh:<key>" (docs/trust-model.md)],
//                    "file": the released file, in the repository (default
//                    packages/content/dist/signed/cse.signed.json, where npm run
//                    content:release writes it, npm run site keeps it across the packages'
//                    build, and the Pages workflow carries the published one; a committed
//                    copy may be named here instead) }
//                  The build copies the file to content/cse.signed.json and the keys to
//                  content/public-key.txt, and stops if the file is not there.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repositoryRoot = new URL('../..', import.meta.url).pathname;

/** The drop-in files, each published with its .sri.txt under files/elements/<version>/. */
export const dropInFiles = ['safer-seven.min.js', 'safer-seven-updates.min.js', 'safer-seven-quick-exit.min.js'];

/** A mistake in the config: the build stops and says which field and why. */
export class SiteConfigError extends Error {}

function publicUrlFrom(value, source) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new SiteConfigError(`${source}: "${value}" is not an absolute address (for example https://example.org/safer-seven/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SiteConfigError(`${source}: "${value}" must start with https: (or http:)`);
  if (!url.pathname.endsWith('/') || url.search || url.hash) throw new SiteConfigError(`${source}: "${value}" must end in "/" (the site's folder), with no ? or #`);
  return url.href;
}

/** The config, checked; `env` may override the public address. */
export function readSiteConfig({ file = join(repositoryRoot, 'site.config.json'), env = process.env } = {}) {
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const publicUrl = env.SAFER_SEVEN_SITE_URL
    ? publicUrlFrom(env.SAFER_SEVEN_SITE_URL, 'SAFER_SEVEN_SITE_URL')
    : publicUrlFrom(raw.publicUrl, 'site.config.json publicUrl');
  const dropIn = raw.dropIn ?? 'site';
  if (dropIn !== 'cdn' && dropIn !== 'site') throw new SiteConfigError(`site.config.json dropIn: "${dropIn}" must be "site" or "cdn"`);
  let signedContent;
  if (raw.signedContent !== undefined && raw.signedContent !== null) {
    const { url = 'content/cse.signed.json', publicKeys, file: released = 'packages/content/dist/signed/cse.signed.json' } = raw.signedContent;
    if (typeof released !== 'string' || !released) throw new SiteConfigError('site.config.json signedContent.file: must be a path in the repository');
    if (typeof url !== 'string' || !url) throw new SiteConfigError('site.config.json signedContent.url: must be the address of the signed file');
    const keys = Array.isArray(publicKeys) ? publicKeys : [publicKeys];
    const bad = keys.find((key) => typeof key !== 'string' || !/^(fresh:)?[\w-]{87}$/.test(key));
    if (bad !== undefined || keys.length === 0) {
      throw new SiteConfigError(`site.config.json signedContent.publicKeys: each key is 87 letters, digits, - and _ (as npm run content:keys prints it), a freshness key after fresh:`);
    }
    const absolute = new URL(url, publicUrl).href;
    if (!absolute.startsWith('https:') && !absolute.startsWith(new URL(publicUrl).origin)) {
      throw new SiteConfigError(`site.config.json signedContent.url: "${url}" must be https:`);
    }
    signedContent = { url: absolute, publicKeys: keys, file: resolve(repositoryRoot, released) };
  }
  return { publicUrl, dropIn, signedContent };
}
