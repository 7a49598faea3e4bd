// One measured page load, shared by bench/run.mjs and bench/trace.mjs.
//
// A run: a new incognito browser context (an empty HTTP cache: a first visit) and a new tab;
// the blank host page first, so that the tab's renderer process exists and the heap baseline
// is taken there; then the variant's page, until its probe (bench/probe.js) reports that
// every embed shows its information and the load event has fired.
//
// The tab is driven through a bare DevTools session with only the Page and Performance
// domains on. Puppeteer's own Page would also turn on the Runtime domain, which makes Chrome
// build a JavaScript context for every document at once, the initial about:blank of each of
// 300 iframes included, and report each one: work a reader's browser never does, and that
// only the iframe variant would pay for.
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../scripts/find-chromium.mjs';

export const metricNames = ['ScriptDuration', 'V8CompileDuration', 'LayoutDuration', 'RecalcStyleDuration', 'TaskDuration'];

/**
 * The iframe variant's other site: a partner's page and the partnership's site are never one
 * site, so the frames come from this name, which the browser resolves to the local server.
 */
export const frameHost = 'partnership.test';

/** Headless Chromium with Puppeteer attached to no tab: each run drives its own. */
export async function launchBrowser(executablePath) {
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromiumArgs(), '--headless=new', `--host-resolver-rules=MAP ${frameHost} 127.0.0.1`],
    protocolTimeout: 120_000,
    targetFilter: (target) => target.type() !== 'page',
    waitForInitialPage: false,
  });
  const browserSession = await browser.target().createCDPSession();
  return { browser, browserSession };
}

export function withTimeout(promise, milliseconds, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${message} within ${milliseconds / 1000} s`)), milliseconds);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The throttled phone profile of issue 21: 150 ms round trip, 1.6 Mbit/s down (750 kbit/s
 * up), and the CPU 4x slower, by the DevTools protocol, on the tab and on every frame of
 * another site (each its own target, attached as it starts, before it runs).
 */
export const phoneProfile = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpuSlowdown: 4 };

async function throttle(session, profile) {
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency,
    downloadThroughput: profile.downloadThroughput,
    uploadThroughput: profile.uploadThroughput,
  });
  await session.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

/** Throttles `tab` and each frame target it starts from now on (out-of-process iframes). */
async function throttleWithFrames(tab, profile) {
  tab.on('Target.attachedToTarget', async ({ sessionId, targetInfo }) => {
    const child = tab.connection().session(sessionId);
    try {
      if (targetInfo.type === 'iframe') {
        await throttle(child, profile);
        await child.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
      }
    } finally {
      await child.send('Runtime.runIfWaitingForDebugger').catch(() => {});
    }
  });
  await throttle(tab, profile);
  await tab.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
}

/**
 * Loads `urls[variant-count]` once as described above; with `profile` (phoneProfile), throttled. Returns the probe's figures, the
 * Performance metrics in milliseconds of thread time, and the JS heap the page keeps. With
 * `server` (bench/server.mjs), also what it sent for the page (`sent`). With
 * `trace: categories`, also the trace events of the variant page's load (slower: only for
 * bench/trace.mjs, never for the figures).
 */
export async function runOnce(browserSession, origin, urls, variant, count, { timeout = 60_000, trace, server, profile } = {}) {
  const { browserContextId } = await browserSession.send('Target.createBrowserContext', { disposeOnDetach: true });
  let targetId;
  try {
    ({ targetId } = await browserSession.send('Target.createTarget', { url: 'about:blank', browserContextId }));
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: true });
    const tab = browserSession.connection().session(sessionId);
    await tab.send('Page.enable');
    // Thread time: what the renderer's main thread spent, whatever else the machine runs.
    await tab.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () =>
      Object.fromEntries((await tab.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
    const navigate = async (path) => {
      const loaded = withTimeout(
        new Promise((resolve) => tab.once('Page.loadEventFired', resolve)),
        timeout,
        `${path} did not load`,
      );
      const { errorText } = await tab.send('Page.navigate', { url: origin + path });
      if (errorText) throw new Error(`${path}: ${errorText}`);
      await loaded;
    };

    await navigate(urls.blank);
    await tab.send('HeapProfiler.collectGarbage');
    const heapBefore = (await metrics()).JSHeapUsedSize;
    if (profile) await throttleWithFrames(tab, profile);
    server?.takeLog();

    let traceEvents;
    if (trace) {
      traceEvents = [];
      tab.on('Tracing.dataCollected', ({ value }) => traceEvents.push(...value));
      await tab.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: trace } });
    }

    // Chrome starts these counters afresh for each document it commits: the figures after
    // the navigation are the variant page's own, from its commit on.
    await navigate(urls[`${variant}-${count}`]);
    const evaluation = await withTimeout(
      tab.send('Runtime.evaluate', { expression: 'window.__benchDone', awaitPromise: true, returnByValue: true }),
      timeout,
      `${variant} with ${count} set(s) never showed all its content`,
    );
    if (evaluation.exceptionDetails) throw new Error(`${variant}-${count}: ${evaluation.exceptionDetails.text}`);
    const seen = evaluation.result.value;
    const after = await metrics();

    if (trace) {
      const complete = new Promise((resolve) => tab.once('Tracing.tracingComplete', resolve));
      await tab.send('Tracing.end');
      await complete;
    }

    // The heap that the page keeps, not its garbage: collect, then read.
    await tab.send('HeapProfiler.collectGarbage');
    const heapAfter = (await metrics()).JSHeapUsedSize;

    const expected = count === 0 ? 1 : 3 * count;
    if (seen?.embeds !== expected) throw new Error(`${variant}-${count}: ${seen?.embeds} embeds on the page, not ${expected}`);
    const sent = server?.takeLog();
    const result = { contentMs: seen.contentAt, liveMs: seen.liveAt, seen, heapBytes: heapAfter - heapBefore, traceEvents, sent };
    for (const name of metricNames) result[name] = after[name] * 1000;
    return result;
  } finally {
    if (targetId) await browserSession.send('Target.closeTarget', { targetId }).catch(() => {});
    await browserSession.send('Target.disposeBrowserContext', { browserContextId }).catch(() => {});
  }
}

// The trace categories for `runOnce(…, { trace })` in the benchmark: the DevTools timeline's
// own, without its JavaScript sampler, so that tracing slows the page down as little as it can.
export const lightTraceCategories = ['devtools.timeline', 'v8.execute', 'toplevel', 'loading'];

// What the DevTools Performance panel counts as Scripting. Lit renders in microtasks
// (RunMicrotasks), which the ScriptDuration metric leaves out.
const scriptingEvents = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceCache',
  'v8.produceModuleCache',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'MinorGC',
  'MajorGC',
]);

/**
 * Scripting time in a trace: the self thread time of the scripting events on the main thread
 * of the renderer that parsed `pagePath` (same-origin iframes share it), so that layout or
 * parsing that a script causes is not counted twice. Milliseconds, or NaN without that page.
 */
export function scriptingFromTrace(events, pagePath) {
  const parse = events.find((event) => event.name === 'ParseHTML' && JSON.stringify(event.args ?? {}).includes(pagePath));
  if (!parse) return NaN;
  const own = events
    .filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const cpu = (event) => event.tdur ?? event.dur;
  let total = 0;
  const stack = [];
  for (const event of own) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent && scriptingEvents.has(parent.name)) total -= cpu(event);
    if (scriptingEvents.has(event.name)) total += cpu(event);
    stack.push(event);
  }
  return total / 1000;
}
