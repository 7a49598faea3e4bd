// What the tests of the drop-in files share: the log that capture-console.js keeps inside a
// test page, and the checks every built file must pass (nothing in it can make a request,
// store or evaluate; its .sri.txt holds its hash). Not a test file: web-test-runner only runs
// *.test.ts.
import { expect } from '@open-wc/testing';

/** What capture-console.js records inside a page. */
export interface PageLog {
  readonly warnings: string[];
  readonly errors: string[];
  readonly violations: string[];
  readonly failedLoads: string[];
  readonly takeReports?: () => void;
}

/** No source map comment and no way to make a request, store or evaluate. */
export function expectNoWayToRequestStoreOrEvaluate(source: string, { signedUpdateFetch = false } = {}): void {
  if (signedUpdateFetch) {
    // One fetch: the opt-in signed content update, without cookies or referrer.
    expect(source.match(/fetch\(/g)).to.have.length(1);
    expect(source).to.match(/fetch\(\w+,\{credentials:"omit",referrerPolicy:"no-referrer",signal:AbortSignal\.timeout\(/);
  }
  for (const forbidden of [
    'sourceMappingURL',
    ...(signedUpdateFetch ? [] : ['fetch(']),
    'XMLHttpRequest',
    'sendBeacon',
    'WebSocket',
    'EventSource',
    'document.cookie',
    'localStorage',
    'sessionStorage',
    'indexedDB',
    'new Function',
    'import(',
  ]) {
    expect(source, forbidden).not.to.contain(forbidden);
  }
  expect(source).not.to.match(/\beval\b/);
}

/** The file's SHA-384, as Subresource Integrity writes it, equals its .sri.txt. */
export async function expectIntegrityFileMatches(url: string): Promise<void> {
  const [bytes, recorded] = await Promise.all([
    fetch(url).then((response) => response.arrayBuffer()),
    fetch(`${url}.sri.txt`).then((response) => response.text()),
  ]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  expect(recorded.trim()).to.equal(`sha384-${btoa(String.fromCharCode(...digest))}`);
}

const openFrames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of openFrames.splice(0)) frame.remove();
});

/**
 * Opens a page of ./pages in an iframe (removed after the test) and waits for its `load`:
 * deferred and module scripts have run by then. `sandbox` sets the frame's sandbox, such as
 * one without allow-scripts for a reader with JavaScript off.
 */
export async function openFrame(name: string, sandbox?: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.title = name;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = `/test/bundle/pages/${name}`;
  document.body.append(frame);
  openFrames.push(frame);
  await loaded;
  return frame.contentWindow!;
}
