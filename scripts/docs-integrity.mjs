// `npm run docs:integrity`: writes the current drop-in bundle's version and integrity hash
// into the embed snippets of README.md and docs/embedding.md, so that a partner who pastes
// one gets a script the browser verifies. Not part of the build: a build that rewrote tracked
// docs would hide a stale snippet from CI, so test/node/docs-integrity.test.mjs fails instead
// when a snippet differs from dist/safer-seven.min.js.sri.txt. Run it after any change to the
// bundle (it builds first), and commit the docs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The documents that show partners the embed snippet. */
export const documentsWithSnippet = ['README.md', 'docs/embedding.md'];

/**
 * The snippet's `<script src="…/files/elements/<version>/<file>.min.js" integrity="…">` (the
 * partnership's site, the default) or `…@<version>/dist/<file>.min.js` (the CDN, an opt-in),
 * for each drop-in file: the main one, the one with signed updates and the quick exit.
 */
const snippet = /(cdn\.jsdelivr\.net\/npm\/@safer-seven\/elements@|\/files\/elements\/)(\d[^/"]*)(\/(?:dist\/)?)(safer-seven[\w-]*\.min\.js)("\s+integrity=")([^"]*)(")/g;
/** Any other link to a file of a published version, such as its .sri.txt. */
const versionedUrl = /(cdn\.jsdelivr\.net\/npm\/@safer-seven\/elements@|\/files\/elements\/)(\d[^/"\s]*)(\/)/g;

/** The version of the drop-in files in packages/elements/dist (build first), and each one's hash. */
export function currentBundle() {
  return {
    version: JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).version,
    integrity: readFileSync(join(root, 'packages/elements/dist/safer-seven.min.js.sri.txt'), 'utf8').trim(),
    integrityOf: (file) => readFileSync(join(root, 'packages/elements/dist', `${file}.sri.txt`), 'utf8').trim(),
  };
}

/** How many embed snippets `text` holds. */
export const snippetCount = (text) => [...text.matchAll(snippet)].length;

/** `text` with every snippet and versioned URL naming the current bundle. */
export function withCurrentBundle(text, { version, integrityOf }) {
  return text
    .replace(snippet, (_, cdn, _version, dist, file, attribute, _integrity, end) => `${cdn}${version}${dist}${file}${attribute}${integrityOf(file)}${end}`)
    .replace(versionedUrl, (_, cdn, _version, slash) => `${cdn}${version}${slash}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bundle = currentBundle();
  for (const document of documentsWithSnippet) {
    const path = join(root, document);
    const text = readFileSync(path, 'utf8');
    const updated = withCurrentBundle(text, bundle);
    if (snippetCount(text) === 0) throw new Error(`${document} holds no embed snippet to update`);
    if (updated !== text) writeFileSync(path, updated);
    console.log(`docs:integrity: ${document} ${updated === text ? 'already had' : 'now has'} ${bundle.version}, ${bundle.integrity}`);
  }
}
