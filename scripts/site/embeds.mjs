// The iframe embed pages: site/embed/<part>.html, one element with its no-JavaScript
// fallback and no page chrome, made to sit in a partner's iframe. Heading level 2, the tags'
// default: the frame sits inside a partner page that has its own h1.
import { join } from 'node:path';
import { fillMarkers } from '../page-markers.mjs';
import { page, partOf, relativeUrl, titleOf, write } from './pages.mjs';

/**
 * Writes the embed pages into `siteDir`; `files.bundle` is the drop-in's path inside the site.
 * Returns the paths written, inside the site.
 */
export function writeEmbedPages({ siteDir, content, briefing, files }) {
  const written = [];
  for (const tag of content.saferSevenTags) {
    const path = `embed/${partOf(tag)}.html`;
    write(
      join(siteDir, path),
      page({
        content,
        title: titleOf(content, briefing, tag),
        stylesheet: relativeUrl(path, 'assets/embed.css'),
        head: `\n    <script src="${relativeUrl(path, files.bundle)}" defer></script>`,
        body: fillMarkers(content, `<main>\n  <${tag}>\n    <!-- safer-seven:fallback -->\n  </${tag}>\n</main>`, path),
      }),
    );
    written.push(path);
  }
  return written;
}
