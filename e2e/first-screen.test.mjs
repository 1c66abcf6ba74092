// The point on one screen (contract §10): at every size a consultation or a visit happens, the
// first screen shows the stroke choice, play, the comparison choice, the headline and both side
// views; every lesson scene fits a projector without scrolling, with its words at room size; the
// headline holds still while a stroke plays and states the table's numbers at the stroke's
// fullest moment; one tap brings a difference into view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, frames, waitForAsync } from './harness.mjs';

const SCREENS = {
  'phone 390×844': { width: 390, height: 844 },
  'tablet portrait 820×1180': { width: 820, height: 1180 },
  'tablet landscape 1180×820': { width: 1180, height: 820 },
  'laptop 1366×768': { width: 1366, height: 768 },
  'desktop 1440×900': { width: 1440, height: 900 },
};
const LANDMARKS = ['[data-control=stroke]', '[data-control=play]', '[data-control=compare]', '[data-headline]'];
const SIDES = ['[data-figure=side][data-side=foot]', '[data-figure=side][data-side=hand]'];

/** What of `selectors` is not wholly inside the first screen (the page unscrolled). */
function outside(selectors) {
  return selectors.filter((s) => {
    const el = document.querySelector(s);
    if (!el) return true;
    const r = el.getBoundingClientRect();
    return r.width < 1 || r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5;
  });
}

for (const view of ['full', 'embed']) {
  for (const [name, viewport] of Object.entries(SCREENS)) {
    test(`the ${view} view's first screen shows the stroke, play, the comparison, the headline and both sides (${name})`, async (t) => {
      await withPage(t, { viewport, query: { view, play: '0' } }, async (page) => {
        assert.equal(await page.evaluate(() => scrollY), 0);
        // The full page also offers the three differences there, one tap each.
        const more = view === 'full' ? ['.show-me-bar'] : [];
        assert.deepEqual(await page.evaluate(outside, [...LANDMARKS, ...SIDES, ...more]), []);
      });
    });
  }
}

test('the embed at a phone\'s width is compact: at most 1,600 px, the strokes in its first screen', async (t) => {
  await withPage(t, { viewport: { width: 375, height: 700 }, query: { view: 'embed', play: '0' } }, async (page) => {
    const height = await page.evaluate(() => document.querySelector('.app').getBoundingClientRect().height);
    assert.ok(height <= 1600, `${height} px`);
    assert.deepEqual(await page.evaluate(outside, ['[data-control=stroke]', '[data-control=play]']), []);
  });
});

const ROOMS = { '1280×720': { width: 1280, height: 720 }, '1920×1080': { width: 1920, height: 1080 } };

for (const [name, viewport] of Object.entries(ROOMS)) {
  test(`every lesson scene fits a ${name} projector without scrolling, its words at room size`, async (t) => {
    await withPage(t, { viewport, query: { view: 'present' }, hash: 'scene-1' }, async (page) => {
      const count = Number((await page.innerText('.scene-counter')).match(/(\d+)\D*$/)[1]);
      assert.ok(count >= 10, `${count} scenes`);
      const scale = viewport.height / 720;
      for (let n = 1; n <= count; n++) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        await waitForAsync(page, (k) => document.querySelector('[data-scene]')?.dataset.scene === String(k), n, { message: `scene ${n}` });
        await page.waitForFunction(() => [...document.querySelectorAll('svg[data-figure]')].every((p) => p.hasAttribute('data-measured')));
        await frames(page, 2);
        const fit = await page.evaluate((selectors) => ({
          scroll: document.scrollingElement.scrollHeight - innerHeight,
          wide: document.scrollingElement.scrollWidth - innerWidth,
          outside: selectors.filter((s) => {
            const el = document.querySelector(s);
            if (!el) return false;
            const r = el.getBoundingClientRect();
            return r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5 || r.top < -0.5;
          }),
          pictures: [...document.querySelectorAll('svg[data-figure]')].filter((p) => {
            const r = p.getBoundingClientRect();
            return r.width > 0 && (r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5 || r.top < -0.5);
          }).map((p) => p.dataset.figure),
          focus: document.querySelector('.readout--focus')?.getBoundingClientRect().bottom ?? 0,
          body: parseFloat(getComputedStyle(document.querySelector('.scene-body')).fontSize),
          labels: [...document.querySelectorAll('.labels--side text')].map((el) => parseFloat(getComputedStyle(el).fontSize) * el.getScreenCTM().a),
        }), ['.scene-panel', '[data-headline]', '[data-control=play]']);
        assert.ok(fit.scroll <= 0 && fit.wide <= 0, `scene ${n}: the page scrolls by ${fit.scroll} × ${fit.wide} px`);
        assert.deepEqual(fit.outside, [], `scene ${n}: off the screen`);
        assert.deepEqual(fit.pictures, [], `scene ${n}: pictures off the screen`);
        assert.ok(fit.focus <= viewport.height + 0.5, `scene ${n}: the readout it names is below the screen`);
        assert.ok(fit.body >= 24 * scale - 0.5, `scene ${n}: scene text ${fit.body} px`);
        for (const size of fit.labels) assert.ok(size >= 20 * scale - 0.5, `scene ${n}: a picture label of ${size.toFixed(1)} px`);
      }
    });
  });
}

/** The headline's ratios and the table's depth-stress readouts. */
async function headlineAndTable(page) {
  return page.evaluate(() => {
    const ratio = (q) => {
      const el = document.querySelector(`[data-headline] [data-quantity=${q}]`);
      return el && { si: el.dataset.si, low: el.dataset.siLow, high: el.dataset.siHigh, text: el.textContent };
    };
    const cell = (q, side) => document.querySelector(`td[data-quantity=${q}][data-side=${side}]`);
    return {
      text: document.querySelector('[data-headline]').textContent,
      phase: Number(document.querySelector('[data-headline]').dataset.phase),
      force: ratio('force-ratio'),
      depth: ratio('depth-ratio'),
      pressure: ratio('pressure-ratio'),
      table: {
        foot: Number(cell('depth-stress', 'foot').dataset.si),
        hand: Number(cell('depth-stress', 'hand').dataset.si),
        footText: cell('depth-stress', 'foot').textContent,
        handText: cell('depth-stress', 'hand').textContent,
        footForce: Number(cell('normal-force', 'foot').dataset.si),
        handForce: Number(cell('normal-force', 'hand').dataset.si),
        footMean: Number(cell('mean-pressure', 'foot').dataset.si),
        handMean: Number(cell('mean-pressure', 'hand').dataset.si),
      },
    };
  });
}

for (const compare of ['force', 'comfort']) {
  test(`the headline holds still while a stroke plays and states the table's numbers at the stroke's fullest (${compare})`, async (t) => {
    await withPage(t, { viewport: 'desktop', query: { stroke: 'compression', compare, play: '1' } }, async (page) => {
      const first = await headlineAndTable(page);
      const seen = new Set();
      for (let i = 0; i < 12; i++) {
        await frames(page, 10);
        const now = await headlineAndTable(page);
        assert.equal(now.text, first.text, 'the headline does not change while the stroke plays');
        seen.add(now.table.footForce);
      }
      assert.ok(seen.size > 2, 'the table did change meanwhile');
      // Paused at the headline's moment, the table says what the headline says.
      await page.click('[data-control=play]');
      await page.evaluate((phase) => {
        const slider = document.querySelector('.time-controls .phase input');
        slider.value = String(Math.round(phase * 1000));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }, first.phase);
      await waitForAsync(page, () => document.querySelector('[data-control=play]').getAttribute('aria-pressed') === 'false', null, { message: 'paused' });
      await frames(page, 3);
      const at = await headlineAndTable(page);
      const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
      assert.ok(close(Number(at.depth.si), at.table.foot / at.table.hand), `depth ratio ${at.depth.si} vs the table's ${at.table.foot / at.table.hand}`);
      assert.ok(close(Number(at.force.si), at.table.footForce / at.table.handForce), 'force ratio');
      if (compare === 'force') {
        assert.ok(close(Number(at.pressure.si), at.table.handMean / at.table.footMean), 'pressure ratio');
        assert.ok(at.text.includes(at.table.footText) && at.text.includes(at.table.handText), `${at.text} names ${at.table.footText} and ${at.table.handText}`);
      }
      for (const r of [at.force, at.depth]) assert.ok(Number(r.low) <= Number(r.si) && Number(r.si) <= Number(r.high), JSON.stringify(r));
    });
  });
}

for (const from of ['the first screen', 'the story below']) {
test(`one tap from ${from} shows "the point" in view: heel against thumb at equal comfort, held at the full press`, async (t) => {
  await withPage(t, { viewport: 'tablet', query: { play: '1' } }, async (page) => {
    if (from === 'the first screen') {
      await page.click('.show-me-bar [data-preset=area]');
    } else {
      await page.evaluate(() => scrollTo(0, document.scrollingElement.scrollHeight));
      await page.click('.story [data-preset=area]');
    }
    await waitForAsync(page, () => Math.abs(document.querySelector('.first-screen').getBoundingClientRect().top) < 200 && document.querySelector('.first-screen').getBoundingClientRect().top >= -1, null, { message: 'the first screen in view' });
    const state = await page.evaluate(() => ({
      playing: document.querySelector('[data-control=play]').getAttribute('aria-pressed'),
      compare: document.querySelector('[data-control=compare] [aria-pressed=true]').textContent,
      foot: document.querySelector('.close-up--foot figcaption')?.textContent,
      hand: document.querySelector('.close-up--hand figcaption')?.textContent,
      headline: document.querySelector('[data-headline]').textContent,
    }));
    assert.equal(state.playing, 'false', 'held still');
    assert.match(state.compare, /Equal comfort/);
    assert.match(state.foot, /Heel/);
    assert.match(state.hand, /Thumb/);
    assert.match(state.headline, /equal comfort/i);
    assert.deepEqual(await page.evaluate(outside, ['[data-headline]', '[data-figure=depth][data-side=foot]', '[data-figure=depth][data-side=hand]']), []);
  });
});
}
