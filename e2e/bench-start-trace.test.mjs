// The start accounting of `make bench` (scripts/bench/start-trace.mjs) on small hand-made traces
// whose answer is known: nested events give their time to the innermost one with a kind, other
// threads do not count, and each phase's kinds add up to its length.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accountStart, KINDS } from '../scripts/bench/start-trace.mjs';

const MAIN = { pid: 1, tid: 7 };
/** A complete event on the main thread, from `fromMs` for `ms` (trace time is µs). */
const x = (name, fromMs, ms, where = MAIN) => ({ ...where, ph: 'X', name, ts: 1_000_000 + fromMs * 1000, dur: ms * 1000 });
const nav = { ...MAIN, ph: 'R', name: 'navigationStart', ts: 1_000_000, args: { data: { isLoadingMainFrame: true } } };

const trace = [
  nav,
  // 0–10 ms: a task parsing the page for 1 ms, then running script that lays out and compiles.
  x('ThreadControllerImpl::RunTask', 0, 10),
  x('ParseHTML', 0, 1),
  x('FunctionCall', 1, 5),
  x('Layout', 2, 1),
  x('LocalFrameView::performLayout', 2, 1), // no kind of its own: stays layout
  x('wasm.CompileLazy', 4, 1),
  // 10–12 ms: nothing on the main thread (idle). 12–14 ms: style and paint.
  x('ThreadControllerImpl::RunTask', 12, 2),
  x('UpdateLayoutTree', 12, 1),
  x('Paint', 13, 1),
  // Busy work on another thread does not count.
  x('FunctionCall', 10, 2, { pid: 1, tid: 9 }),
];

const totalOf = (kinds) => Object.values(kinds).reduce((a, b) => a + b, 0);
const near = (a, b, what) => assert.ok(Math.abs(a - b) < 1e-9, `${what}: ${a} ≠ ${b}`);

test('each millisecond goes to the innermost event that has a kind, in its phase', () => {
  const { phases, totals } = accountStart(trace, [['first', 0, 5], ['second', 5, 14]]);
  const [a, b] = phases;
  near(a.kinds['parse HTML and CSS'], 1, 'parse');
  near(a.kinds['script (JS and wasm)'], 2, 'script in the first phase (1–2 and 3–4 ms)');
  near(a.kinds.layout, 1, 'layout');
  near(a.kinds['wasm: compile on first call'], 1, 'lazy compile');
  near(b.kinds['script (JS and wasm)'], 1, 'script in the second phase (5–6 ms)');
  near(b.kinds['other browser work'], 4, 'the rest of the task (6–10 ms)');
  near(b.kinds['idle (network, other threads)'], 2, 'idle (10–12 ms), whatever other threads do');
  near(b.kinds.style, 1, 'style');
  near(b.kinds['paint and composite'], 1, 'paint');
  near(totals['script (JS and wasm)'], 3, 'script over the start');
});

test('the kinds of each phase add up to its length, and every kind is reported', () => {
  const { phases, totals } = accountStart(trace, [['before', 0, 3.5], ['after', 3.5, 14]]);
  for (const p of phases) {
    near(totalOf(p.kinds), p.ms, p.name);
    assert.deepEqual(Object.keys(p.kinds), KINDS);
  }
  near(totalOf(totals), 14, 'the whole start');
});

test('a trace without the page\'s navigation or parsing is refused', () => {
  assert.throws(() => accountStart(trace.filter((e) => e.name !== 'navigationStart'), [['all', 0, 14]]), /navigationStart/);
  assert.throws(() => accountStart(trace.filter((e) => e.name !== 'ParseHTML'), [['all', 0, 14]]), /ParseHTML/);
});
