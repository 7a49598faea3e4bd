// Fills the markers of a page template with the content package's facts, so that no page
// (demo, host page, test page) types a number of its own:
//   <safer-seven-x ...><!-- safer-seven:fallback --></safer-seven-x>
//       the tag's no-JavaScript fallback (fallbackHtml), at the tag's heading-level and topic;
//       for <safer-seven-quick-exit>, its link (quickExitFallbackHtml) to the tag's href
//   <safer-seven-x ...><!-- safer-seven:static --></safer-seven-x>
//       everything the tag shows, as static HTML (staticTagHtml), for a page that must read in full
//   <!-- safer-seven:text publisher.name -->
//       one text field of the briefing, escaped
// A marker that is not understood, or one that names a missing field or topic, throws.
// `content` is the built @safer-seven/content (packages/content/dist/index.js).

/** `html` with each of its lines indented by `indent`, to sit inside a tag. */
export function indented(html, indent) {
  return html
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');
}

function attribute(attributes, name) {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** A template with its markers filled in; `file` names it in errors. */
export function fillMarkers(content, template, file) {
  const briefingFor = (topic = content.defaultTopic) => {
    const result = content.getBriefing(topic);
    if (!result.ok) throw new Error(`${file}: unknown topic "${topic}" (known: ${result.knownTopics.join(', ')})`);
    return result.briefing;
  };
  const textField = (path) => {
    const value = path.split('.').reduce((object, key) => object?.[key], briefingFor());
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new Error(`${file}: the briefing has no text at "${path}"`);
    }
    return content.escapeHtml(String(value));
  };
  const filled = template
    .replace(
      /<(safer-seven-[a-z-]+)\b([^>]*)>([ \t]*\n?)([ \t]*)<!-- safer-seven:(fallback|static) -->\s*<\/\1>/g,
      (_match, tag, attributes, _newline, indent, kind) => {
        if (tag === 'safer-seven-quick-exit' && kind === 'fallback') {
          const link = content.quickExitFallbackHtml(attribute(attributes, 'href'));
          return `<${tag}${attributes}>\n${indent}${link}\n${indent.slice(2)}</${tag}>`;
        }
        if (!content.saferSevenTags.includes(tag)) throw new Error(`${file}: no such tag <${tag}>`);
        const briefing = briefingFor(attribute(attributes, 'topic'));
        const headingLevel = Number(attribute(attributes, 'heading-level') ?? 2);
        const render = kind === 'fallback' ? content.fallbackHtml : content.staticTagHtml;
        // The closing tag goes back to the opening tag's indentation, two spaces less.
        return `<${tag}${attributes}>\n${indented(render(briefing, tag, { headingLevel }), indent)}\n${indent.slice(2)}</${tag}>`;
      },
    )
    .replace(/<!-- safer-seven:text ([a-zA-Z.]+) -->/g, (_match, path) => textField(path));
  const leftover = /<!-- safer-seven:[^>]*-->/.exec(filled);
  if (leftover) throw new Error(`${file}: marker not understood: ${leftover[0]}`);
  return filled;
}
