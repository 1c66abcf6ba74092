// The pre-rendered first view (issue 14): dist/index.html carries the default view as HTML and SVG,
// it reads with JavaScript off, and the app takes it over (hydration) or, for a visit that asks for
// something else, renders its own view without the pre-rendered one ever showing: in every view and
// language, without a layout shift or a console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, VIEWPORTS, withPage } from './harness.mjs';

const PROMISE = 'See why, at the same comfort, a heel can press harder and reach deeper than a thumb, and where the hand holds its own.';
/** Every picture of the full view, by its contract marker (§7). */
const FIGURES = [
  ['side', 'foot'], ['side', 'hand'], ['depth', 'foot'], ['depth', 'hand'], ['back', null], ['contact', 'foot'], ['contact', 'hand'],
];
const figureSelector = ([figure, side]) => `#app-root svg[data-figure="${figure}"]${side ? `[data-side="${side}"]` : ''}`;

/**
 * Before any script of the page: records layout shifts, and as soon as the parser has inserted the
 * pre-rendered app element (long before the wasm can have started) that element and whether the
 * page had marked it as not this visit's (first-view.js runs in the head, before the body).
 */
function recordFirstView() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node?.nodeName) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  window.__first = { app: null, shown: null, ready: null };
  const seen = new MutationObserver(() => {
    const app = document.querySelector('#app-root .app');
    if (!app) return;
    seen.disconnect();
    window.__first = {
      app,
      shown: !document.documentElement.classList.contains('first-view-stale'),
      ready: !!document.querySelector('[data-ready]'),
    };
  });
  seen.observe(document, { childList: true, subtree: true });
  // Writes into the drawings of the pictures the retained layer keeps (src/draw/retained.rs) until
  // the app is ready, counted from the end of parsing (the parser's own insertions are not writes):
  // taking over the pre-rendered page must not write one. Aside: the field painted into a canvas,
  // and the words, which are placed again at their measured size as soon as a picture has
  // measured itself on screen (that can come before the ready marker).
  window.__drawingWrites = [];
  const retained = 'svg[data-figure="side"], svg[data-figure="depth"], svg[data-figure="back"], svg[data-figure="contact"]';
  const writes = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const svg = el?.closest(retained);
      if (svg && svg !== el && !el.closest('foreignObject, .labels')) window.__drawingWrites.push(`${svg.dataset.figure} ${el.localName} ${r.type} ${r.attributeName ?? ''}`);
    }
    if (document.querySelector('[data-ready]')) writes.disconnect();
  });
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') writes.observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
  });
}

/** What happened to the first view once the app is ready. */
async function takeover(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => ({
    shifts: window.__shifts,
    firstShown: window.__first.shown,
    readyBeforeApp: window.__first.ready,
    hydrated: window.__first.app !== null && window.__first.app === document.querySelector('.app'),
    staleLeft: document.documentElement.classList.contains('first-view-stale'),
    rootShown: getComputedStyle(document.getElementById('app-root')).display !== 'none',
    start: document.getElementById('app-root').dataset.start,
    drawingWrites: window.__drawingWrites,
  }));
}

test('dist/index.html carries the first view: words and every picture, as HTML and SVG', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const root = html.slice(html.indexOf('<div id="app-root">'));
  assert.ok(root.startsWith('<div id="app-root"><!--<[ashiatsu::app::App]>-->'), 'the root holds the app, rendered');
  assert.ok(root.includes(PROMISE), 'the promise');
  for (const [figure, side] of FIGURES) {
    const marker = `data-figure="${figure}"${side ? ` data-side="${side}"` : ''}`;
    assert.ok(root.includes(marker), `the ${figure} picture${side ? ` (${side})` : ''}`);
  }
  assert.match(root, /data-quantity="peak-pressure"/, 'the numbers');
  assert.match(html, /<html lang="en" data-first-view-settings="[^"]+">/, 'the settings it shows, for first-view.js');
});

for (const viewport of Object.keys(VIEWPORTS)) {
  test(`with JavaScript off the first view reads, with a note (${viewport})`, async (t) => {
    // The browser refuses the module preload of the app's script, as it should with scripts off.
    const allow = [/^request failed: GET \S+\.js \(csp\)$/];
    await withPage(t, { viewport, waitReady: false, allow, context: { javaScriptEnabled: false } }, async (page) => {
      await assert.doesNotReject(page.locator('h1').waitFor({ state: 'visible' }), 'the title shows');
      assert.ok((await page.locator('.promise').innerText()).includes(PROMISE));
      for (const figure of FIGURES) {
        const picture = page.locator(figureSelector(figure));
        assert.ok(await picture.isVisible(), `${figure.join(' ')} is visible`);
        const box = await picture.boundingBox();
        assert.ok(box.width > 100 && box.height > 60, `${figure.join(' ')} has a size: ${JSON.stringify(box)}`);
      }
      assert.ok(await page.locator('.noscript-note').isVisible(), 'the note says the animation needs JavaScript');
      assert.equal(await page.locator('#fallback').evaluate((el) => getComputedStyle(el).display), 'none',
        'not the notice for a frame that cannot start');
      assert.ok(await page.locator('[data-quantity="peak-pressure"][data-side="foot"]').first().isVisible(), 'the numbers');
    });
  });
}

for (const viewport of Object.keys(VIEWPORTS)) {
  test(`the default address in English (US) is taken over as it is, without a layout shift (${viewport})`, async (t) => {
    await withPage(t, { viewport, context: { locale: 'en-US' }, beforeLoad: (page) => page.addInitScript(recordFirstView) }, async (page) => {
      const seen = await takeover(page);
      assert.equal(seen.firstShown, true, 'the first view showed before the app started');
      assert.equal(seen.readyBeforeApp, false, 'the pre-rendered view does not claim to be ready');
      assert.equal(seen.hydrated, true, 'the app hydrated the same elements');
      assert.equal(seen.start, 'hydrated', 'and says so');
      assert.deepEqual(seen.drawingWrites, [], 'the pictures were taken over without a write into their drawings');
      assert.deepEqual(seen.shifts, [], 'no layout shift');
      assert.equal(seen.staleLeft, false);
    });
  });
}

const VIEWS = [['full', ''], ['embed', 'view=embed'], ['present', 'view=present']];
const LANGUAGES = ['en-US', 'es-ES', 'ja-JP'];
for (const [view, query] of VIEWS) {
  for (const locale of LANGUAGES) {
    const hydrates = view === 'full' && locale === 'en-US';
    test(`${view} view in ${locale}: ${hydrates ? 'hydrates' : 'renders its own view, the first view never shows'}; no shift, no error`, async (t) => {
      await withPage(t, { viewport: 'tablet', query, context: { locale }, beforeLoad: (page) => page.addInitScript(recordFirstView) }, async (page) => {
        const seen = await takeover(page);
        assert.equal(seen.hydrated, hydrates, hydrates ? 'hydrated' : 'rendered afresh');
        assert.equal(seen.start, hydrates ? 'hydrated' : 'rendered');
        assert.equal(seen.firstShown, hydrates, hydrates ? 'the first view showed' : 'the first view stayed hidden');
        assert.deepEqual(seen.shifts, [], 'no layout shift');
        assert.equal(seen.staleLeft, false, 'the app shows its view');
        assert.equal(seen.rootShown, true);
        assert.equal(await page.locator('html').getAttribute('lang'), locale.slice(0, 2));
      });
    });
  }
}

test('settings saved on this device: the first view never shows, the saved ones do', async (t) => {
  const saveCompression = () => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('ashiatsu-explainer/settings', JSON.stringify({ v: 1, query: 'stroke=compression' }));
    }
  };
  const beforeLoad = async (page) => {
    await page.addInitScript(saveCompression);
    await page.addInitScript(recordFirstView);
  };
  await withPage(t, { viewport: 'tablet', context: { locale: 'en-US' }, beforeLoad }, async (page) => {
    const seen = await takeover(page);
    assert.equal(seen.firstShown, false, 'hidden before the first paint');
    assert.equal(seen.hydrated, false);
    assert.deepEqual(seen.shifts, []);
    assert.equal(await page.locator('[data-control=stroke] [aria-pressed="true"]').innerText(), 'Compression');
  });
});
