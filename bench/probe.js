// The in-page probe of the benchmark, inlined as the first script in the <head> of every
// generated page (bench/pages.mjs), the same in every variant.
//
// It runs one requestAnimationFrame loop from the start of the page. In each frame it asks
// whether every embed on the page shows its information: the marker of each tag (the 999
// link of report-it, the last warning sign, the partnership's website link of contacts)
// exists and has a non-zero layout box. It looks in the light DOM for static HTML, inside
// the shadow root for the drop-in bundle. Calling getBoundingClientRect makes the layout
// happen in that frame, so the time recorded is "in the page and laid out". The iframe
// variant's frames are sandboxed pages of another site, out of its reach: their own probe
// (bench/frame-probe.js) posts when it saw its content and when it was live, and the host's
// figures are the last frame's instants, in this page's time.
//
// It also records when the content is live: every element upgraded and rendered by its
// component (Lit's `hasUpdated`) and shown. For static HTML that is when it is shown; for the
// snippet and the pre-rendered variant it may come frames after the content first showed.
//
// `window.__benchDone` resolves, once the content is live and the load event has fired and
// two more frames have run, to what the probe saw. Nothing polls from outside the page.
(() => {
  const variant = document.documentElement.dataset.variant;
  const markers = {
    'safer-seven-report-it': 'a[href="tel:999"]',
    'safer-seven-warning-signs': 'ul > li:last-child',
    'safer-seven-contacts': 'a[href^="https://dudleysafeguarding.org.uk"]',
  };
  const rootOf = {
    static: (embed) => embed,
    bundle: (embed) => embed.shadowRoot,
    // The fallback inside the tag until it upgrades, then the shadow root.
    snippet: (embed) => embed.shadowRoot || embed,
    // The declarative shadow root, from the parser; the component then renders into it.
    prerendered: (embed) => embed.shadowRoot,
    // The embed page is on another site, in a sandbox: its own probe (bench/frame-probe.js)
    // posts what it saw, by the message listener below.
    iframe: () => null,
    legacy: () => null,
    bare: () => null,
  }[variant];
  const framed = variant === 'iframe' || variant === 'legacy' || variant === 'bare';
  // Embeds in a set: three, or report-it alone (the pages with one embed).
  const perSet = Number(document.documentElement.dataset.perSet);
  const result = { variant, frames: 0, contentAt: undefined, contentFrame: undefined, liveAt: undefined };
  // Upgraded and rendered: only the page's own elements (an iframe's are in its document).
  const scripted = variant === 'bundle' || variant === 'snippet' || variant === 'prerendered';
  let all;
  let pending;
  let pendingLive;
  let loaded = false;
  let finish;
  window.__benchDone = new Promise((resolve) => {
    finish = resolve;
  });

  // The iframe variant: what each frame's probe posted, by its window, in this page's time.
  const framesSeen = new Map();
  if (framed) {
    addEventListener('message', (event) => {
      if (!event.data || event.data.benchFrame !== true) return;
      const toHere = (at) => at - performance.timeOrigin;
      framesSeen.set(event.source, { contentAt: toHere(event.data.contentAt), liveAt: toHere(event.data.liveAt) });
    });
  }
  const latest = (embeds, key) => Math.max(...embeds.map((embed) => framesSeen.get(embed.contentWindow)[key]));

  function shown(embed) {
    if (framed) return framesSeen.has(embed.contentWindow);
    const root = rootOf(embed);
    const marker = root && root.querySelector(markers[embed.dataset.tag]);
    if (!marker) return false;
    const box = marker.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  function settle() {
    // Two more frames, so that the frame that shows the content is painted and counted.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const bundle = performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.endsWith('/safer-seven.min.js'));
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const navigation = performance.getEntriesByType('navigation')[0];
        Object.assign(result, {
          embeds: document.querySelectorAll('[data-tag]').length,
          bundleResponseEnd: bundle ? bundle.responseEnd : undefined,
          firstContentfulPaint: paint ? paint.startTime : undefined,
          domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : undefined,
          load: navigation ? navigation.loadEventEnd : undefined,
          // Each frame's own content time, in the order of the page.
          frameContentAt: framed ? all.map((embed) => framesSeen.get(embed.contentWindow)?.contentAt) : undefined,
        });
        finish(result);
      }),
    );
  }

  function frame(timestamp) {
    result.frames += 1;
    if (pending === undefined) {
      // Start once the parser has reached the last set: then every embed is in the DOM.
      const last = document.getElementById('last-set');
      if (last && last.querySelectorAll('[data-tag]').length === perSet) {
        all = Array.from(document.querySelectorAll('[data-tag]'));
        pending = all.slice();
        pendingLive = all.slice();
      }
    }
    if (pending !== undefined) {
      if (result.contentAt === undefined) {
        pending = pending.filter((embed) => !shown(embed));
        if (pending.length === 0) {
          // A frame's content showed when its probe saw it, not when its message came.
          result.contentAt = framed ? latest(all, 'contentAt') : performance.now();
          result.contentFrame = timestamp;
          result.contentFrameNumber = result.frames;
        }
      }
      pendingLive = pendingLive.filter((embed) => !(scripted ? embed.hasUpdated === true && shown(embed) : shown(embed)));
      if (pendingLive.length === 0) {
        result.liveAt = framed ? latest(all, 'liveAt') : performance.now();
        if (loaded) settle();
        return;
      }
    }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);

  addEventListener('load', () => {
    loaded = true;
    if (result.liveAt !== undefined) settle();
  });
})();
