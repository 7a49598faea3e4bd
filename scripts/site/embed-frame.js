// The embed pages' one script (site/embed/*.html), bundled by scripts/site/embeds.mjs with
// rollup from this file and the content package's own rule (packages/content/src: office
// hours, bank holidays, the review date), and written inline into each page under a sha256
// hash in its Content-Security-Policy. The page is made to sit in a partner's iframe, often
// `sandbox="allow-scripts"` without `allow-same-origin` (WordPress's oEmbed, SharePoint): it
// reads no storage, reaches into no parent and, unless the site pins a signed content file,
// makes no request. The page holds the panel as the components render it, flattened into
// plain HTML; where what it shows depends on the instant, the other renderings wait in
// <template data-when="…"> beside it (scripts/site/embeds.mjs). This script:
//
// 1. Shows the rendering for now: the route that applies first (`routeAt`), and the review
//    line once the review date has passed; `?now=<ISO instant>` judges at that instant
//    instead (previews), for the tags that take `now`. It changes again at the next opening or
//    closing (`nextRouteChange`), but, as the components do (CONTRACT.md, office hours), never
//    while the reader's focus or a pressed pointer is on the panel: then when they leave it.
// 2. Height, by WordPress's protocol (wp-includes/js/wp-embed.js): when the frame's address
//    carries `#?secret=<letters and digits>`, it posts `{ message: 'height', value, secret }`
//    to its parent at load, whenever the panel's height changes (a ResizeObserver), and again
//    when the parent says `{ message: 'ready', secret }`. Without a secret it posts nothing.
//    A frame shorter than its panel scrolls inside (the body is the scroll box), by keyboard too.
// 3. Only when the page pins a signed content file (`updates` on the tag): after the first
//    paint, loads the updates drop-in, which takes the tag over and shows the signed content;
//    links it renders open in a new tab, as the page's own already do (written so by the build).
import { nextRouteChange, parseInstant, routeAt } from '../../packages/content/src/office-hours.js';
import { isPastReviewDue } from '../../packages/content/src/review.js';

// Whether the page shows reporting routes (report-it, the whole briefing): replaced by true or
// false when the build bundles this file (scripts/site/embeds.mjs), so that a page without
// routes carries none of the office-hours rule.
const routes = __SAFER_SEVEN_ROUTES__;
const tag = document.querySelector('[data-safer-seven-embed]');
const { hours, reviewDue } = JSON.parse(tag.dataset.saferSevenEmbed);
const hashParameters = new URLSearchParams(location.hash.replace(/^#\??/, ''));
// WordPress drops any message whose secret holds anything but letters and digits.
const secret = /^[a-zA-Z0-9]{1,64}$/.test(hashParameters.get('secret') ?? '') ? hashParameters.get('secret') : '';
const nowText = routes && tag.hasAttribute('data-takes-now') ? new URLSearchParams(location.search).get('now') : null;
const fixedInstant = nowText ? parseInstant(nowText) : undefined;
if (nowText) tag.setAttribute('now', nowText);

/** Puts the rendering named `when` in the place of what its <template>'s siblings show now. */
function show(template, holidayName) {
  const place = template.parentNode;
  const copy = template.content.cloneNode(true);
  // The bank holiday's name, from the content package's rule, where the build left its mark.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) walker.currentNode.data = walker.currentNode.data.replace('{{holiday}}', holidayName);
  for (const node of [...place.childNodes]) if (node.nodeName !== 'TEMPLATE') node.remove();
  place.insertBefore(copy, place.querySelector(':scope > template'));
}

let shown = '';
function render() {
  const instant = fixedInstant ?? Date.now();
  if (routes) {
    const judgement = routeAt(hours, instant);
    const when = judgement.open ? 'open' : judgement.holiday ? 'holiday' : 'closed';
    const key = `${when} ${judgement.holiday?.name}`;
    if (key !== shown) {
      shown = key;
      for (const template of tag.querySelectorAll(`template[data-when="${when}"]`)) show(template, judgement.holiday?.name);
    }
  }
  // The review line: in the page from the build only as a template, shown once past the date.
  for (const template of tag.querySelectorAll('template[data-review]')) {
    if (isPastReviewDue({ reviewDue }, instant)) template.replaceWith(template.content);
  }
}

// The focus rule: a change waits while focus is in the panel or a pointer is pressed on it.
let held = false;
let pressed = false;
const update = () => {
  held = pressed || tag.contains(document.activeElement);
  if (!held) render();
};
const release = () => held && update();
function schedule() {
  const next = nextRouteChange(hours, Date.now());
  // setTimeout waits at most about 24.8 days; a longer wait simply re-arms.
  if (next !== undefined) setTimeout(() => (update(), schedule()), Math.min(Math.max(next - Date.now(), 0), 2 ** 31 - 1));
}
render();
if (routes && fixedInstant === undefined) {
  tag.addEventListener('focusout', (event) => !tag.contains(event.relatedTarget) && setTimeout(release));
  tag.addEventListener('pointerdown', () => {
    pressed = true;
    const lift = () => {
      pressed = false;
      release();
    };
    addEventListener('pointerup', lift, { once: true });
    addEventListener('pointercancel', lift, { once: true });
  });
  schedule();
}

if (tag.hasAttribute('updates')) {
  // After the first paint: the panel shows from the page's own markup while the drop-in comes.
  requestAnimationFrame(() =>
    setTimeout(() => {
      const script = document.createElement('script');
      script.src = tag.dataset.dropIn;
      document.head.append(script);
      customElements.whenDefined(tag.localName).then(() => {
        const root = tag.shadowRoot;
        const mark = () => {
          for (const link of root.querySelectorAll('a[href^="http"]')) {
            link.target = '_blank';
            link.rel = 'noopener noreferrer';
          }
        };
        mark();
        new MutationObserver(mark).observe(root, { childList: true, subtree: true });
      });
    }),
  );
}

// The page's scroll box (its body: scripts/site/embed.css) is reached by keyboard too, when
// the frame is shorter than the panel (a host that caps the height, or large text).
const panel = document.querySelector('main');
let lastHeight = -1;
const measure = (always) => {
  const box = document.body;
  box.tabIndex = box.scrollHeight > box.clientHeight ? 0 : -1;
  const value = Math.ceil(panel.getBoundingClientRect().height);
  if (!secret || parent === window || (value === lastHeight && !always)) return;
  lastHeight = value;
  parent.postMessage({ message: 'height', value, secret }, '*');
};
const resizes = new ResizeObserver(() => measure(false));
resizes.observe(panel);
resizes.observe(document.body);
// A frame out of view is not rendered (browsers throttle it), so its ResizeObserver waits
// until it scrolls into view; its height at load is posted anyway (measuring lays it out).
addEventListener('load', () => measure(false));
addEventListener('message', (event) => {
  if (event.source === parent && event.data?.message === 'ready' && event.data.secret === secret) measure(true);
});
