// The content desk (site/admin/): what Safer Seven adds to Decap CMS. Loaded as a classic
// script right after decap-cms.js, as Decap's docs register extensions, so that everything
// is registered before the CMS reads its config. Built by scripts/site/admin.mjs (rollup)
// with @safer-seven/content, so the editor checks with the page's and the release's own rules.
//
// - Checked fields: a phone number (the number as shown and the number to dial, together)
//   and a line of text, each refused with the rule set's plain-words message.
// - A check of the whole briefing before every save, by the same rules.
// - A preview that renders the real components with the edited data (preview.js, injected
//   into the preview iframe).
import * as content from '@safer-seven/content';
import { plainWordsFor } from './plain-words.js';

const { CMS, createClass, h } = window;

/** The built-in briefing: the model the rule set measures a value against (its shape and topic). */
const model = content.cse;

/** A signed file needs an `expires`; the release writes it. For checking, one two weeks ahead. */
const withExpiry = (briefing) => ({ ...briefing, expires: new Date(Date.now() + 14 * 86_400_000).toISOString() });

/**
 * The field that keeps `briefing` (plain JSON) from passing the rule set, in plain words,
 * or undefined. The same rules as the page and the release: `briefingProblem` with the
 * release's own (`releaseRules`).
 */
function problemOf(briefing) {
  const checked = withExpiry(briefing);
  const path = content.briefingProblem(checked, model, content.releaseRules);
  return path === undefined ? undefined : { path, message: plainWordsFor(content, path, checked) };
}

/** `value` set at `path` (`contacts.0.phone`) in a copy of `briefing`. */
function withValueAt(briefing, path, value) {
  const copy = structuredClone(briefing);
  const keys = path.split('.');
  let parent = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key];
  parent[keys.at(-1)] = value;
  return copy;
}

/** The dotted path as the rule set names it: `contacts.0.phone` -> `contacts[0].phone`. */
const rulePath = (path) => path.replace(/\.(\d+)/g, '[$1]');

/**
 * One field checked on its own: its value put in place in the built-in briefing (at the
 * field's `check` path, whose list index is the first item's), then the whole rule set. Only
 * a problem in this field counts here; the whole briefing is checked again before saving.
 */
function fieldProblem(check, value) {
  const problem = problemOf(withValueAt(model, check, value));
  const at = rulePath(check);
  return problem && (problem.path === at || problem.path.startsWith(`${at}.`) || problem.path.startsWith(`${at}[`)) ? problem : undefined;
}

/** Plain JS from an Immutable value of the CMS (or a plain one). */
const plain = (value) => (value && typeof value.toJS === 'function' ? value.toJS() : value);

/** What a checked control's `isValid` answers: true, or the plain-words message. */
function validity(control, problem) {
  return problem ? { error: { type: 'SAFER_SEVEN_RULE', parentIds: control.props.parentIds, message: problem.message } } : true;
}

/**
 * A line of text, checked: the field's `check` option names where it sits in the briefing
 * (`warningSigns.0`, `contacts.0.name`).
 */
const CheckedText = createClass({
  isValid() {
    const { field, value } = this.props;
    // An optional field left empty is removed before saving (see `withoutEmptyOptionals`).
    if (field.get('required') === false && !value) return true;
    return validity(this, fieldProblem(field.get('check'), value ?? ''));
  },
  render() {
    const { forID, value, onChange, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return h('input', {
      type: 'text',
      id: forID,
      className: classNameWrapper,
      value: value ?? '',
      onChange: (event) => onChange(event.target.value),
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
    });
  },
});

/**
 * A phone number, as the leaflet has it: the number as shown (for reading) and the number to
 * dial (for the link), edited together so the rule "the number shown is the number dialled"
 * can name them; and the phone-menu option, if the leaflet names one.
 */
const PhoneNumber = createClass({
  isValid() {
    const value = { ...plain(this.props.value) };
    if (value.menuOption === undefined || value.menuOption === '') delete value.menuOption;
    return validity(this, fieldProblem(this.props.field.get('check'), value));
  },
  change(key, text) {
    // The CMS holds an object as an Immutable map; an empty one is the field's own type, cleared.
    const { value, field, onChange } = this.props;
    const current = value && typeof value.set === 'function' ? value : field.clear();
    if (key !== 'menuOption') onChange(current.set(key, text));
    else if (text.trim() === '') onChange(current.delete('menuOption'));
    else onChange(current.set('menuOption', /^\d+$/.test(text.trim()) ? Number(text.trim()) : text));
  },
  render() {
    const { forID, value, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const current = plain(value) ?? {};
    const input = (key, label, hint) =>
      h(
        'p',
        { style: { margin: '0 0 0.75rem' } },
        h('label', { htmlFor: `${forID}-${key}`, style: { display: 'block', fontWeight: 'bold' } }, label),
        hint && h('span', { id: `${forID}-${key}-hint`, style: { display: 'block', fontSize: '0.85em', color: '#555' } }, hint),
        h('input', {
          type: 'text',
          id: `${forID}-${key}`,
          'aria-describedby': hint ? `${forID}-${key}-hint` : undefined,
          className: classNameWrapper,
          value: current[key] === undefined ? '' : String(current[key]),
          onChange: (event) => this.change(key, event.target.value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
      );
    return h(
      'div',
      { id: forID, role: 'group', className: 'safer-seven-phone' },
      input('display', 'Number as shown', 'As the leaflet prints it, for reading: 0300 555 0050'),
      input('dial', 'Number to dial', 'The same number for the phone link: +44 and the number without its first 0 (+443005550050), or a short code (999, 101)'),
      input('menuOption', 'Option to choose in the phone menu', 'Only if the leaflet names one; otherwise leave it empty'),
    );
  },
});

CMS.registerWidget('safer-seven-text', CheckedText, undefined, { properties: { check: { type: 'string' } } });
CMS.registerWidget('safer-seven-phone', PhoneNumber, undefined, { properties: { check: { type: 'string' } } });

// The whole briefing, by the same rules, before every save: a field the form does not show
// (a route's contact, the bank holidays) or a pair of fields that only together break a rule.
// Decap shows the error's message and does not save.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = withoutEmptyOptionals(entry.get('data'));
    const problem = problemOf(plain(data));
    if (problem) throw new Error(problem.message);
    return data;
  },
});

/**
 * The optional fields (a contact's email and hours, a resource's address) that staff left
 * empty, removed: the CMS writes an empty text, and the data has no field instead.
 */
function withoutEmptyOptionals(data) {
  let cleaned = data;
  const briefing = plain(data);
  briefing.contacts?.forEach((contact, index) => {
    for (const key of ['email', 'hoursText']) if (contact[key] === '') cleaned = cleaned.deleteIn(['contacts', index, key]);
    if (contact.phone?.menuOption === '') cleaned = cleaned.deleteIn(['contacts', index, 'phone', 'menuOption']);
  });
  briefing.resources?.forEach((resource, index) => {
    if (resource.href === '') cleaned = cleaned.deleteIn(['resources', index, 'href']);
  });
  return cleaned;
}

/** The preview file's address: beside this script (site/admin/preview.js). */
const previewScript = new URL('preview.js', document.currentScript?.src ?? document.baseURI).href;

/** Loads the preview elements into the preview iframe's own window, once. */
function ensurePreviewElements(frameDocument) {
  if (!frameDocument || frameDocument.querySelector('script[data-safer-seven-preview]')) return;
  const script = frameDocument.createElement('script');
  script.src = previewScript;
  script.dataset.saferSevenPreview = '';
  frameDocument.head.append(script);
}

/** An instant shown in words, in the office's own time zone. */
const inWords = (instant, timeZone) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(instant);

/**
 * One instant during office hours and one outside them, from now on, by the edited hours:
 * the report-it panel is shown at each (its `now` attribute).
 */
function previewInstants(officeHours, now = Date.now()) {
  const judged = content.routeAt(officeHours, now);
  const change = content.nextRouteChange(officeHours, now);
  const other = change === undefined ? undefined : change + 60_000;
  return judged.routeId === officeHours.openRoute ? { open: now, closed: other } : { open: other, closed: now };
}

const previewTags = [
  ['safer-seven-preview-report-it', 'During office hours', 'open'],
  ['safer-seven-preview-report-it', 'Out of hours', 'closed'],
  ['safer-seven-preview-warning-signs', 'Warning signs'],
  ['safer-seven-preview-contacts', 'Where to get help (contacts)'],
  ['safer-seven-preview-briefing', 'The whole briefing'],
];

/**
 * The preview pane: what readers will see with the edited data, part by part, drawn by the
 * real components. The data goes to each element as a property (`briefing`), set after each
 * render; the elements are defined in the preview iframe by preview.js.
 */
const BriefingPreview = createClass({
  componentDidMount() {
    ensurePreviewElements(this.props.document);
    this.pass();
  },
  componentDidUpdate() {
    this.pass();
  },
  pass() {
    const briefing = plain(this.props.entry.get('data'));
    for (const element of this.root?.querySelectorAll('[data-preview-part]') ?? []) element.briefing = briefing;
  },
  render() {
    const briefing = plain(this.props.entry.get('data'));
    const problem = problemOf(briefing);
    let instants = {};
    try {
      instants = previewInstants(briefing.officeHours);
    } catch {
      // Hours the rules refuse: the problem line says so; the panels use the clock.
    }
    const timeZone = briefing.officeHours?.timeZone ?? 'Europe/London';
    return h(
      'div',
      { ref: (root) => (this.root = root), style: { fontFamily: 'system-ui, sans-serif', lineHeight: 1.5, maxWidth: '44rem', margin: '0 auto', padding: '1rem' } },
      h('p', { style: { margin: '0 0 1rem' } }, 'What readers will see once this change is approved and released.'),
      problem &&
        h('p', { role: 'alert', style: { border: '3px solid #b00020', padding: '0.5rem 0.75rem', color: '#7a0015', fontWeight: 'bold' } }, `Not ready: ${problem.message}`),
      ...previewTags.map(([tag, title, at], index) => {
        const instant = at ? instants[at] : undefined;
        return h(
          'section',
          { key: index, style: { margin: '0 0 2rem' } },
          h('h2', { style: { fontSize: '1rem', margin: '0 0 0.5rem', color: '#555' } }, instant === undefined ? title : `${title} (as on ${inWords(instant, timeZone)})`),
          h(tag, {
            'data-preview-part': at ?? tag,
            'heading-level': '3',
            ...(instant === undefined ? {} : { now: new Date(instant).toISOString() }),
          }),
        );
      }),
    );
  },
});

CMS.registerPreviewTemplate('cse', BriefingPreview);
