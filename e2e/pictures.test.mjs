// The pictures (contract §7, issue 13): every view carries its figures; words inside pictures are at
// least 12 CSS px, never overlap each other or an arrow's tip, never leave their picture, in every
// view, size and language, for every stroke at several moments; the embed is compact; presenter
// mode gives the pictures at least half of a projector's screen; the handout prints on one page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

const SIZES = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1440, height: 900 },
  projector: { width: 1280, height: 720 },
};
const STATES = [
  { stroke: 'compression', phase: '0.5' },
  { stroke: 'effleurage', phase: '0.3' },
  { stroke: 'effleurage', phase: '0.8' },
  { stroke: 'petrissage', phase: '0.25', compare: 'comfort' },
  { stroke: 'compression', phase: '0.5', hand: 'thumb', compare: 'comfort', depth: '8' },
];

/** Every word inside a picture, measured in the page: problems as readable strings. */
function checkWords() {
  const problems = [];
  const pictures = [...document.querySelectorAll('svg[data-figure], .legend svg')];
  for (const svg of pictures) {
    const name = `${svg.dataset.figure ?? 'legend'}${svg.dataset.side ? ' ' + svg.dataset.side : ''}`;
    const box = svg.getBoundingClientRect();
    if (box.width < 1) continue;
    const words = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim());
    const rects = words.map((t) => t.getBoundingClientRect());
    words.forEach((t, i) => {
      const r = rects[i];
      const size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
      if (size < 11.95) problems.push(`${name}: “${t.textContent}” is ${size.toFixed(1)} px`);
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        problems.push(`${name}: “${t.textContent}” leaves the picture`);
      }
      for (let j = 0; j < i; j++) {
        const o = rects[j];
        const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
        const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
        if (w > 1 && h > 1) problems.push(`${name}: “${t.textContent}” overlaps “${words[j].textContent}”`);
      }
    });
    // Arrow tips: the end of each arrow's line, where its head is.
    for (const line of svg.querySelectorAll('.arrow line')) {
      const m = line.getScreenCTM();
      const x2 = Number(line.getAttribute('x2'));
      const tip = { x: m.a * x2 + m.e, y: m.b * x2 + m.f };
      words.forEach((t, i) => {
        const r = rects[i];
        if (tip.x > r.left + 1 && tip.x < r.right - 1 && tip.y > r.top + 1 && tip.y < r.bottom - 1) {
          problems.push(`${name}: “${t.textContent}” covers an arrow's tip`);
        }
      });
    }
  }
  return problems;
}

for (const view of ['full', 'embed', 'present']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`words in the ${view} view at ${size} size are legible and clear of each other (en, ja)`, async (t) => {
      await withPage(t, { viewport, query: { view, play: '0' } }, async (page, { server }) => {
        const problems = [];
        for (const locale of ['en', 'ja']) {
          for (const state of STATES) {
            const query = new URLSearchParams({ view, play: '0', locale, ...state }).toString();
            // Let the page finish what it fetches (the service worker) before leaving it.
            await page.waitForLoadState('networkidle');
            await page.goto(`${server.url}?${query}`);
            await page.waitForSelector('[data-ready]', { state: 'attached' });
            // The pictures size their words once they have measured themselves.
            await page.waitForFunction(() => {
              const pictures = [...document.querySelectorAll('svg[data-figure], .legend svg')];
              return pictures.length > 0 && pictures.every((p) => p.hasAttribute('data-measured'));
            });
            for (const p of await page.evaluate(checkWords)) problems.push(`${query}: ${p}`);
          }
        }
        assert.deepEqual(problems, []);
      });
    });
  }
}

test('every view shows the contact area, and pictures carry their figure markers', async (t) => {
  for (const view of ['full', 'embed', 'present']) {
    await withPage(t, { viewport: 'tablet', query: { view, play: '0' } }, async (page) => {
      const count = (selector) => page.locator(selector).count();
      for (const side of ['foot', 'hand']) {
        assert.equal(await count(`[data-figure=side][data-side=${side}]`), 1, `${view}: side ${side}`);
        // A lesson scene about the side views leaves the cross-sections to the scene about depth.
        assert.equal(await count(`[data-figure=depth][data-side=${side}]`), view === 'present' ? 0 : 1, `${view}: depth ${side}`);
        // Presenter mode's scene about the side views shows the contact area on the back alone.
        assert.equal(await count(`[data-figure=contact][data-side=${side}]`), view === 'present' ? 0 : 1, `${view}: contact ${side}`);
      }
      assert.equal(await count('[data-figure=back]'), view === 'embed' ? 0 : 1, `${view}: back`);
      assert.equal(await count('[data-figure=profile]'), view === 'full' ? 1 : 0, `${view}: profile`);
    });
  }
});

test('the embed fits 1,000 px of height in a 720 px column and opens on heel against thumb', async (t) => {
  await withPage(t, { viewport: { width: 720, height: 1000 }, query: { view: 'embed', play: '0' } }, async (page) => {
    const height = await page.evaluate(() => document.querySelector('.app').getBoundingClientRect().height);
    assert.ok(height <= 1000, `${height} px`);
    assert.equal(await page.getAttribute('[data-figure=contact][data-side=foot]', 'data-side'), 'foot');
    assert.match(await page.innerText('.close-up--foot figcaption'), /Heel/);
    assert.match(await page.innerText('.close-up--hand figcaption'), /Thumb/);
  });
});

test('presenter mode gives at least half of a 1280×720 projector to the pictures', async (t) => {
  await withPage(t, { viewport: SIZES.projector, query: { view: 'present' } }, async (page) => {
    const share = await page.evaluate(() => {
      const [w, h] = [innerWidth, innerHeight];
      let area = 0;
      for (const el of document.querySelectorAll('svg[data-figure]')) {
        const r = el.getBoundingClientRect();
        const x = Math.max(0, Math.min(r.right, w) - Math.max(r.left, 0));
        const y = Math.max(0, Math.min(r.bottom, h) - Math.max(r.top, 0));
        area += x * y;
      }
      return area / (w * h);
    });
    assert.ok(share >= 0.5, `${(share * 100).toFixed(1)} % of the screen`);
  });
});

for (const format of ['A4', 'Letter']) {
  test(`the handout prints on one ${format} page`, async (t) => {
    await withPage(t, { query: { stroke: 'compression', phase: '0.5', play: '0' } }, async (page) => {
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.controls-panel').isVisible(), false, 'controls are not printed');
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.equal(pages, 1);
    });
  });
}
