// The benchmark's probe inside an iframe embed page (the iframe variant): the site's real
// embed page, site/embed/<part>.html, served from another site in `sandbox="allow-scripts"`,
// so the host page's probe (bench/probe.js) cannot look into it. bench/pages.mjs copies each
// embed page with this one classic script added right after its Content-Security-Policy
// (it is served from the page's own origin, as 'self' allows); nothing else changes.
//
// It looks, in every frame and on a 16 ms timer besides (a frame out of view is not rendered,
// so its requestAnimationFrame waits), whether the embed shows its information as a reader
// would see it: the tag's marker in its shadow root has a box and every stylesheet of the
// page and of the shadow root has loaded. That is "content"; "live" is the same once the
// component has upgraded and rendered (Lit's `hasUpdated`). Then it posts both instants to
// the parent as absolute times (performance.timeOrigin + now), which the host page's probe
// turns into its own.
(() => {
  const markers = {
    'safer-seven-report-it': 'a[href="tel:999"]',
    'safer-seven-warning-signs': 'ul > li:last-child',
    'safer-seven-contacts': 'a[href^="https://dudleysafeguarding.org.uk"]',
  };
  const result = { benchFrame: true, tag: undefined, contentAt: undefined, liveAt: undefined };
  let timer;

  const loaded = (root) => [...root.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet);

  function shown(tag) {
    const root = tag.shadowRoot;
    const marker = root && root.querySelector(markers[tag.localName]);
    if (!marker || !loaded(document) || !loaded(root)) return false;
    const box = marker.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  function check() {
    if (result.liveAt !== undefined) return true;
    const tag = document.querySelector('main > [data-safer-seven-embed]');
    if (tag) {
      result.tag = tag.localName;
      const now = performance.timeOrigin + performance.now();
      if (result.contentAt === undefined && shown(tag)) result.contentAt = now;
      if (result.contentAt !== undefined && tag.hasUpdated === true && shown(tag)) {
        result.liveAt = now;
        clearTimeout(timer);
        parent.postMessage(result, '*');
        return true;
      }
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
