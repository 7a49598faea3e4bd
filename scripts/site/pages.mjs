// What the site's generated pages share: writing a file, the page frame, a tag's title and
// part name, and the relative address from one page of the site to another file of it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { indented } from '../page-markers.mjs';

export function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** `safer-seven-report-it` -> `report-it`: the name in the site's addresses (and the shortcode's). */
export const partOf = (tag) => tag.replace(/^safer-seven-/, '');

/**
 * The address of `target` as written in the page at `from`, both paths inside site/
 * (`embed/report-it.html`, `files/elements/0.1.0/safer-seven.min.js`): always relative.
 */
export function relativeUrl(from, target) {
  const path = posix.relative(posix.dirname(from), target);
  return path === '' ? './' : path;
}

/** A generated page: the page's own words are the briefing's, the rest is the frame; every page says what it is (`description`). */
export function page({ content, title, description, stylesheet, head = '', body }) {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${content.escapeHtml(title)}</title>
    <meta name="description" content="${content.escapeHtml(description)}" />
    <link rel="stylesheet" href="${stylesheet}" />${head}
  </head>
  <body>
${indented(body, '    ')}
  </body>
</html>
`;
}

/** The title a tag's pages carry: its point's title, or the briefing's. */
export function titleOf(content, briefing, tag) {
  if (tag === 'safer-seven-briefing') return `${briefing.series}: ${briefing.title}`;
  const section = content.sectionById(briefing, content.sectionOfTag[tag]);
  return `${section.title} - ${briefing.series}: ${briefing.shortTitle}`;
}
