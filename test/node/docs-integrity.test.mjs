// The README and the guide show partners a snippet to paste: its integrity hash must be the
// current bundle's, or the browser refuses the script (`npm run docs:integrity` writes it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { currentBundle, documentsWithSnippet, snippetCount, withCurrentBundle } from '../../scripts/docs-integrity.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the embed snippet in the docs', () => {
  for (const document of documentsWithSnippet) {
    it(`${document} carries the current bundle's version and integrity hash`, () => {
      assert.ok(existsSync(join(root, 'packages/elements/dist/safer-seven.min.js.sri.txt')), 'build first: npm run build');
      const text = readFileSync(join(root, document), 'utf8');
      assert.ok(snippetCount(text) > 0, `${document} holds no embed snippet`);
      const expected = withCurrentBundle(text, currentBundle());
      assert.ok(text === expected, `${document} does not match dist/safer-seven.min.js.sri.txt: run npm run docs:integrity`);
    });
  }

  it('leaves no placeholder integrity value in any document or page', () => {
    const files = execFileSync('git', ['ls-files', '*.md', '*.html'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    // A real value is base64; `sha384-…` or `sha384-(the value …)` is not, and pasted as is
    // Chromium logs a parse error and runs the script unverified.
    const placeholders = files.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/sha384-(?![A-Za-z0-9+/]{64})\S{0,20}/g)].map((match) => `${file}: ${match[0]}`),
    );
    assert.deepEqual(placeholders, []);
  });
});
