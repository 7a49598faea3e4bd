// Injected into an embed page by test/demo/site-server.mjs (only when its address asks for a
// probe), before anything else runs: it notes every error, warning, policy violation and
// failed load, and on `{ probe: 'report' }` from the parent answers with what a reader sees
// (the text, the links, the routes in order, overflow), the requests made, and axe's findings.
(() => {
  const problems = [];
  // `clock=<ISO instant>` in the address: the page's clock starts there and runs on, so that a
  // test sees an opening or closing time pass within a second or two.
  const clock = new URLSearchParams(location.search).get('clock');
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
    const base = document.querySelector('[data-safer-seven-embed] [part~="base"]');
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
    const active = root.querySelector('li[part~="route-active"]');
    const axeViolations = event.data.axe
      ? // A page of heading level 2 sits in a partner's page under its h1: its own has none.
        (await window.axe.run(document, { resultTypes: ['violations'], preload: false, rules: { 'page-has-heading-one': { enabled: false } } })).violations.map((violation) => `${violation.id} (${violation.nodes.length})`)
      : [];
    const html = document.documentElement;
    parent.postMessage(
      {
        probe: 'report',
        prerendered,
        title: document.title,
        lang: html.lang,
        text: root?.querySelector('[part~="base"]')?.innerText ?? '',
        links: [...(root?.querySelectorAll('a[href]') ?? [])].map((link) => ({
          href: link.getAttribute('href'),
          target: link.getAttribute('target'),
          rel: link.getAttribute('rel'),
          text: link.textContent.trim(),
        })),
        routes: [...(root?.querySelectorAll('li[part~="route"]') ?? [])].map((route) => /route-([a-z-]+)/.exec(route.getAttribute('part'))[1]),
        activeRoute: active ? /route-([a-z-]+)/.exec(active.getAttribute('part'))[1] : undefined,
        overflow: Math.max(html.scrollWidth - html.clientWidth, document.body.scrollWidth - document.body.clientWidth),
        focused: document.activeElement?.getAttribute('href') ?? null,
        // What the page posts as its height: the panel's (main), whatever the frame's.
        height: Math.ceil(document.querySelector('main').getBoundingClientRect().height),
        // Whether every line can be seen or scrolled to inside the frame: the scroll box's.
        scroll: { scrollHeight: document.body.scrollHeight, clientHeight: document.body.clientHeight, overflowY: getComputedStyle(document.body).overflowY },
        resources: performance.getEntriesByType('resource').map((entry) => entry.name),
        origin: self.origin,
        axeViolations,
        problems,
      },
      '*',
    );
  });
})();
