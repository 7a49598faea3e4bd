// The embed pages' heights (demo/embed-heights.json) are measured, not guessed: they must have
// been measured on what the pages show now. The fingerprint covers the content, the templates
// and both stylesheets; test/demo/embed-heights.test.ts measures the pages again in the browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embedHeightsFingerprint, embedNames, embedWidths, heightWithMargin, readEmbedHeights } from '../../scripts/site/embeds.mjs';
import { content } from './content.mjs';

describe('demo/embed-heights.json', () => {
  const data = readEmbedHeights();

  it('was measured on the current content and styles', async () => {
    assert.ok(data, 'no demo/embed-heights.json: run npm run site:heights');
    assert.equal(data.fingerprint, await embedHeightsFingerprint(content), 'stale: run npm run site:heights, and commit demo/embed-heights.json');
  });

  it('holds every page at every width, each the measured height with its margin', () => {
    assert.deepEqual(data.widths, embedWidths);
    assert.deepEqual(Object.keys(data.pages).sort(), embedNames(content).sort());
    for (const name of embedNames(content)) {
      for (const width of embedWidths) {
        const measured = data.measured[name][width];
        assert.ok(Number.isInteger(measured) && measured > 100, `${name} at ${width}`);
        assert.equal(data.pages[name][width], heightWithMargin(measured), `${name} at ${width}`);
      }
    }
  });
});
