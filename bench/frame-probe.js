// The benchmark's probe inside an iframe (the frame variants): a page served from another
// site in `sandbox="allow-scripts"`, which the host page's probe (bench/probe.js) cannot look
// into. bench/pages.mjs writes it inline as the page's first script (its hash added to the
// page's policy), in each of the three kinds of frame:
// - iframe: the site's embed page (one document: the panel as plain HTML, its style inline);
// - legacy: today's embed page before issue 21 (the panel in a declarative shadow root with
//   linked stylesheets, then the frame script and the drop-in bundle);
// - bare: the part's static HTML with its CSS inline, nothing else.
//
// It looks, in every frame and on a 16 ms timer besides (a frame out of view is not rendered,
// so its requestAnimationFrame waits), whether the embed shows its information as a reader
// would see it: the part's marker has a box and every stylesheet of the page (and of the
// shadow root) has loaded. That is "content". "Live" is when the route that applies now is
// shown: for today's page once the component has upgraded and rendered (Lit's `hasUpdated`);
// for the one-document page once its script has put the route for now first (an active route
// in report-it; the other parts have no route to judge); for the bare frame, its content.
// Then it posts both instants to the parent as absolute times (performance.timeOrigin + now),
// which the host page's probe turns into its own.
(() => {
  const markers = {
    'safer-seven-report-it': 'a[href="tel:999"]',
    'safer-seven-warning-signs': 'ul > li:last-child',
    'safer-seven-contacts': 'a[href^="https://dudleysafeguarding.org.uk"]',
  };
  const result = { benchFrame: true, tag: undefined, contentAt: undefined, liveAt: undefined };
  let timer;

  const loaded = (root) => [...root.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet);

  function shown(tag, root) {
    const marker = root && root.querySelector(markers[tag]);
    if (!marker || !loaded(document) || (root !== document && root.querySelectorAll && !loaded(root))) return false;
    const box = marker.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  function check() {
    if (result.liveAt !== undefined) return true;
    const bare = document.querySelector('main[data-bare]');
    const tag = document.querySelector('main > [data-safer-seven-embed]');
    const now = performance.timeOrigin + performance.now();
    let content = false;
    let live = false;
    if (bare) {
      result.tag = bare.dataset.bare;
      content = live = shown(result.tag, bare);
    } else if (tag) {
      result.tag = tag.localName;
      const legacy = tag.shadowRoot !== null && tag.shadowRoot !== undefined;
      content = shown(result.tag, legacy ? tag.shadowRoot : tag);
      live = legacy ? content && tag.hasUpdated === true : content && (!tag.querySelector('.routes') || tag.querySelector('.routes > .active') !== null);
    }
    if (result.contentAt === undefined && content) result.contentAt = now;
    if (result.contentAt !== undefined && live) {
      result.liveAt = now;
      clearTimeout(timer);
      parent.postMessage(result, '*');
      return true;
    }
    return false;
  }

  const onFrame = () => {
    if (!check()) requestAnimationFrame(onFrame);
  };
  const onTimer = () => {
    if (!check()) timer = setTimeout(onTimer, 16);
  };
  requestAnimationFrame(onFrame);
  timer = setTimeout(onTimer, 16);
})();
