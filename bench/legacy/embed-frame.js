// The embed pages' own script (site/embed/*.html), loaded before the drop-in bundle. The page
// is made to sit in a partner's iframe, often `sandbox="allow-scripts"` without
// `allow-same-origin` (WordPress's oEmbed, SharePoint): so it reads no storage, reaches into
// no parent, and makes no request. It does three things:
//
// 1. Height, by WordPress's protocol (wp-includes/js/wp-embed.js): when the frame's address
//    carries `#?secret=<letters and digits>`, it posts `{ message: 'height', value, secret }`
//    to its parent at load, whenever its height changes (a ResizeObserver: width, the route
//    changing at opening and closing time, a signed update, fonts), and again when the parent
//    says `{ message: 'ready', secret }`. Without a secret it posts nothing: a host that wants
//    the height chooses a secret and listens (docs/embedding.md).
// 2. Links to other sites open a new top-level tab (`target="_blank"`), as a link that
//    replaced the frame would show another site inside the partner's box (or nothing, where
//    that site forbids framing); inside the components too, whenever they render.
// 3. `?now=<ISO instant>` in the address judges office hours at that instant (previews and
//    screenshots only; a live page follows the clock), as the tags' `now` attribute does.
(() => {
  const hashParameters = new URLSearchParams(location.hash.replace(/^#\??/, ''));
  // WordPress drops any message whose secret holds anything but letters and digits.
  const secret = /^[a-zA-Z0-9]{1,64}$/.test(hashParameters.get('secret') ?? '') ? hashParameters.get('secret') : '';
  const now = new URLSearchParams(location.search).get('now');
  const tags = [...document.querySelectorAll('main > [data-safer-seven-embed]')];

  if (now) {
    for (const tag of tags) if (tag.hasAttribute('data-takes-now')) tag.setAttribute('now', now);
  }

  const markLinks = (root) => {
    for (const link of root.querySelectorAll('a[href^="https:"], a[href^="http:"]')) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
  };
  // A render brings many records at once: mark each root they touched once, not once a record.
  const linkObserver = new MutationObserver((records) => {
    for (const root of new Set(records.map((record) => record.target.getRootNode()))) markLinks(root);
  });
  const watch = (root) => {
    markLinks(root);
    linkObserver.observe(root, { childList: true, subtree: true });
  };
  watch(document);
  for (const tag of tags) {
    // With declarative shadow DOM the root is here already; otherwise it comes at upgrade.
    if (tag.shadowRoot) watch(tag.shadowRoot);
    else customElements.whenDefined(tag.localName).then(() => tag.shadowRoot && watch(tag.shadowRoot));
  }

  if (!secret || parent === window) return;
  let lastHeight = -1;
  const postHeight = (always) => {
    const value = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (value === lastHeight && !always) return;
    lastHeight = value;
    parent.postMessage({ message: 'height', value, secret }, '*');
  };
  new ResizeObserver(() => postHeight(false)).observe(document.documentElement);
  // A frame out of view is not rendered (browsers throttle it), so its ResizeObserver waits
  // until it scrolls into view; its height at load is posted anyway (measuring lays it out).
  addEventListener('load', () => postHeight(false));
  addEventListener('message', (event) => {
    if (event.source === parent && event.data?.message === 'ready' && event.data.secret === secret) postHeight(true);
  });
})();
