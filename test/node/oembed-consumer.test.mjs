// A real oEmbed consumer from the npm registry, unfurl.js, which finds a page's oEmbed answer
// from the page's own address (the discovery link, as WordPress does), turns each embed page's
// address into its html: the blockquote for WordPress, hidden, then the page's iframe. The
// embed pages are built for the address this test serves them at.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unfurl } from 'unfurl.js';
import { serveSite } from '../../scripts/serve-site.mjs';
import { embedNames, writeEmbedPages } from '../../scripts/site/embeds.mjs';
import { content, embedTestFiles } from './content.mjs';

const siteDir = mkdtempSync(join(tmpdir(), 'safer-seven-oembed-consumer-'));
let server;
let publicUrl;
let pages;

before(async () => {
  server = await serveSite({ dir: siteDir, port: 0, hostname: '127.0.0.1' });
  publicUrl = `http://127.0.0.1:${server.address().port}/`;
  pages = await writeEmbedPages({ siteDir, content, briefing: content.cse, files: embedTestFiles, config: { publicUrl } });
});
after(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(siteDir, { recursive: true, force: true });
});

describe('unfurl.js, given an embed page\'s address', () => {
  it('finds its oEmbed answer and gets the page\'s own iframe, for every page', async () => {
    assert.equal(pages.length, embedNames(content).length);
    for (const page of pages) {
      const address = `${publicUrl}embed/${page.name}.html`;
      const result = await unfurl(address, { oembed: true, follow: 0 });
      assert.equal(result.oEmbed?.type, 'rich', page.name);
      assert.equal(result.oEmbed.title, page.title);
      assert.equal(result.title, page.title);
      // The blockquote WordPress needs, hidden from a consumer that puts the html in as it is, then the iframe.
      assert.match(result.oEmbed.html, new RegExp(`^<blockquote hidden>.*</blockquote><iframe src="${address.replaceAll('.', '\\.')}" title="[^"]+" width="100%" height="\\d+" frameborder="0"></iframe>$`, 's'));
    }
  });
});
