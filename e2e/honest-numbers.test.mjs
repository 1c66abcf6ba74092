// Numbers a teacher can defend (contract §2, §7, §9): who carries the ashiatsu practitioner's
// weight adds up to body weight; the headline's ratios carry their range; "deeper" is claimed only
// at equal comfort; the pressure against depth is drawn; a caution says when a setting is unsafe
// whatever the comfort verdict, and there is none at the defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

const G = 9.80665;

async function si(page, quantity, side = 'foot') {
  return Number(await page.getAttribute(`[data-quantity=${quantity}][data-side=${side}]`, 'data-si'));
}

test('the working foot, the standing foot and the bars carry body weight, the bars a light grip', async (t) => {
  for (const [mass, load, pair] of [[72, 40, '0'], [65, 30, '0'], [90, 20, '1']]) {
    await withPage(t, { query: { stroke: 'compression', phase: '0.5', play: '0', mass, load, pair } }, async (page) => {
      const [working, standing, bars] = [await si(page, 'normal-force'), await si(page, 'standing-force'), await si(page, 'bar-force')];
      const weight = mass * G;
      assert.ok(Math.abs(working + standing + bars - weight) < 1e-6 * weight, `${working} + ${standing} + ${bars} vs ${weight}`);
      if (pair === '1') {
        assert.equal(standing, 0, 'both feet on the client: no standing foot');
      } else {
        assert.ok(bars <= weight / 3, `the bars hold ${bars} N of ${weight}`);
        assert.ok(Math.abs(bars - 0.05 * weight) < 1e-6 * weight, 'a light grip for balance');
      }
    });
  }
});

test('"deeper" comes with its condition: at equal force the thumb presses harder at depth, at equal comfort the heel does', async (t) => {
  const query = { stroke: 'compression', foot: 'heel', hand: 'thumb', phase: '0.5', play: '0' };
  await withPage(t, { query: { ...query, compare: 'force' } }, async (page) => {
    const depth = await si(page, 'depth-ratio');
    assert.ok(depth < 1, `at equal force the heel's stress 3 cm down is ${depth}× the thumb's`);
    assert.match(await page.innerText('[data-headline]'), /advantage shows at equal comfort/);
    assert.equal(await page.locator('.profile__cross').count(), 0, 'the curves do not cross');
  });
  await withPage(t, { query: { ...query, compare: 'comfort' } }, async (page) => {
    const el = page.locator('[data-headline] [data-quantity=depth-ratio]');
    const [value, low, high] = await Promise.all(['data-si', 'data-si-low', 'data-si-high'].map((a) => el.getAttribute(a).then(Number)));
    assert.ok(low > 1 && low < value && value < high, `${low} < ${value} < ${high}`);
    assert.match(await el.innerText(), /reaches deeper/);
    assert.equal(await page.locator('.profile__cross').count(), 1, 'the curves cross near the skin');
  });
});

test('a whole sole is also compared below its heel or ball, not only below the arch between them', async (t) => {
  await withPage(t, { query: { play: '0' } }, async (page) => {
    const pads = page.locator('[data-headline] [data-quantity=depth-peak-ratio]');
    assert.equal(await pads.count(), 1, 'the default sole gets the sentence');
    const [value, low, high] = await Promise.all(['data-si', 'data-si-low', 'data-si-high'].map((a) => pads.getAttribute(a).then(Number)));
    const centre = await si(page, 'depth-ratio');
    assert.ok(value > 2 * centre, `below the pads ${value}× the hand's, below the centre ${centre}×`);
    assert.ok(low <= value && value <= high, `${low} ≤ ${value} ≤ ${high}`);
    assert.match(await pads.innerText(), /heel or ball, not the arch/);
  });
  await withPage(t, { query: { stroke: 'compression', foot: 'heel', hand: 'thumb', play: '0' } }, async (page) => {
    assert.equal(await page.locator('[data-quantity=depth-peak-ratio]').count(), 0, 'a heel is one pad');
  });
});

test('the pressure against depth is drawn on the full page and in the lesson about depth', async (t) => {
  for (const [query, hash] of [[{ play: '0' }, undefined], [{ view: 'present' }, 'scene-10']]) {
    await withPage(t, { viewport: 'desktop', query, hash }, async (page) => {
      const plot = page.locator('[data-figure=profile]');
      assert.equal(await plot.count(), 1);
      assert.equal(await plot.locator('.profile__curve').count(), 2, 'a curve for each side');
      assert.equal(await plot.locator('.profile__band').count(), 2, 'each with its band');
      assert.equal(await plot.locator('.profile__chosen').count(), 1, 'the chosen depth marked');
    });
  }
});

test('a very heavy foot gets a caution, whatever the comfort verdict; the defaults get none', async (t) => {
  for (const view of ['full', 'embed', 'present']) {
    await withPage(t, { viewport: 'desktop', query: { view, play: '0' } }, async (page) => {
      assert.equal(await page.locator('[data-caution]').count(), 0, `${view}: no caution at the defaults`);
    });
  }
  await withPage(t, { query: { stroke: 'compression', foot: 'sole', load: '60', phase: '0.5', play: '0' } }, async (page) => {
    const caution = page.locator('[data-caution=heavy-foot]');
    assert.equal(await caution.count(), 1);
    assert.match(await caution.innerText(), /CPR/);
  });
  await withPage(t, { query: { stroke: 'compression', foot: 'sole', load: '60', phase: '0.5', play: '0', locale: 'ja' } }, async (page) => {
    assert.match(await page.innerText('[data-caution=heavy-foot]'), /心肺蘇生/);
  });
});
