// The embed-code builder. It writes the three ways a partner can paste: the script snippet,
// the iframe code and the page address (oEmbed), each with a preview made from exactly that
// text, so no preview can drift from what is copied. The snippet's preview puts the snippet
// (minus its script tag: the page already has the bundle) into the page; the iframe's is that
// iframe, sandboxed; the address's is the iframe its oEmbed JSON names, as WordPress shows it.
// Every fact comes from the content package; the drop-in's address and integrity from
// assets/bundle-info.json, the embed pages' addresses, titles and measured heights from
// assets/embeds.json (both written by npm run site).
import {
  bankHolidaysOf,
  cse as briefing,
  escapeHtml,
  fallbackHtml,
  quickExitFallbackHtml,
  routeAt,
  saferSevenTags,
  sectionById,
  sectionOfTag,
} from '@safer-seven/content';

const form = document.querySelector('#builder');
const componentsFieldset = document.querySelector('#components');
const timeFieldset = document.querySelector('#preview-time');
const headingLevelSelect = document.querySelector('#heading-level');
const accentInput = document.querySelector('#accent');
const accentReset = document.querySelector('#accent-reset');
const accentContrast = document.querySelector('#accent-contrast');
const pinNow = document.querySelector('#pin-now');
const updatesOn = document.querySelector('#updates-on');
const updatesProblem = document.querySelector('#updates-problem');
const prerenderedInput = document.querySelector('#prerendered');
const quickExit = document.querySelector('#quick-exit');
const preview = document.querySelector('#preview');
const snippetBox = document.querySelector('#snippet');
const copyStatus = document.querySelector('#copy-status');
const frameWidthSelect = document.querySelector('#frame-width');
const iframeBox = document.querySelector('#iframe-code');
const iframePreview = document.querySelector('#iframe-preview');
const addressBox = document.querySelector('#page-address');
const addressPreview = document.querySelector('#address-preview');

const bundle = await fetch('assets/bundle-info.json').then((response) => {
  if (response.ok) return response.json();
  copyStatus.textContent = 'The site is not built: run npm run site, then reload.';
  throw new Error(`builder: no assets/bundle-info.json (${response.status}); run npm run site`);
});
const embeds = await fetch('assets/embeds.json').then((response) => {
  if (response.ok) return response.json();
  throw new Error(`builder: no assets/embeds.json (${response.status}); run npm run site`);
});
await Promise.all(saferSevenTags.map((tag) => customElements.whenDefined(tag)));

// The partnership's own signed file and key(s), when site.config.json names them: the fields
// start with them, so a partner who ticks the box need copy nothing from elsewhere.
if (bundle.signedContent) {
  document.querySelector('#updates-url').value = bundle.signedContent.url;
  document.querySelector('#updates-key').value = bundle.signedContent.publicKeys.join(' ');
}

// ---- Preview times, from the office hours and the bank holidays ---------------------------

const hours = briefing.officeHours;
const minutesOf = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const isoWeekday = (date) => new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
const addDays = (date, days) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const holidayOn = (date) => bankHolidaysOf(hours.closedDays, Number(date.slice(0, 4))).find((holiday) => holiday.date === date);

/** The zone's offset from UTC at an instant, as ISO 8601 wants it: `+01:00`. */
function offsetAt(epochMilliseconds) {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: hours.timeZone, timeZoneName: 'longOffset' })
    .formatToParts(epochMilliseconds)
    .find((part) => part.type === 'timeZoneName').value;
  return /[+-]\d{2}:\d{2}/.exec(name)?.[0] ?? '+00:00';
}

/** An ISO instant for a wall-clock time in the office's zone (daytime: no clock change near). */
function instantAt(date, minutes) {
  const local = `${date}T${clock(minutes)}:00`;
  return `${local}${offsetAt(Date.parse(`${local}Z`))}`;
}

function firstDateFrom(start, test) {
  for (let days = 0; days < 366; days += 1) {
    const date = addDays(start, days);
    if (test(date)) return date;
  }
  return start;
}

/** Weekday daytime, evening, weekend and bank holiday, from today on; plus the clock. */
function previewTimes() {
  const today = routeAt(hours, Date.now()).localDate;
  const midday = Math.round((minutesOf(hours.opens) + minutesOf(hours.closes)) / 2 / 60) * 60;
  const evening = minutesOf(hours.closes) + 120;
  const workday = firstDateFrom(today, (date) => hours.weekdays.includes(isoWeekday(date)) && !holidayOn(date));
  const weekend = firstDateFrom(today, (date) => !hours.weekdays.includes(isoWeekday(date)));
  // Bank holidays by the rule and the data's overrides, in any year.
  const holiday = holidayOn(firstDateFrom(today, holidayOn));
  return [
    { id: 'clock', label: 'Now, by the clock', now: undefined },
    { id: 'weekday-daytime', label: 'Weekday daytime', now: instantAt(workday, midday) },
    { id: 'weekday-evening', label: 'Weekday evening', now: instantAt(workday, evening) },
    { id: 'weekend', label: 'Weekend', now: instantAt(weekend, midday) },
    { id: 'bank-holiday', label: `Bank holiday (${holiday.name})`, now: instantAt(holiday.date, midday) },
  ];
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: hours.timeZone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

// ---- The form ---------------------------------------------------------------------------

function choice(type, name, value, label, hint, checked) {
  const id = `${name}-${value}`;
  const row = document.createElement('div');
  row.className = 'choice';
  const input = Object.assign(document.createElement('input'), { type, name, value, id, checked });
  const labelElement = Object.assign(document.createElement('label'), { htmlFor: id, textContent: label });
  if (hint) {
    const hintElement = Object.assign(document.createElement('span'), { className: 'hint', textContent: hint });
    labelElement.append(hintElement);
  }
  row.append(input, labelElement);
  return row;
}

function tagLabel(tag) {
  return tag === 'safer-seven-briefing'
    ? `The whole briefing (${briefing.sections.length} points)`
    : `${sectionById(briefing, sectionOfTag[tag]).title}`;
}

for (const tag of saferSevenTags) {
  componentsFieldset.append(choice('checkbox', 'component', tag, tagLabel(tag), `<${tag}>`, tag === 'safer-seven-report-it'));
}
const times = previewTimes();
for (const time of times) {
  const hint = time.now ? dateFormat.format(Date.parse(time.now)) : undefined;
  timeFieldset.append(choice('radio', 'time', time.id, time.label, hint, time.id === 'clock'));
}

/** What the form says now. */
function readForm() {
  const data = new FormData(form);
  return {
    tags: data.getAll('component'),
    headingLevel: Number(data.get('heading-level')),
    accent: accentInput.value,
    now: times.find((time) => time.id === data.get('time'))?.now,
    pinNow: pinNow.checked,
    prerendered: prerenderedInput.checked,
    updates: checkedUpdates(updatesOn.checked, String(data.get('updates-url')).trim(), String(data.get('updates-key')).trim()),
    quickExit: quickExit.checked,
    frameWidth: Number(frameWidthSelect.value),
  };
}

/**
 * The signed-updates choice, when both fields are right: an https: address and one or two keys
 * of 87 base64url characters (a raw P-256 public key each). Otherwise no attributes, and a line that says why.
 */
function checkedUpdates(wanted, url, key) {
  let problem = '';
  let origin = '';
  if (!wanted) {
    updatesProblem.textContent = '';
    return undefined;
  }
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') problem = 'The address must start with https:.';
    origin = parsed.origin;
  } catch {
    problem = 'Enter the address of the signed file, starting with https:.';
  }
  // One key, or two (space-separated) while the partnership moves to a new one.
  if (!problem && !/^(fresh:)?[\w-]{87}( (fresh:)?[\w-]{87}){0,3}$/.test(key)) {
    problem = 'Enter the public keys as the partnership publishes them: the content key, 87 letters, digits, - and _, then the freshness key after fresh: (with a space between them).';
  }
  updatesProblem.textContent = problem;
  return problem ? undefined : { url, key, origin };
}

/** Pre-rendered markup by `<tag>.h<level>`, as `npm run site` wrote it (scripts/prerender.mjs). */
const prerenderedMarkup = new Map();

/** Fetches the pre-rendered markup the state needs, once each; its stylesheet link points at the CDN. */
async function loadPrerendered(state) {
  if (!state.prerendered) return;
  await Promise.all(
    state.tags.map(async (tag) => {
      const name = `${tag}.h${state.headingLevel}`;
      if (prerenderedMarkup.has(name)) return;
      const response = await fetch(`assets/prerendered/${name}.link.html`);
      if (!response.ok) throw new Error(`builder: no pre-rendered ${name} (${response.status}); run npm run site`);
      prerenderedMarkup.set(name, (await response.text()).trim().replace(bundle.stylesheetLocalUrl, bundle.stylesheetUrl));
    }),
  );
}

// ---- The snippet ------------------------------------------------------------------------

/** Whether an element takes the `now` attribute, asked of the element itself. */
const takesNow = (tag) => customElements.get(tag).elementProperties.has('now');
const indent = (text, spaces) => text.replace(/^(?=.)/gm, ' '.repeat(spaces));
let defaultAccent = '';

/** The snippet for a state; `withNow` writes the preview time in even when not pinned. */
function snippetFor(state, { withNow = state.pinNow, withUpdates = true } = {}) {
  // `url`: the CDN's or the site's own copy, as site.config.json's `dropIn` says.
  const scriptTag = ({ url, integrity }) => `<script src="${url}" integrity="${integrity}" crossorigin="anonymous" defer></script>`;
  const updates = withUpdates && state.tags.length ? state.updates : undefined;
  // Signed updates live in their own drop-in file (the main one stays within its budget).
  const lines = [scriptTag(updates ? bundle.updates : bundle)];
  // The quick exit first in the snippet: a partner pastes it near the top of the page.
  if (state.quickExit) {
    lines.push(scriptTag(bundle.quickExit));
    lines.push(`<safer-seven-quick-exit>\n  ${quickExitFallbackHtml()}\n</safer-seven-quick-exit>`);
  }
  if (updates) {
    lines.unshift(`<!-- If your site sends a Content-Security-Policy, add: connect-src ${updates.origin} -->`);
  }
  if (state.tags.length && defaultAccent && state.accent !== defaultAccent) {
    lines.push(`<style>\n  ${state.tags.join(',\n  ')} {\n    --safer-seven-accent: ${state.accent};\n  }\n</style>`);
  }
  for (const tag of state.tags) {
    // Pre-rendered markup has no `now`: a server render claims nothing about the hour.
    if (state.prerendered) {
      lines.push(prerenderedMarkup.get(`${tag}.h${state.headingLevel}`));
      continue;
    }
    let attributes = ` heading-level="${state.headingLevel}"`;
    if (withNow && state.now && takesNow(tag)) attributes += ` now="${escapeHtml(state.now)}"`;
    if (updates) attributes += ` updates="${escapeHtml(updates.url)}" updates-key="${escapeHtml(updates.key)}"`;
    const fallback = fallbackHtml(briefing, tag, { headingLevel: state.headingLevel });
    lines.push(`<${tag}${attributes}>\n${indent(fallback, 2)}\n</${tag}>`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The preview: the snippet itself, without its script tag, parsed inertly then adopted. The
 * site's policy allows no inline <style>, so the snippet's accent rule is set on the preview
 * through the CSSOM instead (the custom property inherits into the elements the same way).
 */
function showPreview(state) {
  const template = document.createElement('template');
  // Without updates: the preview fetches nothing.
  template.innerHTML = snippetFor(state, { withNow: true, withUpdates: false });
  for (const script of template.content.querySelectorAll('script')) script.remove();
  for (const style of template.content.querySelectorAll('style')) style.remove();
  if (defaultAccent && state.accent !== defaultAccent) preview.style.setProperty('--safer-seven-accent', state.accent);
  else preview.style.removeProperty('--safer-seven-accent');
  preview.replaceChildren(document.importNode(template.content, true));
  return Promise.all([...preview.children].filter((element) => element.localName.startsWith('safer-seven-')).map((element) => element.updateComplete));
}

// ---- The iframe code and the page address ----------------------------------------------

/** An embed page by tag and heading level, as assets/embeds.json lists it. */
function embedPageOf(tag, headingLevel) {
  const name = `${tag.replace(/^safer-seven-/, '')}${headingLevel === 2 ? '' : `.h${headingLevel}`}`;
  return { name, ...embeds.pages[name] };
}

/** What an attribute value may hold, escaped. */
const attribute = (text) => String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * One iframe per tag: the embed page by its absolute address, its title, the full width of
 * its column and the height measured for that width (demo/embed-heights.json). The same
 * attributes as the oEmbed JSON's iframe (scripts/site/embeds.mjs), which WordPress keeps.
 */
function iframeCodeFor(state, { withNow = state.pinNow } = {}) {
  return state.tags
    .map((tag) => {
      const page = embedPageOf(tag, state.headingLevel);
      const now = withNow && state.now && takesNow(tag) ? `?now=${encodeURIComponent(state.now)}` : '';
      return `<iframe src="${attribute(page.url + now)}" title="${attribute(page.title)}" width="100%" height="${page.heights[state.frameWidth]}" frameborder="0"></iframe>`;
    })
    .join('\n');
}

/** The page addresses to paste where a host takes a URL, one a line. */
const addressesFor = (state) => state.tags.map((tag) => embedPageOf(tag, state.headingLevel).url).join('\n');

/** The site's own copy of an absolute embed address: the preview shows the page this site serves. */
const localAddress = (absolute) => absolute.replace(embeds.publicUrl, '');

/** The iframe code's preview: those iframes, sandboxed as SharePoint and WordPress do, at their height. */
function showIframePreview(state) {
  const template = document.createElement('template');
  template.innerHTML = iframeCodeFor(state, { withNow: true });
  for (const frame of template.content.querySelectorAll('iframe')) {
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.src = localAddress(frame.getAttribute('src'));
  }
  iframePreview.replaceChildren(document.importNode(template.content, true));
}

/** WordPress's secret: ten letters and digits (wp_generate_password( 10, false )). */
function wordPressSecret() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => letters[byte % letters.length]).join('');
}

/** oEmbed answers by address, fetched once each. */
const oembedAnswers = new Map();

/**
 * The address's preview: the iframe its oEmbed JSON names, changed as WordPress changes an
 * untrusted provider's (wp_filter_oembed_result: `sandbox="allow-scripts"`, a secret on the
 * address), and resized as wp-embed.js resizes it: on `{ message: 'height' }` with its
 * secret, to the value kept between 200 and 1000.
 */
async function showAddressPreview(state) {
  const frames = await Promise.all(
    state.tags.map(async (tag) => {
      const page = embedPageOf(tag, state.headingLevel);
      if (!oembedAnswers.has(page.oembed)) {
        oembedAnswers.set(page.oembed, fetch(localAddress(page.oembed)).then((response) => response.json()));
      }
      const template = document.createElement('template');
      template.innerHTML = (await oembedAnswers.get(page.oembed)).html;
      const frame = template.content.querySelector('iframe');
      const secret = wordPressSecret();
      frame.className = 'wp-embedded-content';
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.setAttribute('security', 'restricted');
      frame.dataset.secret = secret;
      frame.src = `${localAddress(frame.getAttribute('src'))}#?secret=${secret}`;
      return document.importNode(frame, true);
    }),
  );
  addressPreview.replaceChildren(...frames);
}

addEventListener('message', (event) => {
  const data = event.data;
  if (data?.message !== 'height' || /[^a-zA-Z0-9]/.test(data.secret ?? '')) return;
  for (const frame of addressPreview.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source || frame.dataset.secret !== data.secret) continue;
    frame.height = String(Math.min(1000, Math.max(200, parseInt(data.value, 10) || 0)));
  }
});

// ---- Accent colour ----------------------------------------------------------------------

const hex = (rgb) =>
  `#${(rgb.match(/\d+/g) ?? ['0', '0', '0'])
    .slice(0, 3)
    .map((channel) => Number(channel).toString(16).padStart(2, '0'))
    .join('')}`;

function luminance(colour) {
  const [red, green, blue] = [1, 3, 5].map((start) => {
    const channel = parseInt(colour.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The badge and the numbers put white text on the accent: say when that is hard to read. */
function describeContrast(colour) {
  const ratio = 1.05 / (luminance(colour) + 0.05);
  accentContrast.textContent =
    ratio < 4.5 ? `White text on this colour has a contrast of ${ratio.toFixed(1)}:1; choose a darker colour (4.5:1 or more).` : '';
  accentContrast.classList.toggle('warning', ratio < 4.5);
}

// ---- Wiring -----------------------------------------------------------------------------

let updates = 0;
let lastPreviewedIframes = '';

async function update() {
  const state = readForm();
  const thisUpdate = (updates += 1);
  await loadPrerendered(state);
  // A later change has already written its own snippet while this one waited for markup.
  if (thisUpdate !== updates) return;
  snippetBox.value = snippetFor(state);
  iframeBox.value = iframeCodeFor(state);
  // A frame reloads only when what it shows changes (the preview time counts, pinned or not).
  const previewedIframes = iframeCodeFor(state, { withNow: true });
  if (previewedIframes !== lastPreviewedIframes) {
    lastPreviewedIframes = previewedIframes;
    showIframePreview(state);
  }
  const addresses = addressesFor(state);
  if (addressBox.value !== addresses) {
    addressBox.value = addresses;
    await showAddressPreview(state);
  }
  for (const status of document.querySelectorAll('.copy-row .status')) status.textContent = '';
  describeContrast(state.accent);
  await showPreview(state);
}

/**
 * A Copy button: the Clipboard API, and a confirmation in its live region; where the browser
 * refuses (no permission, not a secure context), the text is selected and the region says how.
 */
function copyWith(buttonSelector, box, what, where) {
  const status = document.querySelector(`${buttonSelector}-status`);
  document.querySelector(buttonSelector).addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(box.value);
      status.textContent = `Copied. Paste it into ${where}.`;
    } catch {
      box.focus();
      box.select();
      status.textContent = `Could not copy by itself: the ${what} is selected, press Ctrl+C (Cmd+C on a Mac).`;
    }
  });
}
copyWith('#copy', snippetBox, 'snippet', 'your page');
copyWith('#copy-iframe', iframeBox, 'iframe code', 'your host\'s embed code');
copyWith('#copy-address', addressBox, 'address', 'your post, on a line of its own');
accentReset.addEventListener('click', () => {
  accentInput.value = defaultAccent;
  update();
});
// Every control fires 'input' (checkboxes, radios and the select included).
form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());

// The default accent is whatever the component draws with no custom property set: read it
// from the first rendered preview instead of writing the colour here a second time.
await showPreview(readForm());
const base = preview.querySelector('safer-seven-report-it')?.shadowRoot?.querySelector('[part~="base"]');
defaultAccent = base ? hex(getComputedStyle(base).borderInlineStartColor) : '#000000';
accentInput.value = defaultAccent;
await update();
form.dataset.state = 'ready';
