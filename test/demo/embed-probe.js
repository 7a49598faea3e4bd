// Injected into an embed page by test/demo/site-server.mjs (only when its address asks for a
// probe), before anything else runs: it notes every error, warning, policy violation and
// failed load, and on `{ probe: 'report' }` from the parent answers with what a reader sees
// (the text, the links, the routes in order, overflow), the requests made, and axe's findings.
(() => {
  const problems = [];
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
  // Before the deferred scripts run: whether the parser gave the tag its declarative shadow
  // root, with the components' stylesheet linked inside.
  let prerendered = false;
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const root = document.querySelector('[data-safer-seven-embed]')?.shadowRoot;
    prerendered = Boolean(root?.querySelector('link[rel="stylesheet"]') && root.querySelector('[part~="base"]'));
  });
  document.addEventListener('securitypolicyviolation', (event) => problems.push(`policy: ${event.violatedDirective} ${event.blockedURI}`));

  addEventListener('message', async (event) => {
    if (event.source !== parent || event.data?.probe !== 'report') return;
    const tag = document.querySelector('[data-safer-seven-embed]');
    // A page whose scripts were blocked still answers, with what blocked them.
    const defined = await Promise.race([customElements.whenDefined(tag.localName).then(() => true), new Promise((resolve) => setTimeout(resolve, 3000, false))]);
    if (!defined) problems.push(`<${tag.localName}> never defined`);
    await tag.updateComplete;
    await document.fonts.ready;
    const root = tag.shadowRoot;
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
        activeRoute: tag.activeRoute,
        overflow: html.scrollWidth - html.clientWidth,
        height: Math.ceil(html.getBoundingClientRect().height),
        resources: performance.getEntriesByType('resource').map((entry) => entry.name),
        origin: self.origin,
        axeViolations,
        problems,
      },
      '*',
    );
  });
})();
