// The explainer (issue 4): readouts against the model's laws, URL parameters, keyboard, playback,
// every stroke and tool, and the word rule. Runs against the release build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, VIEWPORTS, withPage } from './harness.mjs';

const G = 9.80665; // standard gravity, as in the model
const QUANTITIES = ['normal-force', 'shear-force', 'contact-area', 'mean-pressure', 'peak-pressure', 'comfort-limit', 'gravity-share', 'depth-stress'];

/** Every readout as { foot: {quantity: si}, hand: {...} }. */
async function readouts(page) {
  return page.evaluate(() => {
    const out = { foot: {}, hand: {} };
    for (const el of document.querySelectorAll('[data-quantity][data-side]')) {
      out[el.dataset.side][el.dataset.quantity] = el.dataset.si;
    }
    return out;
  });
}

function numbers(side) {
  return Object.fromEntries(Object.entries(side).map(([k, v]) => [k, Number(v)]));
}

const close = (a, b, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-12);

// The ashiatsu side's own readouts (contract §2): what the bars and the standing foot carry, and
// the headline's ratios with their ranges (at the default whole sole, also its reading below the
// heel or ball).
const FOOT_ONLY = ['bar-force', 'standing-force', 'force-ratio', 'depth-ratio', 'pressure-ratio', 'depth-peak-ratio'];

test('all eight readouts exist for both sides, and the foot\'s own, as plain finite decimals', async (t) => {
  await withPage(t, { viewport: 'desktop', query: { play: '0' } }, async (page) => {
    const r = await readouts(page);
    for (const side of ['foot', 'hand']) {
      const expected = side === 'foot' ? [...QUANTITIES, ...FOOT_ONLY] : [...QUANTITIES];
      assert.deepEqual(Object.keys(r[side]).sort(), expected.sort(), side);
      for (const [q, si] of Object.entries(r[side])) {
        assert.match(si, /^-?\d+(\.\d+)?$/, `${side} ${q} data-si "${si}" is a plain decimal`);
        assert.ok(Number.isFinite(Number(si)), `${side} ${q}`);
      }
    }
  });
});

test("the foot's normal force is load × mass × g, all from gravity, and the hand matches it at equal force", async (t) => {
  const mass = 80, load = 40;
  await withPage(t, { query: { stroke: 'compression', phase: '0.5', play: '0', mass, load } }, async (page) => {
    const { foot, hand } = await readouts(page);
    const f = numbers(foot), h = numbers(hand);
    assert.ok(close(f['normal-force'], (load / 100) * mass * G, 1e-9), `${f['normal-force']} vs ${(load / 100) * mass * G}`);
    assert.equal(f['gravity-share'], 1);
    assert.ok(close(h['normal-force'], f['normal-force']), 'equal force');
    for (const s of [f, h]) {
      assert.ok(close(s['mean-pressure'], s['normal-force'] / s['contact-area'], 1e-6), 'mean = force / area');
      assert.ok(s['peak-pressure'] >= s['mean-pressure'], 'peak ≥ mean');
    }
    // Held near vertical, joints stacked, a compression's 314 N is within what leaning gives an
    // 80 kg therapist's hand; at a 25° lean it is not: the rest is muscle.
    assert.equal(h['gravity-share'], 1, 'stacked joints: all of it body weight');
    await page.fill('#c-lean', '25');
    const leaning = numbers((await readouts(page)).hand);
    assert.ok(leaning['gravity-share'] > 0 && leaning['gravity-share'] < 1, `at 25° the hand gets part of its force from leaning: ${leaning['gravity-share']}`);
  });
});

test('force arrows are drawn to one scale: each normal arrow is as long as its readout says', async (t) => {
  // ARROW_M_PER_N in src/draw/svg.rs is 1 mm per newton; the drawing is in centimetres.
  const drawnPerNewton = 0.1;
  await withPage(t, { query: { stroke: 'compression', phase: '0.5', play: '0', compare: 'comfort' } }, async (page) => {
    const { foot, hand } = await readouts(page);
    for (const [side, r] of [['foot', foot], ['hand', hand]]) {
      const line = page.locator(`.side--${side} .arrow.normal line`);
      const [x1, y1, x2, y2] = await Promise.all(['x1', 'y1', 'x2', 'y2'].map(async (a) => Number(await line.getAttribute(a))));
      const length = Math.hypot(x2 - x1, y2 - y1);
      const expected = Number(r['normal-force']) * drawnPerNewton;
      assert.ok(Math.abs(length - expected) <= 0.15, `${side}: arrow ${length} vs ${expected} (ends rounded to 0.1)`);
    }
  });
});

test('at equal comfort each side stays at or under its own comfort limit, and the foot delivers more', async (t) => {
  await withPage(t, { query: { stroke: 'compression', foot: 'heel', hand: 'thumb', compare: 'comfort', phase: '0.5', play: '0' } }, async (page) => {
    const { foot, hand } = await readouts(page);
    const f = numbers(foot), h = numbers(hand);
    // The threshold was measured as force over probe area: the contact's average pressure is compared.
    for (const s of [f, h]) assert.ok(s['mean-pressure'] <= s['comfort-limit'] * (1 + 1e-9));
    assert.ok(f['normal-force'] > 3 * h['normal-force'], `${f['normal-force']} vs ${h['normal-force']}`);
  });
});

test('playing changes the picture; pausing (Space) freezes it; ArrowRight steps', async (t) => {
  await withPage(t, { query: { stroke: 'effleurage', play: '1' } }, async (page) => {
    const picture = () => page.evaluate(() => document.querySelector('.side--foot svg').innerHTML + document.querySelector('[data-figure=back]').innerHTML);
    const a = await picture();
    await page.waitForFunction((before) => document.querySelector('.side--foot svg').innerHTML + document.querySelector('[data-figure=back]').innerHTML !== before, a, { timeout: 10_000 });
    await page.locator('body').press('Space');
    assert.equal(await page.getAttribute('[data-control=play]', 'aria-pressed'), 'false');
    const c = await picture();
    // Twenty animation frames later, a paused picture is the same.
    await page.evaluate(() => new Promise((done) => { let n = 0; const tick = () => (++n >= 20 ? done() : requestAnimationFrame(tick)); requestAnimationFrame(tick); }));
    assert.equal(await picture(), c, 'paused: nothing moves');
    const phase = async () => Number(await page.inputValue('.time-controls .phase input'));
    const before = await phase();
    await page.locator('body').press('ArrowRight');
    const after = await phase();
    // A step lands on the next of 48 points of the cycle.
    const steps = (after / 1000) * 48;
    assert.ok(Math.abs(steps - Math.round(steps)) < 0.05, `lands on a step: ${after}`);
    const moved = (after - before + 1000) % 1000;
    assert.ok(moved > 0 && moved <= 1.5 * (1000 / 48), `one step forward: ${before} → ${after}`);
    await page.locator('body').press('Space');
    assert.equal(await page.getAttribute('[data-control=play]', 'aria-pressed'), 'true');
  });
});

test('Alt+R resets all to the state the URL asked for', async (t) => {
  await withPage(t, { query: { stroke: 'petrissage', mass: '90', play: '0', phase: '0.25' } }, async (page) => {
    const start = await readouts(page);
    await page.click('button[aria-pressed]:has-text("Compression")');
    await page.selectOption('#c-hand', 'elbow');
    await page.fill('#c-load', '80');
    assert.notDeepEqual(await readouts(page), start);
    await page.locator('body').press('Alt+KeyR');
    assert.deepEqual(await readouts(page), start);
    assert.equal(await page.inputValue('#c-mass'), '90');
  });
});

test('every stroke, foot region and hand tool renders with finite readouts', async (t) => {
  await withPage(t, { viewport: 'tablet', query: { play: '0', phase: '0.3' } }, async (page) => {
    const feet = await page.$$eval('#c-foot option', (os) => os.map((o) => o.value));
    const hands = await page.$$eval('#c-hand option', (os) => os.map((o) => o.value));
    assert.deepEqual(feet, ['sole', 'heel', 'ball', 'arch', 'edge']);
    assert.deepEqual(hands, ['palm', 'heel', 'thumb', 'fingers', 'fist', 'forearm', 'elbow']);
    for (const stroke of ['Compression', 'Effleurage', 'Petrissage']) {
      await page.click(`.segmented button:has-text("${stroke}")`);
      for (let i = 0; i < Math.max(feet.length, hands.length); i++) {
        await page.selectOption('#c-foot', feet[i % feet.length]);
        await page.selectOption('#c-hand', hands[i % hands.length]);
        const r = await readouts(page);
        for (const side of ['foot', 'hand']) {
          for (const q of QUANTITIES) assert.ok(Number.isFinite(Number(r[side][q])), `${stroke} ${feet[i % feet.length]}/${hands[i % hands.length]} ${side} ${q}`);
          assert.ok(Number(r[side]['contact-area']) > 0);
        }
        const shapes = await page.locator('.side-view .figure path').count();
        assert.ok(shapes >= 30, `both people are drawn (${shapes} shapes)`);
      }
    }
  });
});

test('bad URL values fall back to the defaults with a notice and a console warning, never an error', async (t) => {
  await withPage(t, { query: 'mass=9000&stroke=stomp&book=javascript:alert(1)&colour=red&load=abc' }, async (page, { messages }) => {
    const notice = page.locator('.notice[role=status]');
    await notice.waitFor();
    const text = await notice.innerText();
    for (const key of ['mass=9000', 'stroke=stomp', 'book=javascript:alert(1)', 'colour=red', 'load=abc']) assert.ok(text.includes(key), `notice names ${key}`);
    assert.equal(messages.filter((m) => m.type === 'warning').length, 5, 'one console.warn per ignored parameter');
    const foot = numbers((await readouts(page)).foot);
    assert.equal(await page.inputValue('#c-mass'), '65', 'default mass');
    assert.ok(foot['normal-force'] > 0);
    assert.equal(await page.locator('a.book').count(), 0, 'no booking link from a javascript: URL');
    await notice.locator('button').click();
    assert.equal((await notice.innerText()).trim(), '', 'the notice can be dismissed');
  });
});

test('units change the text, never data-si', async (t) => {
  const query = { stroke: 'compression', phase: '0.5', play: '0' };
  let metric;
  await withPage(t, { query: { ...query, units: 'metric' } }, async (page) => {
    metric = await readouts(page);
    assert.match(await page.innerText('[data-quantity=normal-force][data-side=foot]'), /N$/);
    assert.match(await page.innerText('[data-quantity=peak-pressure][data-side=foot]'), /kPa$/);
  });
  await withPage(t, { query: { ...query, units: 'imperial' } }, async (page) => {
    assert.deepEqual(await readouts(page), metric);
    assert.match(await page.innerText('[data-quantity=normal-force][data-side=foot]'), /lbf$/);
    assert.match(await page.innerText('[data-quantity=peak-pressure][data-side=foot]'), /psi$/);
  });
});

test('no visible text outside the misconception card uses the word "walk"', async (t) => {
  await withPage(t, { query: { play: '0' } }, async (page) => {
    assert.equal(await page.locator('[data-myth]').count(), 1, 'the misconception card exists');
    const offenders = await page.evaluate(() => {
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement.closest('[data-myth]')) continue;
        if (/walk/i.test(n.textContent)) found.push(n.textContent.trim());
      }
      for (const el of document.querySelectorAll('[aria-label],[title],[alt]')) {
        if (el.closest('[data-myth]')) continue;
        for (const a of ['aria-label', 'title', 'alt']) if (/walk/i.test(el.getAttribute(a) || '')) found.push(el.getAttribute(a));
      }
      if (/walk/i.test(document.title)) found.push(document.title);
      return found;
    });
    assert.deepEqual(offenders, []);
  });
});

test('the presets of the three differences set up their scenes', async (t) => {
  await withPage(t, { query: { play: '0' } }, async (page) => {
    await page.click('[data-preset=area]');
    const { foot, hand } = await readouts(page);
    assert.ok(Number(foot['normal-force']) > 3 * Number(hand['normal-force']), 'surface area: the foot delivers several times the force at equal comfort');
    await page.click('[data-preset=direction]');
    assert.ok(Number((await readouts(page)).hand['shear-force']) > 0, 'direction: the leaning hand pushes along the skin');
    await page.click('[data-preset=gravity]');
    const g = await readouts(page);
    assert.equal(Number(g.foot['gravity-share']), 1);
    assert.ok(Number(g.hand['gravity-share']) < 1);
  });
});

for (const [name] of Object.entries(VIEWPORTS)) {
  test(`screenshot of the main screen at ${name} size (for people to look at)`, async (t) => {
    await withPage(t, { viewport: name, query: { stroke: 'compression', phase: '0.5', play: '0' } }, async (page) => {
      await mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `main-${name}.png`), fullPage: false });
      const box = await page.locator('.side-views').boundingBox();
      assert.ok(box && box.width > 250 && box.height > 150, `the side views are visible (${JSON.stringify(box)})`);
    });
  });
}
