// WCAG 1.4.12 text spacing, applied as a reader's bookmarklet or extension applies it. A
// page stylesheet cannot cross a shadow boundary, so the same sheet is adopted by the
// document and by every open shadow root in it, with !important as the bookmarklets use.

const textSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Every open shadow root under a root, however deep. */
function shadowRootsIn(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(element.shadowRoot, ...shadowRootsIn(element.shadowRoot));
  }
  return found;
}

/**
 * Applies 1.4.12's spacing to a document and its shadow roots; returns a function that takes
 * it off again. The sheet is built in the document's own window (an iframe's, for a demo page).
 */
export function applyTextSpacing(target: Document): () => void {
  const window = target.defaultView!;
  const sheet = new window.CSSStyleSheet();
  sheet.replaceSync(textSpacing);
  const roots: (Document | ShadowRoot)[] = [target, ...shadowRootsIn(target)];
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}
