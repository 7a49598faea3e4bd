// The embed pages' heights (demo/embed-heights.json) are measured, not guessed: they must have
// been measured on what the pages show now. The fingerprint covers the content, the templates
// and both stylesheets; test/demo/embed-heights.test.ts measures the pages again in the browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { embedHeightsFingerprint, embedNames, embedWidths, heightWithMargin, iframeHtml, readEmbedHeights } from '../../scripts/site/embeds.mjs';
import { titleOf } from '../../scripts/site/pages.mjs';
import { content, repositoryRoot } from './content.mjs';

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
        // For hosts that never resize: the same shape, measured at 200% text, never less.
        const large = data.measuredLargeText[name][width];
        assert.equal(data.pagesLargeText[name][width], heightWithMargin(large), `${name} at ${width}, large text`);
        assert.ok(large >= measured, `${name} at ${width}: ${large} px at 200% text, ${measured} px at the default`);
      }
    }
    assert.deepEqual(Object.keys(data.pagesLargeText).sort(), Object.keys(data.pages).sort());
  });
});

describe('what docs/embedding.md says of the heights', () => {
  const data = readEmbedHeights();
  const guide = readFileSync(join(repositoryRoot, 'docs/embedding.md'), 'utf8');

  it('the whole briefing is taller than WordPress\'s 1000 px at every width; each other part fits it at 320 px', () => {
    assert.match(guide, /the whole briefing is taller than 1000 pixels at every width/);
    for (const width of embedWidths) assert.ok(data.measured.briefing[width] > 1000, `briefing at ${width}`);
    for (const part of ['report-it', 'warning-signs', 'contacts']) assert.ok(data.measured[part][320] <= 1000, part);
  });

  it('the SharePoint example is the builder\'s default iframe code, height included', () => {
    const expected = iframeHtml({
      src: "https://(the partnership's site)/embed/report-it.html",
      title: titleOf(content, content.cse, 'safer-seven-report-it'),
      // The builder's iframe code is sized for large text (the compact heights until measured).
      height: (data.pagesLargeText ?? data.pages)['report-it'][320],
    });
    assert.ok(guide.includes(expected), `docs/embedding.md should show ${expected}`);
  });
});
