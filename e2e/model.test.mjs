// The fair model and the depth of pressure, checked from outside through the readouts' data-si
// (contract §2) and the URL parameters client, pair, footLength and depth (contract §3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

const MU = 0.15; // oiled skin, as in the model

async function readouts(page) {
  return page.evaluate(() => {
    const out = { foot: {}, hand: {} };
    for (const el of document.querySelectorAll('[data-quantity][data-side]')) {
      out[el.dataset.side][el.dataset.quantity] = Number(el.dataset.si);
    }
    return out;
  });
}

async function band(page, side) {
  return page.$eval(`[data-quantity=comfort-limit][data-side=${side}]`, (el) => ({
    low: Number(el.dataset.siLow),
    limit: Number(el.dataset.si),
    high: Number(el.dataset.siHigh),
  }));
}

test('the comfort limit comes with its band, and the client setting picks a point in it', async (t) => {
  const at = {};
  for (const client of ['sensitive', 'typical', 'tolerant']) {
    await withPage(t, { query: { stroke: 'compression', phase: '0.5', play: '0', client } }, async (page) => {
      at[client] = await band(page, 'foot');
      assert.match(await page.innerText('[data-quantity=comfort-limit][data-side=foot] .band'), /\d.*–.*\d/);
    });
  }
  assert.ok(at.typical.low < at.typical.limit && at.typical.limit < at.typical.high);
  assert.equal(at.sensitive.limit, at.sensitive.low);
  assert.equal(at.tolerant.limit, at.tolerant.high);
  // A log-normal spread of 45 %: the 84th percentile is e^(2σ) times the 16th, σ² = ln 1.2025.
  assert.ok(Math.abs(at.typical.high / at.typical.low - Math.exp(2 * Math.sqrt(Math.log(1.2025)))) < 1e-6);
});

test('at equal comfort the thumb reaches the measured pain thresholds, and the heel several times its force', async (t) => {
  await withPage(t, { query: { stroke: 'compression', foot: 'heel', hand: 'thumb', compare: 'comfort', phase: '0.5', play: '0' } }, async (page) => {
    const { foot, hand } = await readouts(page);
    // The thumb flattened into its 2.1 cm² pad: near Defrin 2003's 205 kPa for a 2 cm² probe, and
    // under Giesbrecht 2005's 356 kPa for 1 cm² (pain-free).
    assert.ok(Math.abs(hand['mean-pressure'] / 205e3 - 1) < 0.1 && hand['mean-pressure'] < 356e3, `${hand['mean-pressure']}`);
    const ratio = foot['normal-force'] / hand['normal-force'];
    // The headline states it, with the range the model's uncertainty gives (contract §2).
    const stated = await page.$eval('[data-quantity=force-ratio]', (el) => ({ si: Number(el.dataset.si), low: Number(el.dataset.siLow), high: Number(el.dataset.siHigh) }));
    assert.ok(Math.abs(stated.si / ratio - 1) < 1e-9, `${stated.si} vs ${ratio}`);
    assert.ok(stated.low < ratio && ratio < stated.high, JSON.stringify(stated));
    assert.ok(ratio > 2.5 && ratio < 5 && stated.low > 2 && stated.high < 6, `heel to thumb ${ratio}: ${JSON.stringify(stated)}`);
  });
});

test('a held hand keeps its push inside the friction cone at every lean the slider allows', async (t) => {
  await withPage(t, { query: { stroke: 'compression', phase: '0.5', play: '0' } }, async (page) => {
    for (const lean of [0, 5, 10, 25, 45, 60]) {
      await page.fill('#c-lean', String(lean));
      const { hand } = await readouts(page);
      assert.ok(hand['shear-force'] <= MU * hand['normal-force'] * (1 + 1e-9), `${lean}°: ${hand['shear-force']} > μN`);
    }
    assert.equal(await page.getByText('slides on oiled skin').count(), 0, 'no held stroke slips');
  });
});

test('two feet and two hands: forces and areas are totals, pressures per contact', async (t) => {
  const query = { stroke: 'compression', phase: '0.5', play: '0', load: '40' };
  let one;
  await withPage(t, { query: { ...query, pair: '0' } }, async (page) => {
    one = await readouts(page);
    assert.equal(await page.locator('[data-figure=back] .contact-patch').count(), 2);
  });
  await withPage(t, { query: { ...query, pair: '1' } }, async (page) => {
    const two = await readouts(page);
    assert.equal(two.foot['normal-force'], one.foot['normal-force'], 'the same total force');
    for (const side of ['foot', 'hand']) {
      const r = two[side];
      assert.ok(Math.abs(r['mean-pressure'] - r['normal-force'] / r['contact-area']) <= 1e-6 * r['mean-pressure']);
      assert.ok(r['mean-pressure'] < one[side]['mean-pressure'], `${side}: half the force on each contact`);
    }
    assert.equal(await page.locator('[data-figure=back] .contact-patch').count(), 4, 'two contacts a side on the backs');
  });
});

test('the foot length scales the pads with its square', async (t) => {
  // A heel under the whole 65 kg is fully conformed at either size, so its area is its outline.
  const area = {};
  for (const footLength of ['24', '30']) {
    await withPage(t, { query: { stroke: 'compression', foot: 'heel', phase: '0.5', play: '0', load: '100', footLength } }, async (page) => {
      area[footLength] = (await readouts(page)).foot['contact-area'];
      assert.equal(await page.inputValue('#c-foot-length'), footLength);
    });
  }
  const ratio = area['30'] / area['24'];
  assert.ok(Math.abs(ratio - (30 / 24) ** 2) < 0.001 * ratio, `${ratio}`);
});

test('depth stress is read at the chosen depth and behaves like Boussinesq’s half-space', async (t) => {
  const query = { stroke: 'compression', foot: 'heel', hand: 'thumb', compare: 'comfort', phase: '0.5', play: '0' };
  const stress = {};
  for (const depth of ['1', '3', '10']) {
    await withPage(t, { query: { ...query, depth } }, async (page) => {
      const cell = page.locator('[data-quantity=depth-stress][data-side=hand]');
      assert.equal(Number(await cell.getAttribute('data-depth')), Number(depth) / 100);
      stress[depth] = await readouts(page);
    });
  }
  for (const side of ['foot', 'hand']) {
    assert.ok(stress['1'][side]['depth-stress'] > stress['3'][side]['depth-stress'], `${side} fades with depth`);
    assert.ok(stress['3'][side]['depth-stress'] > stress['10'][side]['depth-stress']);
    assert.ok(stress['1'][side]['depth-stress'] <= stress['1'][side]['peak-pressure'], 'never above the surface peak');
  }
  // Far below a thumb every contact looks like a point load: σz = 3F / (2π z²).
  const f = stress['10'].hand['normal-force'];
  const far = (3 * f) / (2 * Math.PI * 0.1 ** 2);
  assert.ok(Math.abs(stress['10'].hand['depth-stress'] / far - 1) < 0.05, `${stress['10'].hand['depth-stress']} vs ${far}`);
  // "Deeper": at equal comfort the heel keeps about twice the thumb's stress 3 cm down.
  assert.ok(stress['3'].foot['depth-stress'] > 1.5 * stress['3'].hand['depth-stress']);
});

test('a cross-section under each side, in every view, and the depth sentence', async (t) => {
  for (const view of ['full', 'embed', 'present']) {
    // Presenter mode shows them in the scene about depth.
    const hash = view === 'present' ? 'scene-10' : undefined;
    await withPage(t, { viewport: 'tablet', hash, query: { view, play: '0', stroke: 'compression', compare: 'comfort', hand: 'thumb' } }, async (page) => {
      for (const side of ['foot', 'hand']) assert.equal(await page.locator(`[data-figure=depth][data-side=${side}]`).count(), 1, `${view} ${side}`);
      const sentence = await page.innerText('[data-sentence=depth]');
      assert.match(sentence, /\d/, `${view}: ${sentence}`);
    });
  }
});

test('the new settings travel in the copied link and bad values get the usual notice', async (t) => {
  await withPage(t, { query: 'client=brave&pair=3&footLength=50&depth=0' }, async (page, { messages }) => {
    const text = await page.innerText('.notice[role=status]');
    for (const key of ['client=brave', 'pair=3', 'footLength=50', 'depth=0']) assert.ok(text.includes(key), key);
    assert.equal(messages.filter((m) => m.type === 'warning').length, 4);
  });
  await withPage(t, { query: 'client=tolerant&pair=1&footLength=27&depth=6&play=0', context: { permissions: ['clipboard-read', 'clipboard-write'] } }, async (page) => {
    await page.click('button:has-text("Copy link")');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    for (const part of ['client=tolerant', 'pair=1', 'footLength=27', 'depth=6']) assert.ok(link.includes(part), `${part} in ${link}`);
  });
});

test('lesson scene "Deeper, not sharper" compares a heel and a thumb at equal comfort', async (t) => {
  await withPage(t, { viewport: 'desktop', query: { view: 'present' }, hash: 'scene-10' }, async (page) => {
    assert.match(await page.innerText('.scene-panel'), /Deeper/);
    const { foot, hand } = await readouts(page);
    assert.ok(foot['depth-stress'] > 1.5 * hand['depth-stress']);
    assert.equal(await page.locator('[data-figure=profile]').count(), 1, 'the pressure against depth');
  });
});
