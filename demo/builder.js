// The embed-code builder. It writes the snippet a partner pastes, and shows the preview by
// putting that same snippet (minus its script tag: the page already has the bundle) into the
// page, so the preview cannot drift from the snippet. Every fact comes from the content
// package; the version and the integrity hash from demo/generated/bundle-info.json.
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
} from '/packages/content/dist/index.js';

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
const copyButton = document.querySelector('#copy');
const copyStatus = document.querySelector('#copy-status');

const bundle = await fetch('/demo/generated/bundle-info.json').then((response) => {
  if (response.ok) return response.json();
  copyStatus.textContent = 'The demo is not built: run npm run build, then reload.';
  throw new Error(`builder: no demo/generated/bundle-info.json (${response.status}); run npm run build`);
});
await Promise.all(saferSevenTags.map((tag) => customElements.whenDefined(tag)));

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
  };
}

/**
 * The signed-updates choice, when both fields are right: an https: address and a key of 87
 * base64url characters (a raw P-256 public key). Otherwise no attributes, and a line that says why.
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
  if (!problem && !/^[\w-]{87}$/.test(key)) problem = 'Enter the public key: 87 letters, digits, - and _.';
  updatesProblem.textContent = problem;
  return problem ? undefined : { url, key, origin };
}

/** Pre-rendered markup by `<tag>.h<level>`, as `npm run build` wrote it (scripts/prerender.mjs). */
const prerenderedMarkup = new Map();

/** Fetches the pre-rendered markup the state needs, once each; its stylesheet link points at the CDN. */
async function loadPrerendered(state) {
  if (!state.prerendered) return;
  await Promise.all(
    state.tags.map(async (tag) => {
      const name = `${tag}.h${state.headingLevel}`;
      if (prerenderedMarkup.has(name)) return;
      const response = await fetch(`/demo/generated/prerendered/${name}.link.html`);
      if (!response.ok) throw new Error(`builder: no pre-rendered ${name} (${response.status}); run npm run build`);
      prerenderedMarkup.set(name, (await response.text()).trim().replace(bundle.stylesheetLocalUrl, bundle.stylesheetCdnUrl));
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
  const scriptTag = ({ cdnUrl, integrity }) => `<script src="${cdnUrl}" integrity="${integrity}" crossorigin="anonymous" defer></script>`;
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

/** The preview: the snippet itself, without its script tag, parsed inertly then adopted. */
function showPreview(state) {
  const template = document.createElement('template');
  // Without updates: the preview fetches nothing.
  template.innerHTML = snippetFor(state, { withNow: true, withUpdates: false });
  for (const script of template.content.querySelectorAll('script')) script.remove();
  preview.replaceChildren(document.importNode(template.content, true));
  return Promise.all([...preview.children].filter((element) => element.localName.startsWith('safer-seven-')).map((element) => element.updateComplete));
}

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

async function update() {
  const state = readForm();
  const thisUpdate = (updates += 1);
  await loadPrerendered(state);
  // A later change has already written its own snippet while this one waited for markup.
  if (thisUpdate !== updates) return;
  snippetBox.value = snippetFor(state);
  copyStatus.textContent = '';
  describeContrast(state.accent);
  await showPreview(state);
}

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    copyStatus.textContent = 'Copied. Paste it into your page.';
  } catch {
    snippetBox.focus();
    snippetBox.select();
    copyStatus.textContent = 'Could not copy by itself: the snippet is selected, press Ctrl+C (Cmd+C on a Mac).';
  }
});
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
