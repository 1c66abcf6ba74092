#!/usr/bin/env node
// Writes docs/benchmarks.md from the results in target/bench/ (size, wasm-items, browser,
// criterion, steps.txt) and prints a short summary. Missing results show as "not measured".

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { KiB, MiB, OUT, REPO, readResult } from './lib.mjs';

const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
};
const cpuModel = (() => {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1].trim() ?? '?';
  } catch {
    return cpus()[0]?.model ?? '?';
  }
})();
const machine = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  nproc: sh('nproc', []),
  cpu: cpuModel,
  memory: `${Math.round(Number(sh('awk', ['/MemTotal/ {print $2}', '/proc/meminfo'])) / 1024 / 1024)} GiB`,
  chromium: sh(process.env.CHROMIUM || '/usr/bin/chromium', ['--version']).replace(/ built on .*/, ''),
  rustc: sh('rustc', ['--version']),
  commit: existsSync(join(OUT, 'commit.txt'))
    ? readFileSync(join(OUT, 'commit.txt'), 'utf8').trim()
    : sh('git', ['-C', REPO, 'describe', '--always', '--dirty=+uncommitted changes']),
};

const size = readResult('size');
const items = readResult('wasm-items');
const browser = readResult('browser');
const crit = readResult('criterion');
const lighthouse = readResult('lighthouse');
const steps = existsSync(join(OUT, 'steps.txt'))
  ? readFileSync(join(OUT, 'steps.txt'), 'utf8').trim().split('\n').map((l) => l.split(' ')).map(([name, rc, s]) => ({ name, rc: Number(rc), s: Number(s) }))
  : [];
const failedSteps = steps.filter((s) => s.rc !== 0);

const kib = (b) => `${(b / KiB).toFixed(1)} KiB`;
const mib = (b) => `${(b / MiB).toFixed(2)} MiB`;
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '?');
const signed = (b) => (b >= 0 ? '+' : '−') + `${Math.abs(b / KiB).toFixed(0)} KiB`;
const mark = (pass) => (pass === undefined || pass === null ? '—' : pass ? 'pass' : '**FAIL**');
const NA = 'not measured';
const time = (ns) =>
  ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(1)} ns`;

const play = browser?.playback;
const ok = (x) => x && !x.error;
const rows = [];
const budget = size?.budget ?? 204_800;
const paint = browser?.paint;
const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '?');
rows.push(['First-visit download (gzip -9)', ok(size) ? kib(size.total.gzip) : NA, `≤ ${kib(budget)} (${budget.toLocaleString('en')} B)`, mark(size?.pass)]);
rows.push(['Pictures painted (LCP) ÷ a minimal Yew app\'s first frame, same run, 4× CPU', ok(paint) ? `${ratio(paint.lcpRatio)} (${ms(paint.appLcpMs)} ÷ ${ms(paint.minimalFirstFrameMs)})` : NA, '≤ 1.0×', mark(ok(paint) ? paint.lcpPass : null)]);
rows.push(['`[data-ready]` (hydrated) ÷ the minimal app\'s first frame', ok(paint) ? `${ratio(paint.readyRatio)} (${ms(paint.appReadyMs)})` : NA, '≤ 2.0×', mark(ok(paint) ? paint.readyPass : null)]);
for (const p of lighthouse?.pages ?? []) {
  rows.push([`Lighthouse mobile, ${p.name}: performance / accessibility / best practices / SEO; CLS`,
    p.error ? 'failed' : `${['performance', 'accessibility', 'best-practices', 'seo'].map((c) => Math.round(p.scores[c] * 100)).join(' / ')}; ${p.metrics['cumulative-layout-shift'].value.toFixed(3)}`,
    '100 each; 0', mark(p.error ? false : p.pass)]);
}
rows.push(['Time to `[data-ready]` (median, 4× CPU throttle)', ok(browser?.ready) ? ms(browser.ready.medianMs) : NA, '—', '—']);
const present = browser?.presenter;
// Each picture's share of frames, and how often it moved: share × frames a second.
const shares = (run) => Object.entries(run.pictures ?? {}).map(([k, p]) => `${k} ${(100 * p.share).toFixed(0)} % (${(p.share * run.frames.fps).toFixed(0)} Hz)`).join(', ');
for (const [place, run] of [['tablet 820×1180', play], ['presenter 1280×720', present]]) {
  rows.push([`Frame interval p95 / late frames (> 20 ms) during playback, ${place}`, ok(run) ? `${ms(run.frames.p95)} / ${(100 * run.frames.late).toFixed(1)} %` : NA, '≤ 16.7 ms / ≤ 1 %', mark(ok(run) ? run.frames.pass : null)]);
  rows.push([`Frames in which each moving picture changed, ${place}`, ok(run) ? `${shares(run)} (${run.turns} turn(s))` : NA, '≥ 95 % each', mark(ok(run) ? run.picturesPass : null)]);
}
rows.push(['Long tasks > 50 ms during playback', ok(play) ? String(play.longTasks.count) : NA, 'none', mark(ok(play) ? play.longTasks.pass : null)]);
rows.push([`JS heap growth over ${play?.soakSecondsActual ?? '?'} s`, ok(play) ? signed(play.memoryGrowth.heap) : NA, '≤ 1 MiB', mark(ok(play) ? play.memoryGrowth.heapPass : null)]);
rows.push([`Wasm memory growth over ${play?.soakSecondsActual ?? '?'} s`, ok(play) ? signed(play.memoryGrowth.wasm) : NA, '≤ 1 MiB', mark(ok(play) ? play.memoryGrowth.wasmPass : null)]);
for (const b of crit?.benches ?? []) rows.push([`Model: ${b.name}`, time(b.midNs), '—', '—']);

const table = (head, body) =>
  [`| ${head.join(' | ')} |`, `|${head.map((h) => (/^(Raw|Gzip|Bytes|Share|Result|Low|Mean|High|Time)/.test(h) ? '---:' : '---')).join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const md = [];
md.push('# Benchmarks', '');
md.push('Generated by `make bench` (scripts/bench/); do not edit, run it again. The memory soak is');
md.push(`\`BENCH_SOAK_S\` seconds of playback (default 600; this run: ${browser?.soakSeconds ?? '?'} s).`, '');
md.push(`- Date: ${machine.date}; commit ${machine.commit}`);
md.push(`- Machine: ${machine.nproc} CPUs (\`nproc\`), ${machine.cpu}, ${machine.memory} RAM`);
md.push(`- Browser: ${machine.chromium}, headless; ${machine.rustc}`);
if (failedSteps.length) md.push(`- **Steps that failed**: ${failedSteps.map((s) => `${s.name} (exit ${s.rc}, see target/bench/${s.name}.log)`).join(', ')}`);
md.push('', '## Summary', '', table(['Check', 'Result', 'Budget', 'Pass'], rows), '');

md.push('## Download size of a first visit', '');
if (ok(size)) {
  md.push('Every file the page receives on a first visit (headless Chromium, e2e/server.mjs), plus sw.js and the');
  md.push('web manifest; not the service worker\'s precache. Gzip is node zlib level 9.', '');
  md.push(table(['File', 'Raw', 'Gzip', 'Found as'], [
    ...size.files.map((f) => [`\`${f.file}\``, `${f.raw.toLocaleString('en')} B`, `${f.gzip.toLocaleString('en')} B`, f.how]),
    ['**total**', `**${size.total.raw.toLocaleString('en')} B**`, `**${size.total.gzip.toLocaleString('en')} B**`, `budget ${budget.toLocaleString('en')} B: ${mark(size.pass)}`],
  ]), '');
} else md.push(`Not measured${size?.error ? `: ${size.error}` : ' (see target/bench/size.log)'}.`, '');

md.push('### Largest items of the wasm', '');
if (ok(items)) {
  md.push(`${items.count} items, ${items.itemsBytes.toLocaleString('en')} B of code and data (${items.stage}; ${items.tool}).`);
  md.push(`Code ${kib(items.codeBytes)}, data segments ${kib(items.dataBytes)}. Uncompressed sizes. Yew's`);
  md.push('`CompStateInner<COMP>::view` items are the app\'s own components\' `view` functions, inlined into Yew\'s generic.', '');
  md.push(table(['Bytes', 'Share', 'Item'], items.top.map((i) => [i.bytes.toLocaleString('en'), `${i.percent.toFixed(1)}%`, `\`${i.name.replace(/\|/g, '\\|').replace(/::h[0-9a-f]{16}$/, '')}\``])), '');
} else md.push('Not measured (see target/bench/wasm-items.log).', '');

md.push('## Browser', '');
if (browser) {
  md.push(`Headless Chromium ${browser.chromium ?? ''}, CDP \`Emulation.setCPUThrottlingRate\` ${browser.throttle}× (a mid-range tablet), viewport ${browser.viewport.width}×${browser.viewport.height}, release build.`, '');
  if (ok(paint)) {
    const st = paint.appSteps;
    md.push(`- **First paint beside a minimal Yew app** (scripts/bench/minimal-yew: one heading and a sentence, built the same way; both served gzipped; ${paint.runs.app.length} interleaved cold loads each; medians): the minimal app's first frame at **${ms(paint.minimalFirstFrameMs)}**; the explainer's first contentful paint ${ms(paint.appFcpMs)} and largest (${paint.appLcpElements.join(', ')}) **${ms(paint.appLcpMs)}**, ratio ${ratio(paint.lcpRatio)}: ${mark(paint.lcpPass)} (≤ 1.0×); \`[data-ready]\` **${ms(paint.appReadyMs)}** (${paint.appStart.join(', ')}), ratio ${ratio(paint.readyRatio)}: ${mark(paint.readyPass)} (≤ 2.0×).`);
    md.push(`- Where the explainer's start goes (medians, ms since navigation): wasm requested ${ms(st.wasmRequested)}, downloaded ${ms(st.wasmFetched)}; compiled, instantiated and \`main\` entered ${ms(st.main)} (${ms(st.main - st.wasmFetched)} after the download); hydration and the first frame's effects (heat maps, measured picture scale) until \`[data-ready]\`: ${ms(paint.appReadyMs - st.main)}.`);
  } else md.push(`- First paint: ${paint?.error ? `failed: ${paint.error}` : 'not measured'}`);
  const r = browser.ready;
  md.push(ok(r)
    ? `- **Time to ready** (navigation start → \`[data-ready]\`, cold, new context each): median **${ms(r.medianMs)}** of ${r.runs.map((x) => x.toFixed(0)).join(', ')} ms.`
    : `- Time to ready: failed: ${r?.error}`);
  if (ok(play)) {
    const f = play.frames;
    md.push(`- **Frame pacing** (\`?play=1\`, ${browser.framesSeconds} s after a ${browser.warmupSeconds ?? 5} s warm-up, requestAnimationFrame intervals): ${f.count} frames, ${f.fps.toFixed(1)} fps; p50 ${ms(f.p50)}, **p95 ${ms(f.p95)}**, p99 ${ms(f.p99)}, max ${ms(f.max)}, late (> 20 ms) ${(100 * f.late).toFixed(1)} %: ${mark(f.pass)} (p95 ≤ 16.7 ms, late ≤ 1 %). Frames in which each moving picture changed: ${shares(play)}: ${mark(play.picturesPass)} (≥ 95 % each). Stroke moving: ${play.playing ? 'yes' : '**no**'}. The pictures took ${play.turns ?? '?'} frame(s) to all move once (src/pace.rs chooses 1 to 4 by how the device keeps up).`);
    const mt = play.mainThreadPerFrame;
    if (mt) md.push(`- Main thread per frame in that window (CDP \`Performance.getMetrics\`, throttled): all tasks ${ms(mt.task)}, of which script (JS + wasm) ${ms(mt.script)}, style ${ms(mt.style)}, layout ${ms(mt.layout)}; the rest is other main-thread work (paint, canvas, GC, event dispatch).`);
    if (ok(present)) {
      const pf = present.frames;
      md.push(`- **Presenter mode** (\`?view=present&play=1\`, 1280×720): p50 ${ms(pf.p50)}, **p95 ${ms(pf.p95)}**, late ${(100 * pf.late).toFixed(1)} %: ${mark(pf.pass)}; pictures changed: ${shares(present)}: ${mark(present.picturesPass)}; ${present.turns ?? '?'} turn(s); long tasks ${present.longTasks.count}.`);
    }
    const lt = play.longTasks;
    md.push(`- **Long tasks** > 50 ms in that window: ${lt.count}${lt.count ? ` (total ${ms(lt.totalMs)}, longest ${ms(lt.maxMs)})` : ''}: ${mark(lt.pass)}.`);
    const m0 = play.memoryStart;
    const m1 = play.memoryEnd;
    md.push(`- **Memory** after a forced GC, at the start and after ${play.soakSecondsActual} s of playback: JS heap ${mib(m0.heap)} → ${mib(m1.heap)} (${signed(play.memoryGrowth.heap)}, ${mark(play.memoryGrowth.heapPass)}); wasm memory ${mib(m0.wasm)} → ${mib(m1.wasm)} (${signed(play.memoryGrowth.wasm)}, ${mark(play.memoryGrowth.wasmPass)}); budget ≤ 1 MiB each. Still moving at the end: ${play.stillPlaying ? 'yes' : '**no**'}.`);
    if (play.samples?.length > 1) md.push(`- Without GC, every minute (s: JS heap / wasm): ${play.samples.map((s) => `${s.t}: ${mib(s.heap)} / ${mib(s.wasm)}`).join('; ')}.`);
    if (play.problems?.length) md.push(`- Page problems: ${play.problems.slice(0, 5).join('; ')}`);
  } else md.push(`- Playback: failed: ${play?.error ?? 'no result'}`);
  md.push('');
} else md.push('Not measured (see target/bench/browser.log).', '');

md.push('### Where each millisecond of the start goes', '');
const start = browser?.start;
if (ok(start)) {
  const a = start.app;
  const m = start.minimal;
  const kinds = Object.keys(a.totals);
  md.push(`The explainer's main thread from navigation to \`[data-ready]\`, and the minimal Yew app's up to its first frame, by kind of`);
  md.push(`work (scripts/bench/start-trace.mjs, trace categories ${start.categories.map((c) => `\`${c}\``).join(', ')}). Of ${start.runs} more traced, interleaved`);
  md.push('cold loads of each at 4× CPU, the one with the median end; tracing makes both a little slower than the medians above.');
  md.push('"Idle" is the main thread waiting: for the network, or for the wasm compiled on other threads.', '');
  const fmt = (x) => (x >= 0.5 ? x.toFixed(0) : '·');
  const head = ['Main thread, ms', ...a.phases.map((p) => `${p.name} (${p.ms.toFixed(0)} ms)`), '**Explainer**, all', '**Minimal app**, all', 'Explainer − minimal'];
  const body = kinds.map((k) => [k, ...a.phases.map((p) => fmt(p.kinds[k])), `**${fmt(a.totals[k])}**`, fmt(m.totals[k]), `${a.totals[k] - m.totals[k] >= 0 ? '+' : '−'}${Math.abs(a.totals[k] - m.totals[k]).toFixed(0)}`]);
  body.push(['**phase ends at** (ms since navigation)', ...a.phases.map((p) => (p.toMs ?? NaN).toFixed(0)), `**${a.end.toFixed(0)}**`, `**${m.end.toFixed(0)}**`, `+${(a.end - m.end).toFixed(0)}`]);
  md.push(table(head, body), '');
  const when = (x) => Object.entries(x.moments ?? {}).filter(([k]) => k !== 'navigation').map(([k, t]) => `${k} ${t.toFixed(0)}`).join(', ');
  md.push(`Moments of these two loads (ms since navigation): explainer ${when(a)}; minimal app ${when(m)}.`, '');
  const over = a.end - 2 * m.end;
  const extra = kinds.map((k) => [k, a.totals[k] - m.totals[k]]).filter(([, d]) => d >= 5).sort((x, y) => y[1] - x[1]);
  md.push(`In this traced pair the explainer is ready ${over > 0 ? `${over.toFixed(0)} ms later than` : `${(-over).toFixed(0)} ms inside`} twice the minimal app's first frame (${(2 * m.end).toFixed(0)} ms). What it does that the minimal app does not: ${extra.map(([k, d]) => `${k} +${d.toFixed(0)} ms`).join(', ')}.`, '');
} else md.push(`Not measured${start?.error ? `: ${start.error}` : ''}.`, '');

md.push('## Lighthouse', '');
if (lighthouse?.pages?.length) {
  md.push('Lighthouse (npm package), mobile preset (simulated slow 4G, 4× slower CPU), the release build served gzipped by');
  md.push('e2e/server.mjs. Scores out of 100; metrics as Lighthouse simulates them.', '');
  const head = ['Page', 'Perf.', 'A11y', 'Best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed index', 'LCP element'];
  md.push(table(head, lighthouse.pages.map((p) => (p.error ? [p.name, `failed: ${p.error.slice(0, 120)}`, '', '', '', '', '', '', '', '', ''] : [
    `${p.name} (\`${p.query || '/'}\`)`,
    ...['performance', 'accessibility', 'best-practices', 'seo'].map((c) => String(Math.round(p.scores[c] * 100))),
    ms(p.metrics['first-contentful-paint'].value), ms(p.metrics['largest-contentful-paint'].value), ms(p.metrics['total-blocking-time'].value),
    p.metrics['cumulative-layout-shift'].value.toFixed(3), ms(p.metrics['speed-index'].value), p.lcpElement ? `\`${p.lcpElement.replace(/\|/g, '\\|')}\`` : '?',
  ]))), '');
} else md.push('Not measured (see target/bench/lighthouse.log).', '');

md.push('## Model (Criterion)', '');
if (crit?.benches?.length) {
  md.push(`\`${crit.command}\`, native, release; time per iteration, 95% confidence interval of the mean.`, '');
  md.push(table(['Benchmark', 'Low', 'Mean', 'High'], crit.benches.map((b) => [b.name, time(b.lowNs), `**${time(b.midNs)}**`, time(b.highNs)])), '');
} else md.push('Not measured (see target/bench/criterion.log).', '');

md.push('## Localisation library', '');
md.push('What Project Fluent (`fluent-bundle`) would add to the wasm compared with the app\'s own parser of the');
md.push('Fluent subset it uses (src/i18n.rs): measured once by hand, see [i18n-cost.md](i18n-cost.md).', '');

writeFileSync(join(REPO, 'docs', 'benchmarks.md'), md.join('\n'));

console.log(`bench summary (${machine.nproc} CPUs, ${machine.cpu}, ${machine.chromium}):`);
for (const [check, result, , pass] of rows) console.log(`  ${check.replace(/`/g, '').padEnd(62)} ${result.padStart(12)}  ${pass === '—' ? '' : pass.replace(/\*/g, '')}`);
if (failedSteps.length) console.log(`  steps that failed: ${failedSteps.map((s) => s.name).join(', ')}`);
console.log('report: docs/benchmarks.md');
