// Where a cold start's main-thread time goes, from a Chromium trace of one page load: parsing,
// style, layout, paint, running script (JS and wasm), compiling wasm functions on their first
// call, garbage collection, other browser work, and idle (waiting for the network or for work on
// other threads), in each phase of the start. Used by browser.mjs (`start` part) for the explainer
// and the minimal Yew app alike, so that the difference between them is told in milliseconds.

/** Trace categories: tasks, the timeline, V8's wasm events, and user timing (src/main.rs's mark). */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.wasm', 'blink.user_timing'];

/** What each kind of main-thread work is called in the report, in report order. */
export const KINDS = [
  'parse HTML and CSS',
  'style',
  'layout',
  'paint and composite',
  'script (JS and wasm)',
  'wasm: compile on first call',
  'wasm: other (stream, instantiate)',
  'garbage collection',
  'other browser work',
  'idle (network, other threads)',
];

/** An event's kind by its name; events of other names take their enclosing event's kind. */
const KIND_OF = [
  [/^(ParseHTML|ParseAuthorStyleSheet)$/, 'parse HTML and CSS'],
  [/^(UpdateLayoutTree|RecalculateStyles)$/, 'style'],
  [/^Layout$/, 'layout'],
  [/^(PrePaint|Paint|Layerize|UpdateLayer|UpdateLayerTree|Commit|PaintImage|Decode Image|ImageDecodeTask|CompositeLayers)$/, 'paint and composite'],
  [/^wasm\.CompileLazy$/, 'wasm: compile on first call'],
  [/^wasm\./, 'wasm: other (stream, instantiate)'],
  [/^(MinorGC|MajorGC|BlinkGC\..*|V8\.GC.*|ThreadState::.*GC.*)$/, 'garbage collection'],
  [/^(EvaluateScript|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|EventDispatch|FireIdleCallback|v8\..*|V8\.Execute|XHRReadyStateChange|ResizeObserver.*)$/, 'script (JS and wasm)'],
  [/^(RunTask|ThreadControllerImpl::RunTask)$/, 'other browser work'],
];

const kindOf = (name) => KIND_OF.find(([re]) => re.test(name))?.[1] ?? null;

/** Time resolution of the accounting, µs. */
const SLOT_US = 100;

/**
 * Main-thread time by kind in each phase of a start. `events` is a trace (traceEvents);
 * `phases` is [[name, fromMs, toMs], …] in ms since navigation start (performance.now()).
 * Returns { phases: [{ name, ms, kinds: { kind: ms } }], totals: { kind: ms } }.
 */
export function accountStart(events, phases) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)
    ?? events.find((e) => e.name === 'navigationStart');
  if (!nav) throw new Error('no navigationStart in the trace');
  // The renderer's main thread of the page: the one that parsed its HTML.
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!parse) throw new Error('no ParseHTML in the trace');
  const onMain = (e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur > 0;
  const end = Math.max(...phases.map(([, , to]) => to));
  const slots = new Array(Math.ceil((end * 1000) / SLOT_US)).fill(null);
  // Enclosing events first, so that the innermost event with a kind has the last word.
  const main = events.filter(onMain).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  for (const e of main) {
    const kind = kindOf(e.name);
    if (!kind) continue;
    const from = Math.max(0, Math.floor((e.ts - nav.ts) / SLOT_US));
    const to = Math.min(slots.length, Math.ceil((e.ts + e.dur - nav.ts) / SLOT_US));
    for (let i = from; i < to; i++) slots[i] = kind;
  }
  const zero = () => Object.fromEntries(KINDS.map((k) => [k, 0]));
  const totals = zero();
  const out = phases.map(([name, fromMs, toMs]) => {
    const kinds = zero();
    const [a, b] = [Math.round((fromMs * 1000) / SLOT_US), Math.round((toMs * 1000) / SLOT_US)];
    for (let i = a; i < b; i++) {
      const kind = slots[i] ?? 'idle (network, other threads)';
      kinds[kind] += SLOT_US / 1000;
      totals[kind] += SLOT_US / 1000;
    }
    return { name, fromMs, toMs, ms: toMs - fromMs, kinds };
  });
  return { phases: out, totals };
}
