// Where does a benchmark page's time go? `node bench/trace.mjs bundle-1 static-1 …` (after
// `npm run bench` or `npm run build`): loads each named page (variant-count, as in
// bench/generated/) the way the benchmark does, after a warm-up load, once more with a
// Chrome trace on; writes the trace to bench/generated/<page>.trace.json (open it in the
// DevTools Performance panel) and prints the renderer main thread of that page:
//
//   - each top-level task from the start of navigation, with its wall time, its CPU time and
//     the events inside it that take a third of it or more (nested or one after the other);
//   - the self time of each kind of trace event, the biggest first.
//
// Tracing slows the page down: read the trace for where the time goes and in which order,
// and the benchmark for how much.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { frameHost, launchBrowser, runOnce, scriptingFromTrace } from './harness.mjs';
import { writeBenchPages } from './pages.mjs';
import { startStaticServer } from './server.mjs';

const root = new URL('..', import.meta.url).pathname;
const names = process.argv.slice(2);
if (names.length === 0 || names.some((name) => !/^(static|bundle|iframe)-(1|100)$/.test(name))) {
  console.error('usage: node bench/trace.mjs <static|bundle|iframe>-<1|100> [...]');
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath || !existsSync(executablePath)) {
  console.error('bench/trace: no Chromium found; set CHROME_PATH (see scripts/find-chromium.mjs).');
  process.exit(1);
}

// Those of the DevTools Performance panel, less its JavaScript sampler: enough to see what
// runs when, with as little slowing down as a trace can manage. BENCH_TRACE_DETAIL=1 adds
// V8's own events (compile, GC) and Blink's, at a cost.
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'loading',
  'toplevel',
  'v8.execute',
  'blink.user_timing',
  ...(process.env.BENCH_TRACE_DETAIL ? ['v8', 'blink', 'disabled-by-default-v8.compile'] : []),
];

/** The main thread of the renderer that parsed the variant page. */
function mainThreadOf(events, path) {
  const parse = events.find(
    (event) => event.name === 'ParseHTML' && JSON.stringify(event.args ?? {}).includes(path),
  );
  return parse && { pid: parse.pid, tid: parse.tid };
}

function summarise(events, path) {
  const thread = mainThreadOf(events, path);
  if (!thread) return `no ParseHTML of ${path} in the trace`;
  const own = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const navigationStart = events.find(
    (event) => event.name === 'navigationStart' && JSON.stringify(event.args ?? {}).includes(path),
  );
  const origin = navigationStart ? navigationStart.ts : own[0].ts;
  const lines = [];

  // Top-level tasks, and inside each the nested calls that take a third of it or more.
  let end = -Infinity;
  const tasks = [];
  for (const event of own) {
    if (event.ts >= end) {
      tasks.push(event);
      end = event.ts + event.dur;
    }
  }
  lines.push('  start ms   wall ms    cpu ms  what');
  for (const task of tasks) {
    if (task.ts < origin || task.dur < 500) continue;
    const inside = own
      .filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur)
      .filter((event) => event.dur >= task.dur / 3 && !/RunTask|Receive mojo message|ThreadController/.test(event.name))
      .slice(0, 5)
      .map((event) => `${event.name} ${(event.dur / 1000).toFixed(1)}`);
    // (The events listed are the longest inside the task, in order; not a call chain.)
    lines.push(
      `${((task.ts - origin) / 1000).toFixed(1).padStart(9)} ${(task.dur / 1000).toFixed(1).padStart(9)} ` +
        `${((task.tdur ?? 0) / 1000).toFixed(1).padStart(9)}  ${inside.join(' | ') || task.name}`,
    );
  }

  // Self time per event name.
  const self = new Map();
  const stack = [];
  for (const event of own) {
    if (event.ts < origin) continue;
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur);
    self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
    stack.push(event);
  }
  lines.push('', '  self ms (wall)  event');
  for (const [name, duration] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    lines.push(`${(duration / 1000).toFixed(1).padStart(9)}  ${name}`);
  }
  return lines.join('\n');
}

const server = await startStaticServer(root);
const { urls } = await writeBenchPages(root, [1, 100], { frameOrigin: `http://${frameHost}:${server.port}` });
const { browser, browserSession } = await launchBrowser(executablePath);
try {
  for (const name of names) {
    const [variant, count] = name.split('-');
    await runOnce(browserSession, server.origin, urls, variant, Number(count));
    const run = await runOnce(browserSession, server.origin, urls, variant, Number(count), { trace: categories });
    const file = join(root, `bench/generated/${name}.trace.json`);
    writeFileSync(file, JSON.stringify({ traceEvents: run.traceEvents }));
    console.log(`\n${name}: content at ${run.contentMs.toFixed(1)} ms (traced), DOMContentLoaded ${run.seen.domContentLoaded?.toFixed(1)} ms, ` +
      `script ${run.ScriptDuration.toFixed(1)} ms (with microtasks ${scriptingFromTrace(run.traceEvents, urls[name]).toFixed(1)} ms), ` +
      `layout ${run.LayoutDuration.toFixed(1)} ms, style ${run.RecalcStyleDuration.toFixed(1)} ms; trace: ${file}`);
    console.log(summarise(run.traceEvents, urls[name]));
  }
} finally {
  await browser.close();
  await server.close();
}
