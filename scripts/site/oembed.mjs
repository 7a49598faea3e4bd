// The oEmbed answer of an embed page (site/embed/<part>.oembed.json), built as WordPress builds
// its own embeds: a <blockquote> that stands on its own, then the <iframe>.
//
// WordPress (wp_filter_oembed_result, wp-includes/embed.php) treats a discovered provider as
// untrusted: kses keeps only `<a href>`, a bare `<blockquote>` and some iframe attributes, then
// keeps the first blockquote and the iframe, gives both a secret, sandboxes the iframe, and,
// only when there was a blockquote, marks it `class="wp-embedded-content"` and hides the iframe
// until the frame speaks. That class is what makes WordPress load wp-embed.js on the page
// (wp_maybe_enqueue_oembed_host_js), and wp-embed.js is what resizes the frame to the height
// the page posts. Without the blockquote, the frame keeps the answer's height on every screen.
//
// So the blockquote holds, as text and links only (what survives kses): a link to the embed
// page, the publisher, the numbers the part shows (tel: links, as the content package writes
// them) and when they were checked. A WordPress reader sees it until the frame loads, and for
// good when it cannot load (no scripts, a blocked frame). Every other consumer (Ghost, and
// anything that puts the html in a page as it is) shows the frame: the blockquote carries
// `hidden`, which WordPress's kses removes along with every other attribute.
//
// Every sentence ends in punctuation, and a space (not a line break: WordPress strips those
// from oEmbed html) parts the <p>s, because kses removes the <p>s: in WordPress the lines run
// on as one paragraph.

/** Text for HTML: the content package's escaping, with the content module passed in. */
const textOf = (content, text) => content.escapeHtml(text);

/** A phone link exactly as the content package's fallback HTML writes it. */
function phoneLink(content, contact) {
  return contact.phone ? `<a href="${content.escapeHtml(content.telHref(contact.phone.dial))}">${textOf(content, contact.phone.display)}</a>` : '';
}

/** Ends a sentence with a full stop unless it ends in punctuation already. */
const sentence = (html) => (/[.:!?]$/.test(html) ? html : `${html}.`);

/** Point 7: the intro, then each reporting route with its number, menu option and hours. */
function reportingRoutesLines(content, briefing) {
  const section = content.sectionById(briefing, 'report-it');
  const block = section.body.find((candidate) => candidate.kind === 'reporting-routes');
  const lines = block ? [sentence(textOf(content, block.intro))] : [];
  for (const route of briefing.reportingRoutes) {
    const contact = content.contactById(briefing, route.contactId);
    let line = `${textOf(content, route.before)} ${phoneLink(content, contact)}`;
    if (contact.phone?.menuOption !== undefined) line += `, ${textOf(content, content.enGB.menuOption(contact.phone.menuOption))}`;
    if (contact.hoursText) line += ` (${textOf(content, contact.hoursText)})`;
    if (route.after) line += ` ${textOf(content, route.after)}`;
    lines.push(sentence(line));
  }
  return lines;
}

/** Point 6's contacts: each lead with its number and email address. */
function contactLines(content, briefing) {
  const section = content.sectionById(briefing, content.sectionOfTag['safer-seven-contacts']);
  return section.body
    .filter((block) => block.kind === 'contact')
    .map((block) => {
      const contact = content.contactById(briefing, block.contactId);
      const email = contact.email ? ` ${textOf(content, content.enGB.or)} <a href="mailto:${content.escapeHtml(contact.email)}">${textOf(content, contact.email)}</a>` : '';
      return sentence(`${textOf(content, block.lead)} ${phoneLink(content, contact)}${email}`);
    });
}

/** Point 5: the intro and the signs, as one sentence. */
function warningSignsLines(content, briefing) {
  const section = content.sectionById(briefing, content.sectionOfTag['safer-seven-warning-signs']);
  const block = section.body.find((candidate) => candidate.kind === 'warning-signs');
  return [`${textOf(content, block.intro)} ${briefing.warningSigns.map((sign) => textOf(content, sign)).join('; ')}.`];
}

/** What a part's blockquote says between its link and its checked date. */
function partLines(content, briefing, tag) {
  switch (tag) {
    case 'safer-seven-report-it':
      return reportingRoutesLines(content, briefing);
    case 'safer-seven-contacts':
      return contactLines(content, briefing);
    case 'safer-seven-warning-signs':
      return warningSignsLines(content, briefing);
    default:
      // The whole briefing: where to report and where to get help, the parts with numbers.
      return [...reportingRoutesLines(content, briefing), ...contactLines(content, briefing)];
  }
}

/**
 * The blockquote of a part's oEmbed answer: `<p>`s of text and `<a href>` links only, so that
 * what WordPress keeps reads the same without the `<p>`s.
 */
export function oembedBlockquote({ content, briefing, tag, title, pageUrl }) {
  const lines = [
    `<a href="${content.escapeHtml(pageUrl)}">${textOf(content, title)}</a>.`,
    sentence(textOf(content, content.enGB.publishedBy(briefing.publisher.name))),
    ...partLines(content, briefing, tag),
    textOf(content, content.enGB.checkedOn(briefing.reviewed, briefing.publisher.website.label)),
  ];
  return `<blockquote hidden>${lines.map((line) => `<p>${line}</p>`).join(' ')}</blockquote>`;
}

/**
 * One embed page's oEmbed 1.0 answer (`rich`): `html` is the blockquote, then `iframe`, the
 * page's iframe code (embeds.mjs's iframeHtml). `height` is that frame's height before the page
 * posts its own (the heights data's, at 768 px).
 */
export function oembedAnswer({ content, briefing, tag, title, pageUrl, publicUrl, iframe, height }) {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: `${briefing.publisher.name}: ${briefing.series}`,
    provider_url: publicUrl,
    html: oembedBlockquote({ content, briefing, tag, title, pageUrl }) + iframe,
    width: 768,
    height,
    // A day: a consumer (WordPress caches oEmbed answers in the post) asks again after it.
    cache_age: 86400,
  };
}
