// Robustness (issue 7): hundreds of seeded random and hostile query strings, and a seeded random
// user (clicks, drags, keys) in the spirit of PhET's fuzzing. The app always comes up, logs no
// error, renders no injected markup, links only to https, and its readouts stay finite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getBrowser, getServer, watchPage } from './harness.mjs';

/** A small seeded PRNG (mulberry32), so a failure can be replayed from its seed. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = Number(process.env.FUZZ_SEED || 20261123);
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const KEYS = ['stroke', 'foot', 'hand', 'mass', 'load', 'lean', 'compare', 'phase', 'play', 'speed', 'units', 'locale', 'view', 'colorProfile', 'book', 'accent', 'idle', 'x', '', 'constructor', '__proto__'];
const VALUES = [
  'compression', 'effleurage', 'petrissage', 'sole', 'heel', 'thumb', 'elbow', 'force', 'comfort', 'embed', 'present', 'projector', 'metric', 'imperial', 'es', 'ja',
  '0', '1', '0.5', '65', '150', '151', '-1', '1e308', '-1e308', 'NaN', 'Infinity', '-0', '0x10', '1e-320', '9'.repeat(400),
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)", '<svg onload=alert(1)>',
  'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.com', '//evil.example', 'https://evil.example/"><script>',
  'https://studio.example/book', '#fff', '#12345g', 'red', 'url(javascript:alert(1))', '%', '%zz', '%00', '%E2%80%AE', 'x'.repeat(5000), '🦶', '\u202e',
];

function randomQuery(r) {
  const n = Math.floor(r() * 7);
  const parts = [];
  for (let i = 0; i < n; i++) {
    const k = pick(r, KEYS);
    const v = pick(r, VALUES);
    parts.push(r() < 0.5 ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`);
  }
  const hash = r() < 0.2 ? `#${pick(r, ['scene-1', 'scene-0', 'scene-99', 'scene-x', '<script>', 'scene-3'])}` : '';
  return `?${parts.join('&')}${hash}`;
}

async function checkPage(page) {
  return page.evaluate(() => {
    const issues = [];
    if (document.querySelector('#panic-panel')) issues.push('panic panel shown');
    for (const el of document.querySelectorAll('script:not([src]), img, iframe, object, embed')) issues.push(`injected ${el.outerHTML.slice(0, 80)}`);
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) issues.push(`event handler attribute ${a.name}`);
    }
    // Links go to https only (a booking link), or to this very page in another view.
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      const own = href.startsWith(location.origin + location.pathname + '?');
      if (!href.startsWith('https://') && href !== '' && !own) issues.push(`link to ${href.slice(0, 60)}`);
    }
    const readouts = [...document.querySelectorAll('[data-quantity][data-side]')];
    if (readouts.length !== 16 && !document.querySelector('.view-embed')) issues.push(`${readouts.length} readouts`);
    for (const el of readouts) if (!Number.isFinite(Number(el.dataset.si))) issues.push(`non-finite ${el.dataset.side} ${el.dataset.quantity}`);
    return issues;
  });
}

test(`hundreds of random and hostile URLs (seed ${SEED}) never break the app`, { timeout: 600_000 }, async (t) => {
  const server = await getServer();
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: 820, height: 1000 } });
  await context.route((url) => url.origin !== server.origin, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  const { problems } = watchPage(page, server.origin);
  const r = rng(SEED);
  const count = Number(process.env.FUZZ_URLS || 300);
  try {
    for (let i = 0; i < count; i++) {
      const query = randomQuery(r);
      await page.goto(server.url + query);
      await page.waitForSelector('[data-ready]', { state: 'attached', timeout: 20_000 });
      const issues = await checkPage(page);
      assert.deepEqual(issues, [], `URL #${i}: ${query.slice(0, 300)}`);
      const errors = problems.filter((p) => !p.startsWith('request to another origin'));
      assert.deepEqual(errors, [], `URL #${i}: ${query.slice(0, 300)}`);
    }
    t.diagnostic(`${count} URLs loaded cleanly`);
  } finally {
    await context.close();
  }
});

test(`a seeded random user (seed ${SEED}) clicks, drags and types for a while without an error`, { timeout: 300_000 }, async (t) => {
  const server = await getServer();
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, hasTouch: true });
  await context.route((url) => url.origin !== server.origin, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  const { problems } = watchPage(page, server.origin);
  const r = rng(SEED + 1);
  const seconds = Number(process.env.FUZZ_SECONDS || 25);
  try {
    await page.goto(server.url);
    await page.waitForSelector('[data-ready]', { state: 'attached' });
    const end = Date.now() + seconds * 1000;
    let actions = 0;
    while (Date.now() < end) {
      const kind = r();
      if (kind < 0.45) {
        // Any visible control except the ones that leave the page or open the print dialog.
        const controls = await page.$$('button:visible, select:visible, input[type=range]:visible');
        const el = pick(r, controls);
        const text = (await el.textContent()) || '';
        const tag = await el.evaluate((e) => e.tagName.toLowerCase());
        if (/print/i.test(text)) continue;
        if (tag === 'select') {
          const options = await el.$$eval('option', (os) => os.map((o) => o.value));
          await el.selectOption(pick(r, options));
        } else if (tag === 'input') {
          const [min, max] = await el.evaluate((e) => [Number(e.min), Number(e.max)]);
          await el.fill(String(Math.round(min + r() * (max - min))));
        } else {
          await el.click({ timeout: 2000 }).catch(() => {});
        }
      } else if (kind < 0.65) {
        const box = await page.locator('.scrub-area').boundingBox().catch(() => null);
        if (box) {
          const y = box.y + box.height * r();
          await page.mouse.move(box.x + box.width * r(), y);
          await page.mouse.down();
          await page.mouse.move(box.x + box.width * r(), y, { steps: 4 });
          await page.mouse.up();
        }
      } else {
        await page.keyboard.press(pick(r, ['Space', 'ArrowLeft', 'ArrowRight', 'Alt+KeyR', 'Tab', 'Shift+Tab', 'Escape', 'Enter', 'f']));
      }
      actions++;
      if (actions % 10 === 0) assert.deepEqual(await checkPage(page), [], `after ${actions} actions`);
    }
    assert.deepEqual(await checkPage(page), []);
    assert.deepEqual(problems, []);
    t.diagnostic(`${actions} random actions in ${seconds} s`);
  } finally {
    await context.close();
  }
});
