#!/usr/bin/env node
// Browser timings of the release build (dist/) in headless Chromium, CPU throttled 4x (a mid-range
// tablet), viewport 820x1180:
//   paint   the first paint beside a minimal Yew app built the same way (scripts/bench/minimal-yew,
//           built by run.sh into target/bench/minimal-dist), both served gzipped, interleaved
//           cold loads (BENCH_READY_RUNS each): the explainer's largest contentful paint (its
//           pre-rendered pictures and words) and [data-ready], as ratios to the minimal app's
//           first contentful paint (its first frame); pass when <= 1.0 and <= 2.0
//   start   where each millisecond of a cold start goes: BENCH_START_RUNS (3) more interleaved
//           loads of each app, traced (start-trace.mjs): main-thread time by kind (parse, style,
//           layout, paint, script, wasm compiled on first call, GC, idle) in each phase, the
//           explainer up to [data-ready], the minimal app up to its first frame; the run with the
//           median end is reported (tracing slows both a little)
//   ready   navigation start -> [data-ready], median of BENCH_READY_RUNS (5) cold loads, each in a
//           new browser context (empty cache, no service worker)
//   frames  requestAnimationFrame intervals over BENCH_FRAMES_S (10) s of playback (?play=1):
//           p50/p95/p99/max and late frames (> 20 ms); pass when p95 <= 16.7 ms and at most 1 %
//           late; and each moving picture's share of frames in which it changed (both side views,
//           both cross-sections, the back: a MutationObserver read at every frame), pass when
//           every one changes on at least 95 % of frames
//   present the same frames in presenter mode on a projector's 1280x720 (?view=present&play=1)
//   long    long tasks (> 50 ms, PerformanceObserver 'longtask') in that window; pass when none
//   memory  JS heap (performance.memory.usedJSHeapSize, precise) and wasm memory
//           (Memory.buffer.byteLength) after a forced GC (CDP HeapProfiler.collectGarbage) at the
//           start and after BENCH_SOAK_S (600) s of playback; pass when each grows <= 1 MiB
// The page probe is scripts/bench/page-probe.js. Writes target/bench/browser.json; each part
// records its own error and the others still run. Exit 0 when everything was measured, whether
// or not it met its budget.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../e2e/server.mjs';
import { DIST, LAUNCH_OPTIONS, MiB, median, percentile, REPO, writeResult } from './lib.mjs';
import { accountStart, TRACE_CATEGORIES } from './start-trace.mjs';

const THROTTLE = 4;
const VIEWPORT = { width: 820, height: 1180 };
/** A projector's screen in a class, presenter mode. */
const PRESENTER_VIEWPORT = { width: 1280, height: 720 };
const READY_RUNS = Number(process.env.BENCH_READY_RUNS || 5);
const START_RUNS = Number(process.env.BENCH_START_RUNS || 3);
const FRAMES_S = Number(process.env.BENCH_FRAMES_S || 10);
const SOAK_S = Number(process.env.BENCH_SOAK_S || 600);
// Playback before the frames are measured: the start's own frames, then the pace finding how many
// turns the pictures take on this device (src/pace.rs; about 3.5 s at 4x when it tries every
// number of turns and keeps one).
const WARMUP_MS = 5000;
const READY_TIMEOUT_MS = 120_000;
const PROBE = readFileSync(join(REPO, 'scripts', 'bench', 'page-probe.js'), 'utf8');

const MINIMAL_DIST = join(REPO, 'target', 'bench', 'minimal-dist');
const server = await startServer({ root: DIST });
const browser = await chromium.launch({
  ...LAUNCH_OPTIONS,
  args: [...LAUNCH_OPTIONS.args, '--enable-precise-memory-info'],
});
const result = { throttle: THROTTLE, viewport: VIEWPORT, readyRuns: READY_RUNS, framesSeconds: FRAMES_S, warmupSeconds: WARMUP_MS / 1000, soakSeconds: SOAK_S };
const log = (...a) => console.log('browser:', ...a);

/** A fresh context and page, throttled, with the probe; returns { context, page, cdp, problems }. */
async function openPage(query = '', viewport = VIEWPORT) {
  const context = await browser.newContext({ viewport });
  await context.route((url) => url.origin !== server.origin, (route) => route.abort('blockedbyclient'));
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(server.url + query, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
  await page.waitForFunction(() => window.__bench && window.__bench.ready !== null, null, {
    timeout: READY_TIMEOUT_MS,
    polling: 100,
  });
  return { context, page, cdp, problems };
}

async function part(name, fn) {
  const t0 = Date.now();
  try {
    result[name] = await fn();
  } catch (err) {
    result[name] = { error: String(err?.stack || err).split('\n').slice(0, 3).join(' | ') };
    log(`${name} failed: ${err?.message || err}`);
  }
  result[name].seconds = Math.round((Date.now() - t0) / 1000);
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate(() => ({ heap: window.__bench.heapBytes(), wasm: window.__bench.wasmBytes() }));
}

/** Frames shorter than this are on time at 60 Hz (a late frame is one the display waited for). */
const LATE_MS = 20;
/** The share of frames in which every moving picture must change while a stroke plays. */
const PICTURE_SHARE = 0.95;

/**
 * requestAnimationFrame intervals over FRAMES_S of playback on an open page, with each moving
 * picture's share of frames in which it changed, the turns the pictures took (src/pace.rs), long
 * tasks and main-thread time per frame (CDP Performance.getMetrics, throttled ms).
 */
async function measureFrames(page, cdp) {
  const out = {};
  const before = await page.evaluate(() => window.__bench.readouts());
  await cdp.send('Performance.enable');
  const m0 = await metrics(cdp);
  const win = await page.evaluate((ms) => window.__bench.frames(ms), FRAMES_S * 1000);
  const m1 = await metrics(cdp);
  out.readoutsAfter = await page.evaluate(() => window.__bench.readouts());
  out.playing = before !== out.readoutsAfter;
  // How many frames the pictures took to all move once in that window (src/pace.rs).
  out.turns = await page.evaluate(() => Number(document.querySelector('[data-turns]')?.dataset.turns) || null);
  const iv = win.intervals;
  out.frames = {
    count: iv.length,
    fps: iv.length / ((win.end - win.start) / 1000),
    p50: percentile(iv, 50),
    p95: percentile(iv, 95),
    p99: percentile(iv, 99),
    max: Math.max(...iv),
    late: iv.filter((v) => v > LATE_MS).length / Math.max(1, iv.length),
  };
  out.frames.pass = out.frames.p95 <= 16.7 && out.frames.late <= 0.01;
  out.pictures = Object.fromEntries(
    Object.entries(win.pictures).map(([name, p]) => [name, { share: p.changed / Math.max(1, p.frames), frames: p.frames }]),
  );
  out.picturesPass = Object.values(out.pictures).length > 0 && Object.values(out.pictures).every((p) => p.share >= PICTURE_SHARE);
  const perFrame = (k) => ((m1[k] - m0[k]) * 1000) / Math.max(1, iv.length);
  out.mainThreadPerFrame = {
    task: perFrame('TaskDuration'),
    script: perFrame('ScriptDuration'),
    style: perFrame('RecalcStyleDuration'),
    layout: perFrame('LayoutDuration'),
  };
  const lt = await page.evaluate(() => window.__bench.longtasks);
  const inWindow = lt === null ? null : lt.filter((t) => t.start >= win.start && t.start <= win.end);
  out.longTasks = {
    supported: lt !== null,
    count: inWindow?.length ?? null,
    totalMs: inWindow?.reduce((s, t) => s + t.duration, 0) ?? null,
    maxMs: inWindow?.length ? Math.max(...inWindow.map((t) => t.duration)) : 0,
    pass: inWindow !== null && inWindow.length === 0,
  };
  return out;
}

function logFrames(label, out) {
  const f = out.frames;
  const shares = Object.entries(out.pictures).map(([k, p]) => `${k} ${(100 * p.share).toFixed(0)}% (${(p.share * f.fps).toFixed(0)} Hz)`).join(', ');
  log(`${label}: p50 ${f.p50.toFixed(1)} p95 ${f.p95.toFixed(1)} p99 ${f.p99.toFixed(1)} max ${f.max.toFixed(1)} ms, late ${(100 * f.late).toFixed(1)}%, ${f.fps.toFixed(1)} fps, pictures in ${out.turns} turn(s) (${shares}); long tasks: ${out.longTasks.count}; main thread per frame: ${Object.entries(out.mainThreadPerFrame).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')} ms`);
}

/**
 * One cold load of `url`, throttled: first and largest paint, and [data-ready] if `ready`. With
 * `traced`, the load is traced and the result also holds `trace` (its events).
 */
async function paintRun(url, ready, traced = false) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  let tracing = false;
  try {
    await context.route((u) => u.origin !== new URL(url).origin, (route) => route.abort('blockedbyclient'));
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    if (traced) {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      tracing = true;
    }
    await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    await page.waitForFunction((r) => window.__bench.fcp !== null && window.__bench.lcp !== null && (!r || window.__bench.ready !== null),
      ready, { timeout: READY_TIMEOUT_MS, polling: 50 });
    // Two frames more, so that a later, larger paint would have been reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const trace = traced ? JSON.parse((await browser.stopTracing()).toString()).traceEvents : undefined;
    tracing = false;
    const timings = await page.evaluate(() => {
      // Where start-up goes: the wasm's download, then src/main.rs's mark (compiled and
      // instantiated), then the ready marker (first render or hydration, and its effects, done).
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return {
        fcp: window.__bench.fcp,
        lcp: window.__bench.lcp.time,
        lcpElement: window.__bench.lcp.element,
        ready: window.__bench.ready,
        wasmRequested: wasm?.requestStart ?? null,
        wasmFetched: wasm?.responseEnd ?? null,
        main: mark('ashiatsu:main'),
        start: document.getElementById('app-root')?.dataset.start ?? null,
      };
    });
    return { ...timings, trace };
  } finally {
    // A load that failed must not leave the browser tracing: the next run could not start.
    if (tracing) await browser.stopTracing().catch(() => {});
    await context.close();
  }
}

/**
 * `count` interleaved cold loads of the minimal app and the explainer, both served gzipped
 * (the explainer waited for until ready); traced if `traced`. Returns { app: [...], minimal: [...] }.
 */
async function interleavedLoads(count, traced) {
  const app = await startServer({ root: DIST, gzip: true });
  const minimal = await startServer({ root: MINIMAL_DIST, gzip: true, csp: false });
  try {
    const runs = { app: [], minimal: [] };
    for (let i = 0; i < count; i++) {
      runs.minimal.push(await paintRun(minimal.url, false, traced));
      runs.app.push(await paintRun(app.url, true, traced));
    }
    return runs;
  } finally {
    await app.close();
    await minimal.close();
  }
}

try {
  await part('paint', async () => {
    const runs = await interleavedLoads(READY_RUNS, false);
    const med = (list, k) => median(list.map((r) => r[k]));
    const out = {
      runs,
      minimalFirstFrameMs: med(runs.minimal, 'fcp'),
      appFcpMs: med(runs.app, 'fcp'),
      appLcpMs: med(runs.app, 'lcp'),
      appLcpElements: [...new Set(runs.app.map((r) => r.lcpElement))],
      appReadyMs: med(runs.app, 'ready'),
      appStart: [...new Set(runs.app.map((r) => r.start))],
      // Medians of each moment of the explainer's start (ms since navigation).
      appSteps: Object.fromEntries(['wasmRequested', 'wasmFetched', 'main'].map((k) => [k, med(runs.app, k)])),
    };
    out.lcpRatio = out.appLcpMs / out.minimalFirstFrameMs;
    out.readyRatio = out.appReadyMs / out.minimalFirstFrameMs;
    out.lcpPass = out.lcpRatio <= 1;
    out.readyPass = out.readyRatio <= 2;
    log(`paint: minimal Yew first frame ${out.minimalFirstFrameMs.toFixed(0)} ms; explainer FCP ${out.appFcpMs.toFixed(0)}, LCP ${out.appLcpMs.toFixed(0)} ms (${out.appLcpElements.join(', ')}), ratio ${out.lcpRatio.toFixed(2)}; ready ${out.appReadyMs.toFixed(0)} ms, ratio ${out.readyRatio.toFixed(2)} (${out.appStart.join(', ')}; ${Object.entries(out.appSteps).map(([k, v]) => `${k} ${v?.toFixed(0)}`).join(', ')})`);
    return out;
  });

  await part('start', async () => {
    const runs = await interleavedLoads(START_RUNS, true);
    // The phases of a start run between its moments, in the order they came: the wasm asked
    // for and downloaded, the explainer's pre-rendered first view painted (its largest paint)
    // and its first code running (src/main.rs's `ashiatsu:main` mark), and the end: the
    // explainer ready, the minimal app's first frame.
    const account = (r, app) => {
      const end = app ? r.ready : r.fcp;
      const moments = [
        ['navigation', 0],
        ['wasm requested', r.wasmRequested],
        ['wasm downloaded', r.wasmFetched],
        ...(app ? [['first view painted', r.lcp], ['main', r.main]] : []),
      ].filter(([, t]) => t !== null && t < end).sort((a, b) => a[1] - b[1]);
      moments.push([app ? 'ready' : 'first frame', end]);
      const phases = moments.slice(1).map(([to, t], i) => [`${moments[i][0]} → ${to}`, moments[i][1], t]);
      return { end, moments: Object.fromEntries(moments), ...accountStart(r.trace, phases) };
    };
    const medianRun = (list) => [...list].sort((a, b) => a.end - b.end)[Math.floor(list.length / 2)];
    const out = {
      runs: START_RUNS,
      categories: TRACE_CATEGORIES,
      app: medianRun(runs.app.map((r) => account(r, true))),
      minimal: medianRun(runs.minimal.map((r) => account(r, false))),
    };
    const top = (a) => Object.entries(a.totals).filter(([, v]) => v >= 1).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    log(`start (traced): explainer ready at ${out.app.end.toFixed(0)} ms: ${top(out.app)}`);
    log(`start (traced): minimal app's first frame at ${out.minimal.end.toFixed(0)} ms: ${top(out.minimal)}`);
    return out;
  });

  await part('ready', async () => {
    const runs = [];
    for (let i = 0; i < READY_RUNS; i++) {
      const { context, page } = await openPage();
      runs.push(await page.evaluate(() => window.__bench.ready));
      await context.close();
    }
    const ms = median(runs);
    log(`ready: median ${ms.toFixed(0)} ms of [${runs.map((r) => r.toFixed(0)).join(', ')}]`);
    return { runs, medianMs: ms };
  });

  await part('playback', async () => {
    const { context, page, cdp, problems } = await openPage('?play=1');
    try {
      const out = {};
      out.memoryStart = await memory(page, cdp);
      const soakStart = Date.now();
      await page.waitForTimeout(WARMUP_MS);
      Object.assign(out, await measureFrames(page, cdp));
      logFrames('frames', out);
      // The rest of the soak, with a sample (no GC) every minute to show the trend.
      out.samples = [];
      let remaining;
      while ((remaining = SOAK_S * 1000 - (Date.now() - soakStart)) > 0) {
        await page.waitForTimeout(Math.min(remaining, 60_000));
        const s = await page.evaluate(() => ({ heap: window.__bench.heapBytes(), wasm: window.__bench.wasmBytes() }));
        out.samples.push({ t: Math.round((Date.now() - soakStart) / 1000), ...s });
      }
      out.stillPlaying = out.readoutsAfter !== (await page.evaluate(() => window.__bench.readouts()));
      out.memoryEnd = await memory(page, cdp);
      out.soakSecondsActual = Math.round((Date.now() - soakStart) / 1000);
      const growth = (k) => (out.memoryEnd[k] ?? NaN) - (out.memoryStart[k] ?? NaN);
      out.memoryGrowth = {
        heap: growth('heap'),
        wasm: growth('wasm'),
        heapPass: growth('heap') <= MiB,
        wasmPass: growth('wasm') <= MiB,
      };
      out.problems = problems;
      log(`memory: heap ${out.memoryStart.heap} -> ${out.memoryEnd.heap} B, wasm ${out.memoryStart.wasm} -> ${out.memoryEnd.wasm} B over ${out.soakSecondsActual} s`);
      return out;
    } finally {
      await context.close();
    }
  });
  await part('presenter', async () => {
    const { context, page, cdp, problems } = await openPage('?view=present&play=1', PRESENTER_VIEWPORT);
    try {
      await page.waitForTimeout(WARMUP_MS);
      const out = await measureFrames(page, cdp);
      out.viewport = PRESENTER_VIEWPORT;
      out.problems = problems;
      logFrames('presenter frames', out);
      return out;
    } finally {
      await context.close();
    }
  });
} finally {
  await browser.close();
  await server.close();
  result.chromium = browser.version();
  writeResult('browser', result);
  if (result.ready?.error || result.playback?.error) process.exitCode = 1; // could not measure
}
