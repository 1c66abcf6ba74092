// Injected into the page before any of its scripts (addInitScript) by scripts/bench/browser.mjs.
// Records: when [data-ready] appears (ms since navigation start), the first and the largest
// contentful paint, long tasks, the wasm Memory (by
// wrapping WebAssembly.instantiate/instantiateStreaming, which the wasm-bindgen glue calls), and on
// request the requestAnimationFrame intervals over a window (kept only for that window, so that a
// long soak does not grow the heap it measures).
(() => {
  const bench = (window.__bench = { ready: null, longtasks: [], memory: null });

  const check = () => {
    if (bench.ready === null && document.querySelector('[data-ready]')) {
      bench.ready = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });

  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result && result.instance;
    if (instance && instance.exports.memory instanceof WebAssembly.Memory) bench.memory = instance.exports.memory;
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original === 'function') {
      WebAssembly[name] = function (...args) {
        return original.apply(this, args).then(keep);
      };
    }
  }

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longtasks = null; // not supported
  }

  // The first paint with content, and the largest one so far (its time and what it was).
  bench.fcp = null;
  bench.lcp = null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const el = e.element;
        bench.lcp = { time: e.startTime, element: el ? `${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}` : '?' };
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // not supported: stays null
  }

  bench.wasmBytes = () => (bench.memory ? bench.memory.buffer.byteLength : null);
  bench.heapBytes = () => (performance.memory ? performance.memory.usedJSHeapSize : null);

  /** The moving pictures on the page, by name: both side views, both cross-sections, the back. */
  const movingPictures = () =>
    Object.fromEntries(
      [...document.querySelectorAll('svg[data-figure="side"], svg[data-figure="depth"], svg[data-figure="back"]')].map((svg) => [
        svg.dataset.side ? `${svg.dataset.figure}-${svg.dataset.side}` : svg.dataset.figure,
        svg,
      ]),
    );

  /**
   * Resolves to { start, end, intervals, pictures } of requestAnimationFrame over `ms`
   * milliseconds; `pictures` holds, for each moving picture, the frames in which anything inside it
   * changed (a MutationObserver's records since the frame before, delivered or taken at every
   * frame) and the frames counted.
   */
  bench.frames = (ms) =>
    new Promise((resolve) => {
      const intervals = [];
      const pictures = {};
      const observers = [];
      for (const [name, svg] of Object.entries(movingPictures())) {
        const entry = (pictures[name] = { changed: 0, frames: 0, dirty: false });
        const observer = new MutationObserver(() => {
          entry.dirty = true;
        });
        observer.observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
        observers.push([observer, entry]);
      }
      let last = null;
      let start = null;
      const tick = (t) => {
        // What changed since the last frame: the work of the frame before this one.
        for (const [observer, entry] of observers) {
          const dirty = observer.takeRecords().length > 0 || entry.dirty;
          entry.dirty = false;
          if (last !== null) {
            entry.frames += 1;
            if (dirty) entry.changed += 1;
          }
        }
        if (last === null) start = t;
        else intervals.push(t - last);
        last = t;
        if (t - start < ms) requestAnimationFrame(tick);
        else {
          observers.forEach(([observer]) => observer.disconnect());
          resolve({ start, end: t, intervals, pictures: Object.fromEntries(Object.entries(pictures).map(([k, { changed, frames }]) => [k, { changed, frames }])) });
        }
      };
      requestAnimationFrame(tick);
    });

  /** Every readout's data-si, to tell whether the stroke is moving. */
  bench.readouts = () => [...document.querySelectorAll('[data-si]')].map((e) => e.getAttribute('data-si')).join(' ');
})();
