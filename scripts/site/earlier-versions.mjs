// The versioned files of every earlier release, put back beside this build's: a snippet pins
// files/elements/<version>/ (and a partner's code may pin files/content/<version>/cse.json),
// and that address must keep working after the next release (CONTRACT.md, "The partnership's
// site"). A host that replaces the whole folder on each deploy, as GitHub Pages does, keeps
// nothing of the last one, so the Pages workflow runs this after `npm run site`:
//
//   node scripts/site/earlier-versions.mjs [site folder, default site/]
//
// Each earlier version comes from its npm release (`npm view` lists them, `npm pack` fetches
// one), so the files are exactly those published. A package not yet on npm has none: nothing
// to add. A folder the build already wrote (this release) is left as it is.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { dropInFiles, repositoryRoot } from './config.mjs';

const run = promisify(execFile);

/** What the site keeps of each package's release, from its dist/. */
export const versionedFiles = [
  {
    name: '@safer-seven/elements',
    folder: 'files/elements',
    files: [...dropInFiles, 'safer-seven.css'],
    withIntegrity: (file) => file.endsWith('.min.js'),
  },
  { name: '@safer-seven/content', folder: 'files/content', files: ['cse.json'], withIntegrity: () => false },
];

/** The npm client: the published versions of a package, and one version's tarball. */
export const npmClient = {
  async versions(name) {
    try {
      const { stdout } = await run('npm', ['view', name, 'versions', '--json']);
      return [JSON.parse(stdout)].flat();
    } catch (error) {
      if (/E404/.test(`${error.stdout}${error.stderr}`)) return [];
      throw error;
    }
  },
  async pack(name, version, destination) {
    const { stdout } = await run('npm', ['pack', `${name}@${version}`, '--pack-destination', destination, '--json']);
    return join(destination, JSON.parse(stdout)[0].filename);
  },
};

const sriOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Adds each earlier release's files to `siteDir`; returns the folders added (`files/elements/0.1.0`). */
export async function addEarlierVersions({ siteDir = join(repositoryRoot, 'site'), npm = npmClient } = {}) {
  const added = [];
  const work = mkdtempSync(join(tmpdir(), 'safer-seven-versions-'));
  try {
    for (const pkg of versionedFiles) {
      for (const version of await npm.versions(pkg.name)) {
        const target = join(siteDir, pkg.folder, version);
        if (existsSync(target)) continue;
        const unpacked = join(work, `${pkg.folder.replace('/', '-')}-${version}`);
        mkdirSync(unpacked, { recursive: true });
        await run('tar', ['-xzf', await npm.pack(pkg.name, version, work), '-C', unpacked]);
        const dist = join(unpacked, 'package/dist');
        const present = pkg.files.filter((file) => existsSync(join(dist, file)));
        if (present.length === 0) continue;
        mkdirSync(target, { recursive: true });
        for (const file of present) {
          cpSync(join(dist, file), join(target, file));
          if (!pkg.withIntegrity(file)) continue;
          // The release's own SRI file when it has one (it must match), else the file's hash.
          const integrity = sriOf(readFileSync(join(dist, file)));
          const published = join(dist, `${file}.sri.txt`);
          if (existsSync(published) && readFileSync(published, 'utf8').trim() !== integrity) {
            throw new Error(`earlier-versions: ${pkg.name}@${version} ${file}.sri.txt does not match ${file}`);
          }
          writeFileSync(join(target, `${file}.sri.txt`), `${integrity}\n`);
        }
        added.push(`${pkg.folder}/${version}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return added;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const siteDir = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const added = await addEarlierVersions({ siteDir });
  console.log(`earlier-versions: ${added.length ? added.join(', ') : 'no earlier release on npm'}`);
}
