// "Get the code": for a partner who is not a developer, it asks what kind of website they have,
// then gives that host's numbered steps, the one thing to copy (an address for WordPress, the
// iframe code for hosts that take no script, the script snippet where a page keeps one) and a
// live picture of it. Under "For web developers" it writes all three ways side by side. Every
// picture is made from exactly the text that is copied, so none can drift from it: the
// snippet's preview puts the snippet (minus its script tag: the page already has the bundle)
// into the page; the iframe's is that iframe, sandboxed; the address's is the iframe its
// oEmbed JSON names, as WordPress shows it. What is copied never carries a preview time
// (`now`, `?now=`): a partner's page follows the clock; only the pictures take one.
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
const updatesOn = document.querySelector('#updates-on');
const updatesProblem = document.querySelector('#updates-problem');
const prerenderedInput = document.querySelector('#prerendered');
const quickExit = document.querySelector('#quick-exit');
const preview = document.querySelector('#preview');
const snippetBox = document.querySelector('#snippet');
const copyStatus = document.querySelector('#copy-status');
const hostsFieldset = document.querySelector('#hosts');
const answerHeading = document.querySelector('#answer-heading');
const chooseFirst = document.querySelector('#choose-first');
const stepsList = document.querySelector('#steps');
const copyBox = document.querySelector('#copy-box');
const codeLabel = document.querySelector('#code-label');
const codeBox = document.querySelector('#code');
const copyCodeButton = document.querySelector('#copy-code');
const hostNotes = document.querySelector('#host-notes');
const planB = document.querySelector('#plan-b');
const planBBox = document.querySelector('#plan-b-code');
const duplicateWarning = document.querySelector('#duplicate-warning');
const quickExitChoice = document.querySelector('#quick-exit-choice');
const quickExitHint = document.querySelector('#quick-exit-hint');
const answerPreview = document.querySelector('#answer-preview');
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
// start with them, and the snippet uses them unless a developer unticks the box, so that a
// page that keeps the snippet gets the partnership's new numbers without anyone doing anything.
if (bundle.signedContent) {
  document.querySelector('#updates-url').value = bundle.signedContent.url;
  document.querySelector('#updates-key').value = bundle.signedContent.publicKeys.join(' ');
  document.querySelector('#updates-on').checked = true;
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


// ---- The kinds of website --------------------------------------------------------------

/** The site's host name, as a SharePoint administrator types it into HTML Field Security. */
const siteHost = new URL(embeds.publicUrl).host;

/**
 * Each kind of website a partner may have: its name in their words, which of the three ways
 * works there (`address`: WordPress makes the embed from a pasted address, for any author;
 * `iframe`: a host that takes embed code but no script; `snippet`: a page that keeps a
 * script), its numbered steps and what else to know. A host that takes only an iframe does
 * not resize it, so its code gets the height that holds the content at large text (see
 * `frameHeights`). `?host=<id>` on this page's address chooses one (the landing page's links).
 */
const hosts = [
  {
    id: 'wordpress',
    name: 'WordPress',
    hint: 'You write pages or posts in WordPress, as an Author, Editor or administrator.',
    way: 'address',
    steps: (many) => [
      `Select "Copy the address${many ? 'es' : ''}" below.`,
      'In WordPress, open your page or post and click where the briefing should go.',
      many
        ? 'Paste the addresses, each on a line of its own with nothing else on that line (or add an "Embed" block for each and paste one address into it).'
        : 'Paste the address on a line of its own, with nothing else on that line (or add an "Embed" block and paste it there).',
      'WordPress shows the briefing in place of the address. Select Update or Publish.',
    ],
    notes: (state) => [
      'This works for everyone who can write posts, Authors included. Paste the address, not code: WordPress deletes pasted frame code and scripts for anyone who is not an administrator.',
      state.tags.includes('safer-seven-briefing')
        ? 'WordPress fits the box to each part, up to 1000 pixels high: the whole briefing is longer, so readers scroll inside its box. The box shows this site\'s copy, so when the partnership changes a number your page shows the new one by itself.'
        : 'WordPress fits the box to the briefing on every screen, and shows this site\'s copy, so when the partnership changes a number your page shows the new one by itself.',
      [
        'Are you the site\'s administrator? You can instead install ',
        { link: `files/wordpress/${bundle.version}/safer-seven.zip`, text: 'the Safer Seven plugin' },
        ' (Plugins, Add New, Upload Plugin), then anyone who writes posts adds the "Safer Seven" block. Installing a plugin needs an administrator.',
      ],
    ],
  },
  {
    id: 'sharepoint',
    name: 'SharePoint',
    hint: 'A council or staff intranet on Microsoft SharePoint Online.',
    way: 'iframe',
    steps: () => [
      `Once only: ask your SharePoint administrator to add ${siteHost} to the allowed sites under "HTML Field Security" (Site settings). Until then SharePoint refuses the code.`,
      'Select "Copy the code" below.',
      'Open your SharePoint page and select Edit. Select the + where the briefing should go, then choose "Embed".',
      'Paste the code into the box "Website address or embed code", then select Republish.',
    ],
    notes: () => [
      'SharePoint does not change the box\'s height, so the code makes it tall enough for the whole briefing, even for readers who use large text.',
      'The box shows this site\'s copy, so when the partnership changes a number your page shows the new one by itself.',
    ],
  },
  {
    id: 'google-sites',
    name: 'Google Sites',
    hint: 'A site made with Google Sites.',
    way: 'iframe',
    steps: () => [
      'Select "Copy the code" below.',
      'In Google Sites, open your page, then choose Insert, then Embed.',
      'Choose "Embed code", paste the code, then select Next and Insert.',
      'Drag the bottom edge of the box down until the whole briefing shows, as in the picture below. Then select Publish.',
    ],
    notes: () => [
      'Google Sites does not change the box\'s height: the code makes it tall enough for readers who use large text.',
      'The box shows this site\'s copy, so when the partnership changes a number your page shows the new one by itself.',
    ],
  },
  {
    id: 'school',
    name: 'A school website, or another site where you can paste code',
    short: 'a website where you can paste code',
    hint: 'Your website\'s editor has a block for code, often called "HTML", "Code", "Embed" or "Source".',
    way: 'snippet',
    steps: () => [
      'Select "Copy the code" below.',
      'In your website\'s editor, add a block for code where the briefing should go. It may be called "HTML", "Code", "Embed" or "Source".',
      'Paste the code into it, then save and publish the page.',
      'Open the published page and check that the briefing looks as in the picture below. If it shows only a plain list, use the code under "If your website removes the code".',
    ],
    notes: (state) => [
      state.updates
        ? 'The code fetches the partnership\'s signed updates, so when the partnership changes a number your page shows the new one by itself.'
        : 'The panel puts the number to call at this hour first by itself. The code holds today\'s numbers: if the partnership changes a number, copy the code from here again (or use the code under "If your website removes the code", which always shows this site\'s copy).',
    ],
    planB: true,
  },
  {
    id: 'other',
    name: 'Wix, Squarespace or another website builder',
    short: 'your website builder',
    hint: 'Or you are not sure: any site with an "Embed" or "Code" block.',
    way: 'iframe',
    steps: () => [
      'Select "Copy the code" below.',
      'Add an embed block where the briefing should go: in Wix, "Embed code" then "Embed HTML"; in Squarespace, a "Code" block; elsewhere, look for "Embed", "Code" or "HTML".',
      'Paste the code into it. If the block has a height of its own, make it as tall as the box in the picture below.',
      'Save and publish the page.',
    ],
    notes: () => [
      'The box shows this site\'s copy, so when the partnership changes a number your page shows the new one by itself.',
    ],
  },
];

const hostById = (id) => hosts.find((host) => host.id === id);

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

const chosenHostId = new URLSearchParams(location.search).get('host');
const changeHost = document.querySelector('#change-host');
for (const host of hosts) {
  changeHost.before(choice('radio', 'host', host.id, host.name, host.hint, host.id === chosenHostId));
}
/** Folds the kinds of website away but the one chosen, or opens them all again. */
function foldHosts(folded) {
  hostsFieldset.classList.toggle('folded', folded);
  changeHost.hidden = !folded;
}
foldHosts(Boolean(hostById(chosenHostId)));
changeHost.addEventListener('click', () => {
  foldHosts(false);
  hostsFieldset.querySelector('input:checked')?.focus();
});
// The parts go above the duplicate warning, which stays last in their fieldset.
for (const tag of saferSevenTags) {
  duplicateWarning.before(choice('checkbox', 'component', tag, tagLabel(tag), undefined, tag === 'safer-seven-report-it'));
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
    host: hostById(data.get('host')),
    tags: data.getAll('component'),
    headingLevel: Number(data.get('heading-level')),
    accent: accentInput.value,
    now: times.find((time) => time.id === data.get('time'))?.now,
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

/**
 * The snippet for a state. What is copied never has `withNow`: a partner's page follows the
 * clock. Only the previews write the preview time in.
 */
function snippetFor(state, { withNow = false, withUpdates = true } = {}) {
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
function showPreview(state, container = preview) {
  const template = document.createElement('template');
  // Without updates: the preview fetches nothing.
  template.innerHTML = snippetFor(state, { withNow: true, withUpdates: false });
  for (const script of template.content.querySelectorAll('script')) script.remove();
  for (const style of template.content.querySelectorAll('style')) style.remove();
  if (defaultAccent && state.accent !== defaultAccent) container.style.setProperty('--safer-seven-accent', state.accent);
  else container.style.removeProperty('--safer-seven-accent');
  container.replaceChildren(document.importNode(template.content, true));
  return Promise.all([...container.children].filter((element) => element.localName.startsWith('safer-seven-')).map((element) => element.updateComplete));
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
 * The heights (width -> px) for an iframe a partner pastes. Every host that takes pasted
 * iframe code (SharePoint, Google Sites, Wix, a school CMS, a WordPress administrator's post)
 * leaves it at the height written: none runs WordPress's resizing for a frame it did not make.
 * So the code gets the heights that hold each page at 200% text (`pagesLargeText` of
 * demo/embed-heights.json, as embeds.json's `heightsLargeText`). The compact heights
 * (`pages`) are for frames the host resizes: WordPress's own, made from the pasted address
 * (the oEmbed answer's height, and this page's picture of it). Until npm run site:heights
 * has measured the large-text heights, there are none, and the compact ones stand in.
 */
const frameHeights = (page) => page.heightsLargeText ?? page.heights;

/**
 * One iframe per tag: the embed page by its absolute address, its title, the full width of
 * its column and the height measured for that width (`frameHeights`). The same attributes as
 * the oEmbed JSON's iframe (scripts/site/embeds.mjs). What is copied never has `withNow`: a
 * page given `?now=` would show the same route for ever; only the picture takes it.
 */
function iframeCodeFor(state, { withNow = false } = {}) {
  return state.tags
    .map((tag) => {
      const page = embedPageOf(tag, state.headingLevel);
      const now = withNow && state.now && takesNow(tag) ? `?now=${encodeURIComponent(state.now)}` : '';
      return `<iframe src="${attribute(page.url + now)}" title="${attribute(page.title)}" width="100%" height="${frameHeights(page)[state.frameWidth]}" frameborder="0"></iframe>`;
    })
    .join('\n');
}

/** The page addresses to paste where a host takes a URL, one a line. */
const addressesFor = (state) => state.tags.map((tag) => embedPageOf(tag, state.headingLevel).url).join('\n');

/** The site's own copy of an absolute embed address: the preview shows the page this site serves. */
const localAddress = (absolute) => absolute.replace(embeds.publicUrl, '');

/** The iframe code's preview: those iframes, sandboxed as SharePoint and WordPress do, at their height. */
function showIframePreview(state, container = iframePreview) {
  const template = document.createElement('template');
  template.innerHTML = iframeCodeFor(state, { withNow: true });
  for (const frame of template.content.querySelectorAll('iframe')) {
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.src = localAddress(frame.getAttribute('src'));
  }
  container.replaceChildren(document.importNode(template.content, true));
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
async function showAddressPreview(state, container = addressPreview) {
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
      // The picture takes the preview time, as the embed page allows for previews only.
      const now = state.now && takesNow(tag) ? `?now=${encodeURIComponent(state.now)}` : '';
      frame.src = `${localAddress(frame.getAttribute('src'))}${now}#?secret=${secret}`;
      return document.importNode(frame, true);
    }),
  );
  container.replaceChildren(...frames);
}

addEventListener('message', (event) => {
  const data = event.data;
  if (data?.message !== 'height' || /[^a-zA-Z0-9]/.test(data.secret ?? '')) return;
  for (const frame of document.querySelectorAll('iframe[data-secret]')) {
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

// ---- The answer: steps, what to copy, a picture --------------------------------------

/** Point 7, "Report It": a part as the briefing numbers and titles it. */
function pointName(tag) {
  const index = briefing.sections.findIndex((section) => section.id === sectionOfTag[tag]);
  return `point ${index + 1}, "${briefing.sections[index].title}"`;
}

const listed = (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The whole briefing holds every point: any other part chosen with it would show twice. Say so. */
function describeDuplicates(state) {
  const whole = 'safer-seven-briefing';
  const twice = state.tags.includes(whole) ? state.tags.filter((tag) => tag !== whole) : [];
  duplicateWarning.textContent = twice.length
    ? `The whole briefing already holds ${listed(twice.map(pointName))}. With both chosen, your page shows ${twice.length === 1 ? 'it' : 'them'} twice: untick the whole briefing, or untick ${twice.length === 1 ? 'that part' : 'those parts'}.`
    : '';
}

/** A note: a sentence, or pieces of one with links (`{ link, text }`). */
function noteElement(note) {
  const paragraph = document.createElement('p');
  for (const piece of [note].flat()) {
    paragraph.append(typeof piece === 'string' ? piece : Object.assign(document.createElement('a'), { href: piece.link, textContent: piece.text }));
  }
  return paragraph;
}

/** What a host's way copies: the address(es), the iframe code or the snippet. */
const codeOf = (way, state) => (way === 'address' ? addressesFor(state) : way === 'iframe' ? iframeCodeFor(state) : snippetFor(state));

let lastPicture = '';

/** The steps, the code and the picture for the host chosen (or a prompt to choose one). */
async function showAnswer(state) {
  const host = state.host;
  const many = state.tags.length > 1;
  chooseFirst.hidden = Boolean(host);
  copyBox.hidden = !host;
  // The quick exit is a script of its own: only a page that keeps the code can have it.
  quickExitChoice.hidden = quickExitHint.hidden = Boolean(host) && host.way !== 'snippet';
  planB.hidden = !host?.planB;
  answerHeading.textContent = host ? `Your steps for ${host.short ?? host.name}` : 'Your steps';
  stepsList.replaceChildren(...(host?.steps(many) ?? []).map((step) => Object.assign(document.createElement('li'), { textContent: step })));
  hostNotes.replaceChildren(...(host?.notes(state) ?? []).map(noteElement));
  describeDuplicates(state);
  const way = host?.way ?? 'snippet';
  if (host) {
    const what = way === 'address' ? `address${many ? 'es' : ''}` : 'code';
    codeLabel.textContent = `The ${what} to copy`;
    copyCodeButton.textContent = `Copy the ${what}`;
    codeBox.value = codeOf(way, state);
    codeBox.rows = Math.min(14, Math.max(3, codeBox.value.split('\n').length + 1));
    planBBox.value = host.planB ? iframeCodeFor(state) : '';
  }
  // The picture, made from the same text as the code; frames reload only when it changes.
  if (way === 'snippet') {
    lastPicture = '';
    await showPreview(state, answerPreview);
    return;
  }
  const picture = `${way}\n${way === 'iframe' ? iframeCodeFor(state, { withNow: true }) : addressesFor(state)}\n${state.now}`;
  if (picture === lastPicture) return;
  lastPicture = picture;
  if (way === 'iframe') showIframePreview(state, answerPreview);
  else await showAddressPreview(state, answerPreview);
}

// ---- Wiring -----------------------------------------------------------------------------

let updates = 0;
let lastPreviewedIframes = '';
let lastAddressTime;

async function update() {
  const state = readForm();
  const thisUpdate = (updates += 1);
  await loadPrerendered(state);
  // A later change has already written its own snippet while this one waited for markup.
  if (thisUpdate !== updates) return;
  snippetBox.value = snippetFor(state);
  iframeBox.value = iframeCodeFor(state);
  // A frame reloads only when what it shows changes (the preview time counts).
  const previewedIframes = iframeCodeFor(state, { withNow: true });
  if (previewedIframes !== lastPreviewedIframes) {
    lastPreviewedIframes = previewedIframes;
    showIframePreview(state);
  }
  const addresses = addressesFor(state);
  if (addressBox.value !== addresses || lastAddressTime !== state.now) {
    addressBox.value = addresses;
    lastAddressTime = state.now;
    await showAddressPreview(state);
  }
  for (const status of document.querySelectorAll('.copy-row .status')) status.textContent = '';
  describeContrast(state.accent);
  await showPreview(state);
  await showAnswer(state);
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
copyWith('#copy-code', codeBox, 'text', 'your page as the steps say');
copyWith('#copy-plan-b', planBBox, 'code', 'your page instead');
copyWith('#copy', snippetBox, 'snippet', 'your page');
copyWith('#copy-iframe', iframeBox, 'iframe code', 'your host\'s embed code');
copyWith('#copy-address', addressBox, 'address', 'your post, on a line of its own');
accentReset.addEventListener('click', () => {
  accentInput.value = defaultAccent;
  update();
});
// Every control fires 'input' (checkboxes, radios and the select included).
form.addEventListener('input', update);
// The host chosen stays in the page's address, so a reload or a shared link keeps it.
hostsFieldset.addEventListener('input', () => {
  if (!location.protocol.startsWith('http')) return;
  const url = new URL(location.href);
  url.searchParams.set('host', readForm().host?.id ?? '');
  history.replaceState(null, '', url);
});
form.addEventListener('submit', (event) => event.preventDefault());

// The default accent is whatever the component draws with no custom property set: read it
// from the first rendered preview instead of writing the colour here a second time.
await showPreview(readForm());
const base = preview.querySelector('safer-seven-report-it')?.shadowRoot?.querySelector('[part~="base"]');
defaultAccent = base ? hex(getComputedStyle(base).borderInlineStartColor) : '#000000';
accentInput.value = defaultAccent;
await update();
form.dataset.state = 'ready';
