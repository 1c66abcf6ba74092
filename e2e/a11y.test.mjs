// Accessibility (issue 6): axe-core finds no WCAG 2.2 A/AA violation in any view or colour
// profile at phone, tablet and desktop sizes; the keyboard reaches everything with a visible
// focus; reduced motion plays nothing; the live description follows settings, not frames.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { frames, REPO, VIEWPORTS, withPage } from './harness.mjs';

const AXE = await readFile(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

async function axe(page) {
  // Evaluated through the debugging protocol, so the page's own policy still applies to the app.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

const VIEWS = {
  full: { play: '0' },
  embed: { view: 'embed', play: '0', book: 'https://studio.example/book' },
  present: { view: 'present', play: '0' },
  projector: { view: 'present', colorProfile: 'projector', play: '0' },
  'full-projector': { colorProfile: 'projector', play: '0' },
};

for (const [view, query] of Object.entries(VIEWS)) {
  for (const size of Object.keys(VIEWPORTS)) {
    test(`axe: no violations in the ${view} view at ${size} size`, async (t) => {
      await withPage(t, { viewport: size, query }, async (page) => {
        assert.deepEqual(await axe(page), []);
      });
    });
  }
}

test('axe: no violations in Spanish and Japanese, with a notice showing', async (t) => {
  for (const locale of ['es', 'ja']) {
    await withPage(t, { query: { locale, play: '0', mass: '999' } }, async (page) => {
      assert.equal(await page.getAttribute('html', 'lang'), locale);
      assert.deepEqual(await axe(page), []);
    });
  }
});

test('every control is reachable with Tab and shows a visible focus', async (t) => {
  await withPage(t, { viewport: 'desktop', query: { play: '0' } }, async (page) => {
    const controls = await page.evaluate(() => [...document.querySelectorAll('button, select, input, a[href], textarea')]
      .filter((el) => el.offsetParent !== null && !el.closest('dialog')).length);
    const seen = new Set();
    for (let i = 0; i < controls + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { key: el.outerHTML.slice(0, 120), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!info) continue;
      assert.ok(info.outline, `visible focus on ${info.key}`);
      seen.add(info.key);
    }
    assert.ok(seen.size >= controls, `Tab reached ${seen.size} of ${controls} controls`);
  });
});

test('sliders speak their value in the chosen units', async (t) => {
  await withPage(t, { query: { units: 'imperial', play: '0' } }, async (page) => {
    assert.match(await page.getAttribute('#c-mass', 'aria-valuetext'), /lb$/);
    assert.match(await page.getAttribute('#c-load', 'aria-valuetext'), /%$/);
    assert.match(await page.getAttribute('#c-lean', 'aria-valuetext'), /°$/);
  });
});

test('under prefers-reduced-motion nothing plays until asked', async (t) => {
  await withPage(t, { context: { reducedMotion: 'reduce' } }, async (page) => {
    assert.equal(await page.getAttribute('[data-control=play]', 'aria-pressed'), 'false');
    const before = await page.inputValue('.time-controls .phase input');
    // Thirty frames, half a second of playback had it played: the stroke has not moved.
    await frames(page, 30);
    assert.equal(await page.inputValue('.time-controls .phase input'), before);
    await page.click('[data-control=play]');
    await page.waitForFunction((b) => document.querySelector('.time-controls .phase input').value !== b, before, { timeout: 10_000 });
  });
});

test('the live description follows settings, not animation frames', async (t) => {
  await withPage(t, { query: { play: '1', stroke: 'effleurage' } }, async (page) => {
    const live = page.locator('#live-description');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    const first = await live.innerText();
    assert.match(first, /Effleurage/i);
    // The stroke moves on, frame after frame; the description stays.
    const phase = await page.inputValue('.time-controls .phase input');
    await page.waitForFunction((p) => document.querySelector('.time-controls .phase input').value !== p, phase, { timeout: 10_000 });
    await frames(page, 30);
    assert.equal(await live.innerText(), first, 'unchanged while only the stroke moves');
    await page.click('.segmented button:has-text("Compression")');
    await page.waitForFunction((f) => document.querySelector('#live-description').innerText !== f, first, { timeout: 10_000 });
    const next = await live.innerText();
    assert.match(next, /Compression/i);
  });
});

/** WCAG relative luminance contrast of two CSS colours (rgb() strings). */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const profile of ['default', 'projector']) {
  test(`text colour pairs (page and SVG labels) meet AA contrast (4.5:1) in the ${profile} colour profile`, async (t) => {
    await withPage(t, { query: { colorProfile: profile, play: '0' } }, async (page) => {
      const colours = await page.evaluate(() => {
        const probe = document.createElement('span');
        document.querySelector('.app').append(probe);
        const resolve = (v) => { probe.style.color = `var(${v})`; return getComputedStyle(probe).color; };
        const out = Object.fromEntries(['--ink', '--ink-muted', '--bg', '--surface', '--foot', '--hand', '--warn', '--ok', '--accent', '--accent-ink'].map((v) => [v, resolve(v)]));
        probe.remove();
        return out;
      });
      const pairs = [
        ['--ink', '--bg'], ['--ink', '--surface'], ['--ink-muted', '--bg'], ['--ink-muted', '--surface'],
        ['--foot', '--surface'], ['--hand', '--surface'], ['--warn', '--surface'], ['--ok', '--surface'],
        ['--accent-ink', '--accent'], ['--accent', '--surface'], ['--foot', '--bg'],
      ];
      const low = pairs.map(([f, b]) => [f, b, contrast(colours[f], colours[b])]).filter(([, , r]) => r < 4.5).map(([f, b, r]) => `${f} on ${b}: ${r.toFixed(2)}`);
      assert.deepEqual(low, []);
    });
  });
}
