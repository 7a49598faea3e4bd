// Server-side rendering (Eleventy, Astro, Next, @lit-labs/ssr) imports the packages in plain
// Node, where there is no `document`, `window` or `CSSStyleSheet`: every built module of both
// packages must import there without throwing. Run after the build (`npm test` builds first).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const root = new URL('../../', import.meta.url).pathname;

/** Every `.js` file under `dir`, as a path relative to the repository root. */
function modulesUnder(dir) {
  return readdirSync(join(root, dir), { recursive: true })
    .filter((file) => file.endsWith('.js'))
    .map((file) => relative(root, join(root, dir, file)))
    .sort();
}

for (const dist of ['packages/content/dist', 'packages/elements/dist']) {
  describe(`every module of ${dist} in plain Node`, () => {
    const modules = modulesUnder(dist);

    it('has modules to import (the build ran)', () => {
      assert.ok(modules.length > 0, `${dist} holds no .js files: run npm run build first`);
    });

    for (const module of modules) {
      it(`imports ${module} without throwing`, async () => {
        await import(pathToFileURL(join(root, module)).href);
      });
    }
  });
}

describe('the define modules in plain Node', () => {
  it('register the four tags with the server DOM shim, so a server render can find them', async () => {
    await import(pathToFileURL(join(root, 'packages/elements/dist/safer-seven.js')).href);
    for (const tag of ['safer-seven-briefing', 'safer-seven-warning-signs', 'safer-seven-report-it', 'safer-seven-contacts']) {
      assert.equal(typeof customElements.get(tag), 'function', `${tag} is not registered`);
    }
  });

  it('give each tag its stylesheet as text a server can write into the shadow root', async () => {
    const { SaferSevenReportIt } = await import(pathToFileURL(join(root, 'packages/elements/dist/index.js')).href);
    const [sheet] = SaferSevenReportIt.elementStyles;
    assert.match(sheet.cssText, /:host\s*\{/);
  });
});
