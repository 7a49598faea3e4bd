// Injected into an embed page by test/demo/site-server.mjs (only when its address asks for a
// probe), before anything else runs: it notes every error, warning, policy violation and
// failed load, and on `{ probe: 'report' }` from the parent answers with what a reader sees
// (the text, the links, the routes in order, overflow), the requests made, and axe's findings.
(() => {
  const problems = [];
  // `clock=<ISO instant>` in the address: the page's clock starts there and runs on, so that a
  // test sees an opening or closing time pass within a second or two.
  const query = new URLSearchParams(location.search);
  const clock = query.get('clock');
  // `textsize=<px>`: the root's font size, as a reader's default font size sets it (large text
  // in an engine whose settings a test cannot reach); set through the CSSOM, which the page's
  // policy allows.
  if (query.get('textsize')) document.documentElement.style.fontSize = `${Number(query.get('textsize'))}px`;
  if (clock) {
    const realNow = Date.now;
    const offset = Date.parse(clock) - realNow();
    Date.now = () => realNow() + offset;
  }
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      problems.push(`${level}: ${args.map(String).join(' ')}`);
      original.apply(console, args);
    };
  }
  addEventListener(
    'error',
    (event) => problems.push(event.target && event.target !== window ? `failed to load: ${event.target.src || event.target.href}` : `error: ${event.message}`),
    true,
  );
  addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
  // Once parsed, before anything of the page's script could change it: whether the page holds
  // the panel, styled (the components' stylesheet applied: the panel's border and padding).
  let prerendered = false;
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const base = document.querySelector('[data-safer-seven-embed] [data-part~="base"]');
    prerendered = Boolean(base && getComputedStyle(base).borderInlineStartWidth === '6px');
  });
  document.addEventListener('securitypolicyviolation', (event) => problems.push(`policy: ${event.violatedDirective} ${event.blockedURI}`));

  addEventListener('message', async (event) => {
    if (event.source !== parent) return;
    // A reader's focus on a link of the panel (by its href), and away from it again.
    if (event.data?.probe === 'focus') {
      const root = document.querySelector('[data-safer-seven-embed]');
      (root.shadowRoot ?? root).querySelector(`a[href="${event.data.href}"]`).focus();
      parent.postMessage({ probe: 'focused' }, '*');
      return;
    }
    if (event.data?.probe === 'blur') {
      document.activeElement?.blur();
      parent.postMessage({ probe: 'focused' }, '*');
      return;
    }
    if (event.data?.probe !== 'report') return;
    const tag = document.querySelector('[data-safer-seven-embed]');
    // A page that pins a signed file hands the tag to the updates drop-in: then it waits for it.
    if (tag.hasAttribute('updates')) {
      const defined = await Promise.race([customElements.whenDefined(tag.localName).then(() => true), new Promise((resolve) => setTimeout(resolve, 3000, false))]);
      if (!defined) problems.push(`<${tag.localName}> never defined`);
      await tag.updateComplete;
    }
    await document.fonts.ready;
    // The panel: in the page itself, or in the shadow root of the drop-in that took it over.
    const root = tag.shadowRoot ?? tag;
    // The parts' names: `part` in a shadow root, `data-part` in the page's own plain HTML.
    const part = tag.shadowRoot ? 'part' : 'data-part';
    const active = root.querySelector(`li[${part}~="route-active"]`);
    const axeViolations = event.data.axe
      ? // A page of heading level 2 sits in a partner's page under its h1: its own has none.
        (await window.axe.run(document, { resultTypes: ['violations'], preload: false, rules: { 'page-has-heading-one': { enabled: false } } })).violations.map((violation) => `${violation.id} (${violation.nodes.length})`)
      : [];
    const html = document.documentElement;
    // What a reader can reach inside the frame: each tel: link scrolled into view lies whole in
    // it and is what is drawn there; the panel's first and last lines come into view.
    const reach = () => {
      const box = document.body;
      const panel = document.querySelector('main');
      const inView = (rect) => rect.top >= -0.5 && rect.left >= -0.5 && rect.bottom <= innerHeight + 0.5 && rect.right <= innerWidth + 0.5;
      box.scrollTop = 0;
      const firstLineInView = panel.getBoundingClientRect().top >= -0.5;
      box.scrollTop = box.scrollHeight;
      const lastLineInView = panel.getBoundingClientRect().bottom <= innerHeight + 0.5;
      const unreached = [...(root.querySelectorAll?.('a[href^="tel:"]') ?? [])]
        .filter((link) => {
          link.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          const rect = link.getBoundingClientRect();
          const drawn = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
          return !(inView(rect) && rect.height > 0 && link.contains(drawn));
        })
        .map((link) => link.getAttribute('href'));
      box.scrollTop = 0;
      return { firstLineInView, lastLineInView, unreached, panelHeight: panel.getBoundingClientRect().height, frameHeight: innerHeight };
    };
    parent.postMessage(
      {
        probe: 'report',
        prerendered,
        title: document.title,
        lang: html.lang,
        text: root.querySelector(`[${part}~="base"]`)?.innerText ?? '',
        links: [...root.querySelectorAll('a[href]')].map((link) => ({
          href: link.getAttribute('href'),
          target: link.getAttribute('target'),
          rel: link.getAttribute('rel'),
          text: link.textContent.trim(),
        })),
        routes: [...root.querySelectorAll(`li[${part}~="route"]`)].map((route) => /route-([a-z-]+)/.exec(route.getAttribute(part))[1]),
        activeRoute: active ? /route-([a-z-]+)/.exec(active.getAttribute(part))[1] : undefined,
        overflow: Math.max(html.scrollWidth - html.clientWidth, document.body.scrollWidth - document.body.clientWidth),
        focused: document.activeElement?.getAttribute('href') ?? null,
        // What the page posts as its height: the panel's (main), whatever the frame's.
        height: Math.ceil(document.querySelector('main').getBoundingClientRect().height),
        // Whether every line can be seen or scrolled to inside the frame: the scroll box's.
        scroll: { scrollHeight: document.body.scrollHeight, clientHeight: document.body.clientHeight, overflowY: getComputedStyle(document.body).overflowY },
        resources: performance.getEntriesByType('resource').map((entry) => entry.name),
        origin: self.origin,
        axeViolations,
        reach: event.data.reach ? reach() : undefined,
        looks: (() => {
          const style = (selector) => {
            const element = root.querySelector(selector);
            return element ? getComputedStyle(element) : undefined;
          };
          // The routes in the order a reader sees them, top to bottom.
          const visualRoutes = [...root.querySelectorAll(`li[${part}~="route"]`)]
            .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
            .map((route) => /route-([a-z-]+)/.exec(route.getAttribute(part))[1]);
          return {
            visualRoutes,
            status: style('.status')?.display,
            hours: style('.hours')?.display,
            activeOutline: style('.active')?.outlineStyle,
            background: style(`[${part}~="base"]`)?.backgroundColor,
            color: style(`[${part}~="base"]`)?.color,
          };
        })(),
        problems,
      },
      '*',
    );
  });
})();
