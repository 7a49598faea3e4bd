// `npm run bench` (after the build): how much slower than plain HTML is Safer Seven on a page?
//
// In one headless Chromium it loads five versions of one host page, alternating run by run
// after a warm-up, with 1, 10 and 100 copies of the set of three embeds (report-it,
// warning-signs, contacts):
//
//   static  the same information as plain HTML (the limit)
//   bundle  the drop-in bundle: <script src=".../safer-seven.min.js" defer> and the three tags
//   snippet      the same, with each tag holding its fallback (static HTML) until it upgrades
//   prerendered  each tag pre-rendered as declarative shadow DOM (styled, fallback inside)
//                and the drop-in bundle, which takes the elements over
//   iframe  three iframes of the site's real embed pages (site/embed/<part>.html, npm run
//           site: one document each), from another site, sandbox="allow-scripts", #?secret=
//   legacy  the same frames of today's embed pages before issue 21 (bench/legacy/)
//   bare    the same frames holding only the part's static HTML with its CSS inline: the limit
//           (the frame variants at 1 and 10 sets, and with one embed alone: 1 frame)
//
// and, in the same rounds, static HTML and the three frame variants on a throttled phone
// profile (150 ms round trip, 1.6 Mbit/s, CPU 4x, by the DevTools protocol), with 1 frame,
// 3 frames and 30 frames; the frames' ratios to static HTML and to the bare frame.
//
// and reports, as medians over the runs: the time until every embed's information is in the
// page and laid out (bench/probe.js), and until it is live (every element upgraded and
// rendered), the run-by-run ratio of each to static HTML, the
// DevTools Performance metrics (script, layout, style and task time, JS heap) of the page,
// scripting with microtasks from a few traced runs, and the bundle's raw, gzip and brotli
// sizes, and what each page fetched (files, bytes). It prints one table and writes the same to docs/benchmarks.md, which also says how
// it was measured and how to read it. It is a benchmark, not a test: a figure never fails it;
// it exits 1 only when something is broken (no Chromium, no build, a page that never shows
// its content). The pages, the server, the page-load harness and this runner are all in bench/.
//
// Environment: BENCH_VARIANTS (a comma list: run only those, and static HTML), BENCH_PHONE=0
// (no phone profile), BENCH_RUNS (runs per variant, default 15), BENCH_IFRAME100_RUNS (runs of the
// slow iframe page with 100 sets, default 0: not run), BENCH_TRACE_RUNS (traced runs for the scripting
// column, default 5), BENCH_WARMUP (warm-up rounds, default 1), CHROME_PATH (which Chromium;
// see scripts/find-chromium.mjs).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { frameHost, launchBrowser, lightTraceCategories, phoneProfile, runOnce, scriptingFromTrace } from './harness.mjs';
import { startStaticServer } from './server.mjs';
import { bundlePath, frameVariants, oneEmbedVariants, variants as allVariants, writeBenchPages } from './pages.mjs';
import { findChromium } from '../scripts/find-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const counts = [1, 10, 100];
const runs = positiveInteger('BENCH_RUNS', 15);
// BENCH_VARIANTS=static,bare,legacy,iframe runs only those (static is always run: the ratios' base).
const variants = process.env.BENCH_VARIANTS
  ? allVariants.filter((variant) => variant === 'static' || process.env.BENCH_VARIANTS.split(',').includes(variant))
  : allVariants;
// The throttled phone profile (issue 21): static HTML and the frames, with one embed, one set
// and 10 sets, in every round beside the fast runs. BENCH_PHONE=0 leaves it out.
const phone = process.env.BENCH_PHONE !== '0';
const phoneCounts = [0, 1, 10];
/** The label of a count: 0 is one embed alone (report-it). */
const embedsLabel = (count) => (count === 0 ? '1 part' : count === 1 ? '1 set' : `${count} sets`);
const framesLabel = (count) => (count === 0 ? '1 frame' : `${3 * count} frames`);
const warmupRounds = positiveInteger('BENCH_WARMUP', 1, true);
// 300 iframes, each from another site in its own sandbox, take many seconds a run on two
// cores: by default the iframe variant does not run at 100 sets (no partner puts 300 frames
// on a page); BENCH_IFRAME100_RUNS=n runs it in n of the rounds (spread evenly).
const iframeManyRuns = Math.min(runs, positiveInteger('BENCH_IFRAME100_RUNS', 0, true));
const iframeManyRounds = new Set(Array.from({ length: iframeManyRuns }, (_, k) => Math.floor((k * runs) / iframeManyRuns)));
// ScriptDuration leaves out microtasks, where Lit renders: a few more runs with a light trace
// measure scripting as the DevTools Performance panel counts it (not the iframe page with 100
// sets, whose trace alone would take longer than the rest).
const traceRuns = positiveInteger('BENCH_TRACE_RUNS', 5, true);
const pageTimeout = 60_000;

const targets = {
  contentRatio: 1.15, // time-to-content within 1.15x of static HTML, at 1, 10 and 100 sets
  scriptMsOneEmbed: 8, // script time under 8 ms for one embed
  gzipBytes: 10_240, // bundle 10 KB gzip or less
};

function positiveInteger(name, fallback, zeroAllowed = false) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < (zeroAllowed ? 0 : 1)) {
    // Read before anything starts: nothing to clean up yet.
    console.error(`bench: ${name} must be a whole number${zeroAllowed ? '' : ' above 0'}, not "${text}".`);
    process.exit(1);
  }
  return value;
}

/** Something is broken (not a slow figure): said plainly, and the benchmark exits 1. */
class BenchError extends Error {}

function fail(message) {
  throw new BenchError(message);
}

// ---------------------------------------------------------------------------------------
// Statistics

function quantile(values, q) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
const median = (values) => quantile(values, 0.5);

// ---------------------------------------------------------------------------------------
// Formatting

const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '-');
const kb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(0) : '-');
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : '-');
const mark = (ok) => (ok ? '✓' : '✗');

function textTable(header, rows) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => String(row[i]).length)));
  const line = (row) =>
    row.map((cell, i) => (i < 2 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(header, rows) {
  const align = header.map((_, i) => (i < 2 ? ':--' : '--:'));
  return [header, align, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

// ---------------------------------------------------------------------------------------

// What the server sent for one page load (every run starts with an empty cache): the number
// of files, their bytes as sent (the benchmark's server does not compress) and what they
// would be gzipped (level 9, as a host that compresses would send them), less the frame probe.
// A frame's page carries the benchmark's frame probe inline: its bytes are left out (raw and,
// as an estimate, gzipped on its own), so that a frame weighs what a partner's would.
const gzipped = new Map();
const frameProbeText = readFileSync(join(root, 'bench/frame-probe.js'));
const frameProbeBytes = { raw: Buffer.byteLength(`<script>${frameProbeText}</script>\n    `), gzip: gzipSync(frameProbeText, { level: 9 }).length };
const isFramePage = (pathname) => /\/safer-seven\/(embed|legacy-embed|bare)\/[^/]+\.html$/.test(pathname);
function transferred(sent = []) {
  const files = sent;
  let gzip = 0;
  let raw = 0;
  for (const { file, pathname, bytes } of files) {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
    const probe = isFramePage(pathname) ? frameProbeBytes : { raw: 0, gzip: 0 };
    gzip += gzipped.get(file) - probe.gzip;
    raw += bytes - probe.raw;
  }
  return { requests: files.length, raw, gzip };
}

function bundleSizes() {
  const file = join(root, bundlePath);
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_DEFAULT_QUALITY },
    }).length,
  };
}

function machine(chromiumVersion) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    load: os.loadavg()[0].toFixed(2),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

async function main() {
  for (const needed of [bundlePath, 'packages/content/dist/index.js']) {
    if (!existsSync(join(root, needed))) fail(`${needed} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
  }
  const executablePath = findChromium();
  if (!executablePath || !existsSync(executablePath)) {
    fail(
      'no Chromium found. Install Chromium or Chrome (e.g. `apt-get install chromium`) or set CHROME_PATH ' +
        'to its executable; scripts/find-chromium.mjs lists where it looks.',
    );
  }

  const sizes = bundleSizes();
  const server = await startStaticServer(root);
  const frameOrigin = `http://${frameHost}:${server.port}`;
  let urls;
  let embedSource;
  try {
    ({ urls, embedSource } = await writeBenchPages(root, counts, { frameOrigin }));
  } catch (error) {
    await server.close();
    throw error;
  }

  let browser;
  let browserSession;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await server.close();
  };
  process.once('SIGINT', () => stop().then(() => process.exit(130)));

  try {
    try {
      ({ browser, browserSession } = await launchBrowser(executablePath));
    } catch (error) {
      fail(`could not start Chromium at ${executablePath}: ${error.message}`);
    }
    const chromium = await browser.version();
    const host = machine(chromium);
    console.log(
      `Safer Seven benchmark: ${runs} runs per variant (iframe with 100 sets: ${iframeManyRuns}), ${warmupRounds} warm-up round(s)`,
    );
    console.log(`${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB; Node ${host.node}; ${chromium}; load average ${host.load}`);
    console.log(`serving ${root} at ${server.origin}`);
    console.log(`iframe embeds: ${Object.values(embedSource).map((source) => frameOrigin + source).join(', ')}\n`);

    const started = Date.now();
    // results[`${variant}-${count}`] (fast) and results[`phone:${variant}-${count}`] = [run, ...],
    // each run with its round. Count 0: one embed alone (report-it), static HTML and frames only.
    const results = {};
    const plan = []; // [profile, count, variant]
    for (const count of [0, ...counts]) {
      for (const variant of variants) if (count > 0 || oneEmbedVariants.includes(variant)) plan.push(['fast', count, variant]);
    }
    if (phone) for (const count of phoneCounts) for (const variant of variants.filter((v) => oneEmbedVariants.includes(v))) plan.push(['phone', count, variant]);
    const keyOf = (profile, variant, count) => `${profile === 'phone' ? 'phone:' : ''}${variant}-${count}`;
    for (const [profile, count, variant] of plan) results[keyOf(profile, variant, count)] = [];

    const rounds = warmupRounds + runs;
    for (let round = 0; round < rounds; round += 1) {
      const warm = round < warmupRounds;
      // Alternate the order, so that no variant always runs first or after the heaviest page.
      const order = variants.map((_, i) => variants[(i + round) % variants.length]);
      const countOrder = round % 2 === 0 ? [0, ...counts] : [0, ...counts].reverse();
      for (const profile of phone ? ['fast', 'phone'] : ['fast']) {
        for (const count of countOrder) {
          for (const variant of order) {
            if (!results[keyOf(profile, variant, count)]) continue;
            // 300 iframes take seconds a run, and warm nothing that one set of iframes does not.
            if (frameVariants.includes(variant) && count > 10 && (warm || !iframeManyRounds.has(round - warmupRounds))) continue;
            const run = await runOnce(browserSession, server.origin, urls, variant, count, {
              timeout: pageTimeout,
              server,
              profile: profile === 'phone' ? phoneProfile : undefined,
            });
            const label = warm ? `warm-up ${round + 1}/${warmupRounds}` : `run ${round - warmupRounds + 1}/${runs}`;
            console.log(
              `  ${label.padEnd(12)} ${profile.padEnd(5)} ${variant.padEnd(11)} ${embedsLabel(count).padEnd(8)} content ${ms(run.contentMs).padStart(7)} ms` +
                `  live ${ms(run.liveMs).padStart(7)} ms` +
                `  script ${ms(run.ScriptDuration).padStart(6)} ms  layout ${ms(run.LayoutDuration).padStart(6)} ms`,
            );
            if (!warm) results[keyOf(profile, variant, count)].push({ ...run, round: round - warmupRounds });
          }
        }
      }
    }

    // Scripting with microtasks, from traced runs (which are slower: their times are not used).
    const scripting = {}; // scripting[`${variant}-${count}`] = [ms, ...]
    for (let round = 0; round < traceRuns; round += 1) {
      const order = variants.map((_, i) => variants[(i + round) % variants.length]);
      for (const count of counts) {
        for (const variant of order) {
          // The frames run in their own renderer (another site), which the trace leaves out.
          if (frameVariants.includes(variant)) continue;
          const run = await runOnce(browserSession, server.origin, urls, variant, count, {
            timeout: pageTimeout,
            trace: lightTraceCategories,
          });
          const value = scriptingFromTrace(run.traceEvents, urls[`${variant}-${count}`]);
          (scripting[`${variant}-${count}`] ??= []).push(value);
          console.log(
            `  ${`trace ${round + 1}/${traceRuns}`.padEnd(12)} ${variant.padEnd(11)} x${String(count).padEnd(4)} scripting ${ms(value).padStart(6)} ms`,
          );
        }
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    host.loadAfter = os.loadavg()[0].toFixed(2);

    // Medians, and the ratio to static HTML taken run by run (same round, same count).
    const rows = [];
    for (const count of counts) {
      for (const variant of variants) {
        const list = results[`${variant}-${count}`];
        if (!list || list.length === 0) continue;
        // The frames' renderer is another process: these thread-time figures would be the host's alone.
        const own = (value) => (frameVariants.includes(variant) ? NaN : value);
        const staticByRound = new Map(results[`static-${count}`].map((run) => [run.round, run]));
        const contents = list.map((run) => run.contentMs);
        const ratios = list.map((run) => run.contentMs / staticByRound.get(run.round).contentMs);
        const liveRatios = list.map((run) => run.liveMs / staticByRound.get(run.round).contentMs);
        rows.push({
          variant,
          count,
          runs: list.length,
          content: median(contents),
          contentLow: quantile(contents, 0.25),
          contentHigh: quantile(contents, 0.75),
          ratio: variant === 'static' ? 1 : median(ratios),
          live: median(list.map((run) => run.liveMs)),
          liveRatio: variant === 'static' ? 1 : median(liveRatios),
          script: own(median(list.map((run) => run.ScriptDuration))),
          scripting: median(scripting[`${variant}-${count}`] ?? []),
          compile: own(median(list.map((run) => run.V8CompileDuration))),
          layout: own(median(list.map((run) => run.LayoutDuration))),
          style: own(median(list.map((run) => run.RecalcStyleDuration))),
          task: own(median(list.map((run) => run.TaskDuration))),
          heap: own(median(list.map((run) => run.heapBytes))),
          requests: median(list.map((run) => transferred(run.sent).requests)),
          sentBytes: median(list.map((run) => transferred(run.sent).raw)),
          gzipBytes: median(list.map((run) => transferred(run.sent).gzip)),
          frames: median(list.map((run) => run.seen.contentFrameNumber)),
          fcp: median(list.map((run) => run.seen.firstContentfulPaint)),
          bundleEnd: median(list.map((run) => run.seen.bundleResponseEnd)),
          domContentLoaded: median(list.map((run) => run.seen.domContentLoaded)),
        });
      }
    }

    // The frames side by side (issue 21): static HTML, the bare frame (the limit of any iframe),
    // today's embed pages and the one-document ones, fast and on the phone profile, with one
    // frame, one set (3 frames) and 10 sets (30 frames); ratios run by run, to static HTML and
    // to the bare frame of the same round.
    const frameRows = [];
    for (const profile of phone ? ['fast', 'phone'] : ['fast']) {
      for (const count of [0, 1, 10]) {
        for (const variant of ['static', ...frameVariants]) {
          const list = results[keyOf(profile, variant, count)];
          if (!list || list.length === 0) continue;
          const byRound = (base) => new Map((results[keyOf(profile, base, count)] ?? []).map((run) => [run.round, run]));
          const statics = byRound('static');
          const bares = byRound('bare');
          const ratioTo = (runs, pick, base, basePick) => median(runs.filter((run) => base.has(run.round)).map((run) => pick(run) / basePick(base.get(run.round))));
          frameRows.push({
            profile,
            count,
            variant,
            runs: list.length,
            content: median(list.map((run) => run.contentMs)),
            live: median(list.map((run) => run.liveMs)),
            contentXStatic: ratioTo(list, (run) => run.contentMs, statics, (run) => run.contentMs),
            liveXStatic: ratioTo(list, (run) => run.liveMs, statics, (run) => run.contentMs),
            contentXBare: variant === 'static' ? NaN : ratioTo(list, (run) => run.contentMs, bares, (run) => run.contentMs),
            liveXBare: variant === 'static' ? NaN : ratioTo(list, (run) => run.liveMs, bares, (run) => run.liveMs),
            requests: median(list.map((run) => transferred(run.sent).requests)),
            gzipBytes: median(list.map((run) => transferred(run.sent).gzip)),
          });
        }
      }
    }
    const frameHeader = ['profile', 'embeds', 'variant', 'runs', 'content x static', 'live x static', 'content x bare', 'live x bare', 'requests', 'KiB gzip'];
    const variantName = { static: 'static HTML', bare: 'bare frame (limit)', legacy: "today's embed page", iframe: 'one-document embed page' };
    const frameCells = frameRows.map((row) => [
      row.profile,
      framesLabel(row.count),
      variantName[row.variant],
      String(row.runs),
      ratio(row.contentXStatic),
      ratio(row.liveXStatic),
      ratio(row.contentXBare),
      ratio(row.liveXBare),
      String(row.requests),
      (row.gzipBytes / 1024).toFixed(1),
    ]);
    const frameRow = (profile, variant, count) => frameRows.find((row) => row.profile === profile && row.variant === variant && row.count === count);
    const frameChecks = [];
    const frameCheck = (row, ok, text) => row && frameChecks.push({ ok, text });
    for (const [count, limit] of [[1, 1.15], [10, 1.15], [0, 1.3]]) {
      const row = frameRow('fast', 'iframe', count);
      frameCheck(row, row?.contentXBare <= limit, `one-document page, fast, ${framesLabel(count)}: first content ${ratio(row?.contentXBare)} of the bare frame (target <= ${limit}x)`);
    }
    const three = frameRow('fast', 'iframe', 1);
    frameCheck(three, three?.liveXBare <= 1.2, `one-document page, fast, 3 frames: live ${ratio(three?.liveXBare)} of the bare frame (target <= 1.2x)`);
    const phoneOne = frameRow('phone', 'iframe', 0);
    frameCheck(phoneOne, phoneOne?.contentXStatic <= 1.6 && phoneOne?.liveXStatic <= 1.6, `one-document page, phone, 1 frame: first content ${ratio(phoneOne?.contentXStatic)}, live ${ratio(phoneOne?.liveXStatic)} of static HTML (target <= 1.6x)`);
    for (const count of [0, 1, 10]) {
      const row = frameRow('fast', 'iframe', count);
      const frames = count === 0 ? 1 : 3 * count;
      // At most one: frames of one address on one page may share the document (the browser's
      // HTTP cache), but never fetch a second file.
      frameCheck(row, row?.requests <= 1 + frames, `one-document page, ${framesLabel(count)}: ${row?.requests} requests, the host page and ${row ? row.requests - 1 : '-'} for ${frames} frame(s) (target: at most one a frame)`);
    }
    const thirty = frameRow('fast', 'iframe', 10);
    frameCheck(thirty, thirty?.requests - 1 <= 30 && thirty?.gzipBytes / 30 <= 8192, `one-document page, 30 frames: ${thirty ? thirty.requests - 1 : '-'} documents, ${thirty ? (thirty.gzipBytes / 1024).toFixed(1) : '-'} KiB gzip in all (target: no more than 30 small documents)`);
    console.log(`\n${textTable(frameHeader, frameCells)}\n`);
    for (const check of frameChecks) console.log(`  ${mark(check.ok)} ${check.text}`);

    const ratioTarget = (row) => (row.variant === 'static' ? '' : ` ${mark(row.ratio <= targets.contentRatio)}`);
    const scriptTarget = (row, value) =>
      row.count === 1 && row.variant !== 'static' && Number.isFinite(value) ? ` ${mark(value < targets.scriptMsOneEmbed)}` : '';
    const header = [
      'variant',
      'embeds',
      'runs',
      'content ms (p25-p75)',
      'x static',
      'live ms',
      'live x static',
      'script ms',
      'scripting ms (trace)',
      'compile ms',
      'layout ms',
      'style ms',
      'task ms',
      'JS heap KiB',
    ];
    const cells = rows.map((row) => [
      row.variant,
      String(row.count === 1 ? '1 set' : `${row.count} sets`),
      String(row.runs),
      `${ms(row.content)} (${ms(row.contentLow)}-${ms(row.contentHigh)})`,
      `${ratio(row.ratio)}${ratioTarget(row)}`,
      ms(row.live),
      ratio(row.liveRatio),
      `${ms(row.script)}${scriptTarget(row, row.script)}`,
      `${ms(row.scripting)}${scriptTarget(row, row.scripting)}`,
      ms(row.compile),
      ms(row.layout),
      ms(row.style),
      ms(row.task),
      kb(row.heap),
    ]);
    // When things happen in the page (docs only): what the analysis of the gap starts from.
    const detailHeader = [
      'variant',
      'embeds',
      'page HTML KiB',
      'requests',
      'KiB sent',
      'KiB if gzipped',
      'DOMContentLoaded ms',
      'bundle received ms',
      'content ms',
      'content in frame no.',
    ];
    const detailCells = rows.map((row) => [
      row.variant,
      String(row.count === 1 ? '1 set' : `${row.count} sets`),
      kb(statSync(join(root, urls[`${row.variant}-${row.count}`])).size),
      String(row.requests),
      kb(row.sentBytes),
      kb(row.gzipBytes),
      ms(row.domContentLoaded),
      row.variant === 'static' || frameVariants.includes(row.variant) ? '-' : ms(row.bundleEnd),
      ms(row.content),
      String(row.frames),
    ]);

    const find = (variant, count) => rows.find((row) => row.variant === variant && row.count === count);
    const checks = [];
    for (const variant of ['bundle', 'snippet', 'prerendered', 'iframe']) {
      for (const count of counts) {
        const row = find(variant, count);
        if (!row) continue;
        checks.push({
          ok: row.ratio <= targets.contentRatio,
          text: `${variant}, ${count === 1 ? '1 set' : `${count} sets`}: time-to-content ${ratio(row.ratio)} of static HTML (target <= ${targets.contentRatio}x)`,
        });
        if (variant === 'snippet' || variant === 'prerendered' || frameVariants.includes(variant)) {
          checks.push({
            ok: row.liveRatio <= targets.contentRatio,
            text: `${variant}, ${count === 1 ? '1 set' : `${count} sets`}: time-to-live-content ${ratio(row.liveRatio)} of static HTML (target <= ${targets.contentRatio}x)`,
          });
        }
      }
    }
    for (const variant of ['bundle', 'snippet', 'prerendered']) {
      const row = find(variant, 1);
      if (!row) continue;
      checks.push({
        ok: row.script < targets.scriptMsOneEmbed,
        text: `${variant}, 1 set: script time ${ms(row.script)} ms by ScriptDuration, without microtasks (target < ${targets.scriptMsOneEmbed} ms)`,
      });
      if (Number.isFinite(row.scripting)) {
        checks.push({
          ok: row.scripting < targets.scriptMsOneEmbed,
          text: `${variant}, 1 set: script time ${ms(row.scripting)} ms with microtasks, from a trace (target < ${targets.scriptMsOneEmbed} ms)`,
        });
      }
    }
    checks.push({
      ok: sizes.gzip <= targets.gzipBytes,
      text: `bundle gzip ${sizes.gzip} B (target <= ${targets.gzipBytes} B)`,
    });

    const sizeLine = `Bundle ${bundlePath}: ${sizes.raw} B raw, ${sizes.gzip} B gzip (level 9), ${sizes.brotli} B brotli (quality 11).`;
    console.log(`\n${textTable(header, cells)}\n`);
    console.log(sizeLine);
    console.log('\nTargets:');
    for (const check of checks) console.log(`  ${mark(check.ok)} ${check.text}`);
    console.log(`\n${runs} runs per variant in ${seconds} s. Written to docs/benchmarks.md.`);

    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(
      join(root, 'docs/benchmarks.md'),
      markdown({ host, header, cells, detailHeader, detailCells, checks, sizes, seconds, embedSource, frameOrigin, iframeSummary: iframeSummary(find), frames: { frameHeader, frameCells, frameChecks } }),
    );
  } finally {
    await stop();
  }
}

/**
 * The iframe next to the script snippet and static HTML, at 1 and 10 sets, from this run's
 * medians: the paragraph of docs/benchmarks.md that says what a partner gains or pays.
 */
function iframeSummary(find) {
  const lines = [];
  const times = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(1)}x` : '-');
  for (const count of [1, 10]) {
    const frame = find('iframe', count);
    const snippet = find('snippet', count);
    const plain = find('static', count);
    if (!frame || !snippet || !plain) continue;
    lines.push(
      `| ${count === 1 ? '1 set (3 frames)' : `${count} sets (${3 * count} frames)`} | ` +
        `${ratio(frame.ratio)} | ${times(frame.content, snippet.content)} | ` +
        `${ratio(frame.liveRatio)} | ${times(frame.live, snippet.live)} | ` +
        `${frame.requests} / ${snippet.requests} / ${plain.requests} | ` +
        `${kb(frame.gzipBytes)} / ${kb(snippet.gzipBytes)} / ${kb(plain.gzipBytes)} | ` +
        `${times(frame.gzipBytes, snippet.gzipBytes)} |`,
    );
  }
  if (lines.length === 0) return '';
  return `## The iframe next to the script snippet

For many partners (SharePoint Online, WordPress multisite, Google Sites) the iframe is the
only way in: their pages take no script. From this run's medians (content and live: the
iframe's run-by-run ratio to static HTML, and its median over the snippet's; bytes as gzipped):

| embeds | content x static | content x snippet | live x static | live x snippet | requests (iframe / snippet / static) | KiB gzipped (iframe / snippet / static) | bytes x snippet |
| :-- | --: | --: | --: | --: | --: | --: | --: |
${lines.join('\n')}

What the partner gains: one pasted element (or an address WordPress turns into one), and no
script, stylesheet or Content-Security-Policy change on their own page; the frame is
sandboxed both ways (its styles and script cannot touch the partner's page, nor theirs the
embed); its page is one document, the panel in plain HTML with its style and one small script
inline under the site's own hash-based CSP, styled and showing the route for now from its
first paint, and it says its height, so a WordPress page sizes it. What the partner pays: each
frame is a document of its own, from another site, a second navigation and a renderer process
of the partnership's site, later than the snippet's fallback, which is in the partner's own
HTML; and a frame of another site shares no cache with the page. The cost is paid once a
frame: a page with many frames pays it many times (the 10-set row), though now with one small
request a frame rather than the stylesheets and the whole drop-in bundle again in each. A
partner who wants several parts on one page pays less with one frame of the whole briefing
(\`embed/briefing.html\`) than with one frame per part.

`;
}

/** docs/benchmarks.md's section on the frames (issue 21), from this run. */
function framesSection({ frameHeader, frameCells, frameChecks }) {
  return `## Frames: the one-document embed page, today's, and the limit

For SharePoint Online, WordPress without the plugin, Google Sites and many school systems the
iframe is the only way in. Side by side in each round: static HTML in the page (the
information, no frame), the **bare frame** (a frame holding only the part's static HTML with
its CSS inline: the limit of any iframe, as every frame costs a second navigation and a
renderer process), **today's embed page** before issue 21 (declarative shadow DOM linking the
components' stylesheet, a second stylesheet, the frame script and the whole drop-in bundle:
\`bench/legacy/\`), and the site's **one-document embed page** (the panel as plain HTML, its
style and one small script inline under hashes). Frames from another site,
\`sandbox="allow-scripts"\`, an empty cache. "1 frame" is report-it alone; "3 frames" one set
of three parts; "30 frames" ten sets. **phone** is the throttled profile: 150 ms round trip,
1.6 Mbit/s, CPU 4x slower (DevTools protocol, on the tab and each frame). Ratios are run by
run, to static HTML's first content and to the bare frame's content (live: the bare frame's
live, which is its content) in the same round; requests and KiB gzip are the whole page's,
the host page included.

${markdownTable(frameHeader, frameCells)}

${frameChecks.map((check) => `- ${mark(check.ok)} ${check.text}`).join('\n')}

What a partner gains and pays, way by way: **static HTML** in their own page is the fastest
and needs nothing, but never changes by itself (the route for now, new numbers); the
**script snippet** keeps the numbers right and the route live, from one cached file, but needs
a page that takes a script; the **iframe** needs nothing of their page (one pasted element, or
an address WordPress turns into one) and is sandboxed both ways, but each frame is a document
of its own from another site, with a cache of its own: the one-document page makes that one
small request a frame (today's page fetched the bundle again in every frame), so a frame costs
close to what any frame costs, and a page with many frames pays it once a frame. One frame of
the whole briefing costs less than one frame per part.

`;
}

function markdown({ host, header, cells, detailHeader, detailCells, checks, sizes, seconds, embedSource, frameOrigin, iframeSummary, frames }) {
  const date = new Date().toISOString().slice(0, 10);
  const iframePages = Object.values(embedSource)
    .map((source) => `\`${source}\``)
    .join(', ');
  const iframeRows = cells.filter((row) => row[0] === 'iframe').length;
  return `# Benchmarks

How much does Safer Seven cost a partner's page, next to the same information as plain
HTML? This page is written by \`npm run bench\` (\`bench/run.mjs\`): run it again to
bring it up to date. The figures are one machine's on one day: compare runs on one machine.

- Date: ${date}
- Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB memory; ${host.os}; load
  average ${host.load} at the start and ${host.loadAfter} at the end (other work on the machine
  slows the times down, not the thread-time figures)
- Node ${host.node}; ${host.chromium}, headless (\`--headless=new\`), driven by puppeteer-core
- Runs: ${runs} per variant and size (the iframe variant with 100 sets: ${iframeManyRuns ? `${iframeManyRuns}, in rounds
  spread over the whole run` : 'none'}), after ${warmupRounds} warm-up round(s); then ${traceRuns} traced run(s) per
  variant and size for the scripting column (none of the iframe variant); ${seconds} s in all,
  on a machine shared with other work (see the load average): compare the ratios, which
  are taken within one round, not the times

## Results

${markdownTable(header, cells)}

The drop-in bundle \`${bundlePath}\`: **${sizes.raw} B** raw, **${sizes.gzip} B** gzip
(level 9), **${sizes.brotli} B** brotli (quality 11).

${framesSection(frames)}${iframeSummary}### Targets

${checks.map((check) => `- ${mark(check.ok)} ${check.text}`).join('\n')}

### What a page fetches, and when things happen (medians, ms from the start of navigation)

${markdownTable(detailHeader, detailCells)}

## What was measured

One host page (a heading, a paragraph, a small inline stylesheet) with 1, 10 or 100 sets of
the three embeds \`<safer-seven-report-it>\`, \`<safer-seven-warning-signs>\` and
\`<safer-seven-contacts>\`, in five variants that differ only in how the embeds get there:

- **static**: the same information as plain HTML (\`staticTagHtml\` of
  \`@safer-seven/content\`, heading level 2) and no script: the limit, as nothing can show
  the information sooner. It carries none of the components' own styles.
- **bundle**: \`<script src="/${bundlePath}" defer>\` in the head and the three bare tags
  (no fallback content inside them): the information exists only once the script has run.
- **snippet**: the same script, with each tag holding its information as static HTML until it
  upgrades, as the README's snippet recommends (the fallback: \`staticTagHtml\` inside the
  tag). The information is on screen from the first frame; the components then replace it.
- **prerendered**: each tag pre-rendered by \`scripts/prerender.mjs\` (\`@lit-labs/ssr\`, as
  \`npm run site\` writes them to \`site/assets/prerendered/\`): a declarative shadow root
  holding the styled component and its \`<style>\`, with the fallback still inside the tag as
  light DOM for browsers without declarative shadow DOM; then the same deferred script, whose
  components take the pre-rendered shadow roots over (the drop-in has no hydrate support: it
  renders afresh into them, in the same task as it clears them).
- **iframe**: three \`<iframe sandbox="allow-scripts" src="…/embed/<part>.html#?secret=…">\`s
  (width 100%, 600px high until the frame says its height) of the site's real embed pages, as
  \`npm run site\` builds them: one document each, the panel as plain HTML with its style and
  one small script inline (no file to fetch). Copied to \`bench/generated/safer-seven/\`
  (${iframePages}), a sub-path as on a real host, and served from another site
  (\`http://${frameHost}:<port>\`, which the browser resolves to the same server), as a
  partner's page frames the partnership's site: so each frame has an opaque origin, runs in a
  renderer process of its own site, and fetches into a cache of its own. The host page
  answers the frames' \`height\` messages as WordPress's \`wp-embed.js\` does (min 200, max
  1000 px). The only change to the copied pages is the frame probe (\`bench/frame-probe.js\`),
  inline as their first script, its hash added to their policy: the host cannot look into a
  sandboxed frame of another site, so the frame's probe posts when it saw its content and when
  it was live; its bytes are left out of the counts. The frame variants run at 1 and 10 sets${iframeRows > 2 ? ' and 100 sets' : ''}
  (3 and 30 frames), and with one embed alone (1 frame).
- **legacy**: the same frames of today's embed pages before issue 21 (\`bench/legacy/\`: the
  tag pre-rendered as declarative shadow DOM linking the components' stylesheet, the fallback
  inside, a second stylesheet, the frame script and the drop-in bundle, both deferred).
- **bare**: the same frames holding only the part's static HTML with the static pages' CSS
  inline: the limit of any iframe.

The pages are generated into \`bench/generated/\` (by \`bench/pages.mjs\`) and served from
the repository root by a small \`node:http\` server on 127.0.0.1 (\`bench/server.mjs\`). **Cache policy:** each run
opens a new incognito browser context (an empty HTTP cache: every run is a first visit) and
a new tab; files are served with \`Cache-Control: max-age=3600\`, so within one page a file
asked for again comes from that page's cache; but not from a sandboxed frame's, whose
opaque origin gives it a cache partition of its own. The tab loads a
blank host page of the same origin first (so that its renderer process exists and the heap
baseline is taken there), then the variant's page. Rounds alternate: each round runs every
variant at every size, in a rotating order (the iframe variant with 100 sets only in some).

The tab is driven through a bare DevTools session with only the Page and Performance domains
on, not through Puppeteer's \`Page\`: that one also turns on the Runtime domain, which makes
Chrome build a JavaScript context for every document at once, the initial \`about:blank\` of
each iframe included, which a reader's browser never does.

## How to read the tables

- **content ms**: from the start of navigation to the first animation frame in which every
  embed on the page shows its information, laid out: the 999 link of report-it, the last
  warning sign and the partnership's website link of contacts exist (in the light DOM for
  static HTML, in the element's shadow root for the bundle) and have a non-zero box; for the
  iframe, the instant the last frame's probe saw its tag's marker with a box and every
  stylesheet of the page and of the shadow root loaded (it looks each frame and on a 16 ms
  timer, as a frame out of view is not rendered), in the host page's time. An inline
  \`requestAnimationFrame\` loop, the same on every page (\`bench/probe.js\`), looks once a
  frame, so the figure moves in steps of a frame (16.7 ms at 60 Hz). Median, with the 25th
  and 75th percentiles. Wall-clock time: it grows when other work shares the machine.
- **x static**: run by run, that time divided by the static page's time in the same round at
  the same size, then the median of those ratios. 1.00x is as fast as plain HTML.
- **live ms**, **live x static**: the same, until the content is live: every tag upgraded and
  rendered by its component (Lit's \`hasUpdated\`) and its information shown, so that the
  route that applies now is judged and the clock listened to. For static HTML that is when it
  shows; for the snippet, the pre-rendered variant and the iframe (whose pages are
  pre-rendered too) it comes later than the first content. Its ratio is to the static page's content time.
- **scripting ms (trace)**: scripting as the DevTools Performance panel counts it, microtasks
  included: the self thread time of the script events (\`EvaluateScript\`, \`FunctionCall\`,
  \`RunMicrotasks\`, timers, events, animation frames, GC) on the page's main thread, from
  separate runs with a light trace on (median). The \`ScriptDuration\` metric leaves
  microtasks out, and Lit renders every element in a microtask: for the bundle this column,
  not the metric, is the script time. Tracing adds a little to it.
- **script, compile, layout, style, task ms**: the Chrome DevTools Performance metrics
  \`ScriptDuration\`, \`V8CompileDuration\`, \`LayoutDuration\`, \`RecalcStyleDuration\` and
  \`TaskDuration\` of the page's renderer, in **thread time** (\`timeDomain: threadTicks\`: the
  CPU time of its main thread, which other processes do not inflate), counted from the
  page's commit (Chrome starts them afresh for each document) to two frames after the
  content showed and the load event fired. What the page costs the reader's device, apart
  from waiting for the network. Each includes the probe's own small share, the same on every
  page. Compilation that V8 does off the main thread (streaming) is not in them. Not given for
  the iframe (\`-\`): its frames run in another renderer process, which these metrics and the
  trace leave out, so they would show the host page's own small share alone.
- **JS heap KiB**: \`JSHeapUsedSize\` after a forced garbage collection, less the blank
  page's: the JavaScript memory the page keeps.
- **requests, KiB sent, KiB if gzipped**: what the server sent for the page, the host page
  included (every run starts with an empty cache): the number of files, their bytes as sent
  (the benchmark's server does not compress) and the sum of each file gzipped (level 9), what
  a host that compresses would send.
- **When things happen**: the size of the host page's HTML (the pre-rendered page carries
  each tag's stylesheet, server-rendered markup and fallback, so its parser has more to
  read), \`DOMContentLoaded\` (which a deferred script delays), the end of the bundle's
  download from the Resource Timing entry, the content time again and the number of the
  animation frame that first showed it.
- **Targets**: time-to-content within ${targets.contentRatio}x of static HTML at 1, 10 and 100
  sets (for the snippet, the pre-rendered variant and the iframe also time-to-live-content); script time under ${targets.scriptMsOneEmbed} ms for one set; the bundle
  ${targets.gzipBytes} B gzip or less. A ✗ does not fail the benchmark: it is a figure to
  improve, not a test.

Run it with \`npm run bench\` (it builds first), or \`node bench/run.mjs\` after a build.
\`BENCH_RUNS\` sets the runs per variant (default 15), \`BENCH_IFRAME100_RUNS\` those of
the iframe page with 100 sets (default 0: it is not run; 300 frames of another site),
\`BENCH_TRACE_RUNS\` the traced runs (default 5; 0 leaves the scripting column out),
\`BENCH_WARMUP\` the warm-up rounds (default 1), \`CHROME_PATH\` the browser. To see where a
page's time goes: \`node bench/trace.mjs bundle-1\` writes a trace to open in DevTools and
prints its main thread, task by task.
`;
}

main().catch((error) => {
  console.error(`\nbench: ${error instanceof BenchError || error.benchBroken ? error.message : (error.stack ?? error.message)}`);
  process.exit(1);
});
