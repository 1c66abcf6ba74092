// The three places (issue 5): a therapist's website (embed in an iframe, height messages, booking
// link, strict CSP), a tablet in consultations (offline after a first visit, touch targets, idle
// reset, saved settings, handout), and a classroom (presenter scenes, keyboard, deep links).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO, getBrowser, getServer, watchPage, withPage } from './harness.mjs';
import { startServer } from './server.mjs';

async function readouts(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-quantity][data-side]')].map((e) => [`${e.dataset.side}/${e.dataset.quantity}`, e.dataset.si])));
}

test('embedded on a host page of another origin: height messages size the frame, no scroll bars, booking link in the brand colour', async () => {
  const app = await getServer();
  // The host is the therapist's page, not ours: it sends no policy of ours.
  const host = await startServer({ root: join(REPO, 'e2e', 'host'), csp: false });
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  const page = await context.newPage();
  const { problems } = watchPage(page, host.origin);
  try {
    const src = `${app.url}?view=embed&book=${encodeURIComponent('https://studio.example/book')}&accent=%23aa3366&play=0`;
    // The frame's requests go to the app's origin by design; only those two origins are allowed.
    await page.goto(`${host.url}?src=${encodeURIComponent(src)}`);
    const frame = page.frameLocator('#ashiatsu-explainer');
    await frame.locator('[data-ready]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => window.__heights.length > 0);
    await page.waitForTimeout(300);
    const { heights, frameHeight } = await page.evaluate(() => ({
      heights: window.__heights,
      frameHeight: document.getElementById('ashiatsu-explainer').getBoundingClientRect().height,
    }));
    assert.ok(heights.every((h) => Number.isFinite(h) && h > 200), `heights ${heights}`);
    assert.equal(Math.ceil(heights.at(-1)), Math.round(frameHeight), 'the host sized the frame to the last message');
    const inner = page.frames().find((f) => f.url().startsWith(app.url));
    const scroll = await inner.evaluate(() => ({ sh: document.documentElement.scrollHeight, ch: document.documentElement.clientHeight, sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
    assert.ok(scroll.sh <= scroll.ch + 1, `no vertical scroll bar inside the frame: ${JSON.stringify(scroll)}`);
    assert.ok(scroll.sw <= scroll.cw, `no horizontal scroll bar: ${JSON.stringify(scroll)}`);
    const book = frame.locator('a.book');
    assert.equal(await book.getAttribute('href'), 'https://studio.example/book');
    assert.equal(await book.evaluate((a) => getComputedStyle(a).backgroundColor), 'rgb(170, 51, 102)');
    // Changing the stroke changes the content height; the host follows.
    const count = heights.length;
    await frame.locator('.segmented button', { hasText: 'Compression' }).click();
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => window.__heights.length);
    assert.ok(after >= count);
    const foreign = problems.filter((p) => !(p.includes('another origin') && p.includes(app.origin)));
    assert.deepEqual(foreign, []);
  } finally {
    await context.close();
    await host.close();
  }
});

test('runs under the strict Content-Security-Policy with no violation', async (t) => {
  await withPage(t, { csp: true, beforeLoad: (page) => page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  }) }, async (page) => {
    await page.click('.segmented button:has-text("Petrissage")');
    await page.waitForTimeout(200);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
  });
});

test('after a first visit it reloads with the network gone (service worker)', async (t) => {
  await withPage(t, { viewport: 'tablet' }, async (page, { context }) => {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    const keys = await page.evaluate(() => caches.keys());
    assert.equal(keys.length, 1, `one versioned cache: ${keys}`);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-ready]', { state: 'attached' });
    assert.ok(Number(await page.getAttribute('[data-quantity=normal-force][data-side=foot]', 'data-si')) > 0);
    await context.setOffline(false);
  });
});

test('presenter mode: deep link to a scene, arrows move between scenes and the address follows', async (t) => {
  await withPage(t, { hash: 'scene-3', query: { units: 'metric' } }, async (page) => {
    assert.equal(await page.getAttribute('.scene-panel', 'data-scene'), '3');
    assert.ok(await page.locator('.view-present').count());
    await page.locator('body').press('ArrowRight');
    assert.equal(await page.getAttribute('.scene-panel', 'data-scene'), '4');
    assert.ok(page.url().endsWith('#scene-4'), page.url());
    // Scene 4 compares a heel with a thumb: the thumb's area is a few square centimetres.
    assert.ok(Number((await readouts(page))['hand/contact-area']) < 3e-4);
    // Its focus, the peak pressure, is in the compact table and marked; nothing else is.
    const focused = page.locator('.readouts tr[data-focus]');
    assert.equal(await focused.count(), 1);
    assert.equal(await focused.locator('td[data-side=foot]').getAttribute('data-quantity'), 'peak-pressure');
    assert.ok(await focused.isVisible());
    await page.locator('body').press('ArrowLeft');
    await page.locator('body').press('ArrowLeft');
    assert.equal(await page.getAttribute('.scene-panel', 'data-scene'), '2');
    await page.locator('body').press('Space');
    assert.equal(await page.getAttribute('.time-controls .play', 'aria-pressed'), 'false', 'scene 2 plays; Space pauses');
    const first = await page.evaluate(() => document.querySelector('.scene-panel h2').textContent);
    await page.click('.scene-nav button:has-text("Next scene")');
    assert.notEqual(await page.evaluate(() => document.querySelector('.scene-panel h2').textContent), first);
  });
});

test('a deep link to a scene that does not exist says so and shows the start', async (t) => {
  await withPage(t, { hash: 'scene-99' }, async (page, { messages }) => {
    assert.match(await page.innerText('.notice'), /scene-99/);
    assert.ok(messages.some((m) => m.type === 'warning'));
  });
});

test('projector colour profile switches to high contrast', async (t) => {
  await withPage(t, { query: { colorProfile: 'projector', view: 'present' } }, async (page) => {
    const ink = await page.evaluate(() => getComputedStyle(document.querySelector('.app')).color);
    assert.equal(ink, 'rgb(0, 0, 0)');
  });
});

test('at tablet size every control is a touch target of at least 44 × 44 CSS px', async (t) => {
  await withPage(t, { viewport: 'tablet', context: { hasTouch: true, isMobile: true } }, async (page) => {
    const small = await page.evaluate(() => [...document.querySelectorAll('button, select, input, a[href]')]
      .filter((el) => el.offsetParent !== null && !el.closest('dialog:not([open])'))
      .map((el) => ({ el: el.outerHTML.slice(0, 80), r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`));
    assert.deepEqual(small, []);
  });
});

test('dragging across the pictures scrubs the stroke', async (t) => {
  await withPage(t, { viewport: 'tablet', query: { play: '0', phase: '0.1' } }, async (page) => {
    const phase = () => page.inputValue('.time-controls .phase input');
    const before = await phase();
    const box = await page.locator('.scrub-area').boundingBox();
    await page.mouse.move(box.x + 50, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 50 + box.width / 4, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const after = await phase();
    assert.ok(Number(after) - Number(before) > 150, `${before} → ${after}`);
  });
});

test('copy link restores the exact state; the last settings are remembered on the device', async (t) => {
  let link, state;
  await withPage(t, { query: { play: '0' } }, async (page) => {
    await page.click('.segmented button:has-text("Petrissage")');
    await page.selectOption('#c-hand', 'fist');
    await page.fill('#c-load', '55');
    await page.locator('body').press('ArrowRight');
    await page.click('button:has-text("Copy link")');
    link = page.url();
    state = await readouts(page);
    assert.match(link, /stroke=petrissage/);
  });
  await withPage(t, { path: link.replace(/^https?:\/\/[^/]+\//, '') }, async (page) => {
    assert.deepEqual(await readouts(page), state, 'the link restores the picture');
  });
  await withPage(t, { beforeLoad: (page) => page.addInitScript(() => {
    localStorage.setItem('ashiatsu-explainer/settings', JSON.stringify({ v: 1, query: 'stroke=compression&hand=elbow&load=50' }));
  }) }, async (page) => {
    assert.equal(await page.inputValue('#c-hand'), 'elbow', 'saved settings come back on a plain visit');
    assert.equal(await page.inputValue('#c-load'), '50');
  });
});

test('corrupt saved settings fall back to the defaults with a notice', async (t) => {
  await withPage(t, { beforeLoad: (page) => page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('ashiatsu-explainer/settings', '{"v":1,"query":"stroke=');
    }
  }) }, async (page) => {
    assert.match(await page.innerText('.notice'), /saved on this device/);
    assert.equal(await page.inputValue('#c-mass'), '65');
    assert.ok(Number(await page.getAttribute('[data-quantity=normal-force][data-side=foot]', 'data-si')) > 0);
  });
});

test('consultation mode: left idle, it returns to its starting screen', async (t) => {
  await withPage(t, { query: { idle: '2', stroke: 'compression' }, beforeLoad: (page) => page.clock.install() }, async (page) => {
    await page.click('.segmented button:has-text("Petrissage")');
    assert.equal(await page.getAttribute('.segmented button:has-text("Petrissage")', 'aria-pressed'), 'true');
    await page.clock.fastForward('01:00');
    assert.equal(await page.getAttribute('.segmented button:has-text("Petrissage")', 'aria-pressed'), 'true', 'not yet');
    await page.clock.fastForward('01:05');
    await page.waitForFunction(() => document.querySelector('.segmented button[aria-pressed=true]').textContent === 'Compression');
  });
});

for (const view of ['embed', 'present']) {
  test(`the ${view} view fits a phone without sideways scrolling`, async (t) => {
    await withPage(t, { viewport: 'phone', query: { view, play: '0' } }, async (page) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${overflow}px too wide`);
    });
  });
}

test('the Embed dialog writes a snippet for the current settings, and the manifest makes it installable', async (t) => {
  await withPage(t, { query: { stroke: 'petrissage', play: '0' } }, async (page, { url }) => {
    await page.click('button:has-text("Embed")');
    const dialog = page.locator('dialog.embed-dialog');
    assert.ok(await dialog.evaluate((d) => d.open));
    const snippet = await page.inputValue('#embed-snippet');
    assert.match(snippet, /<iframe id="ashiatsu-explainer" src="[^"]*view=embed/);
    assert.match(snippet, /stroke=petrissage/);
    assert.match(snippet, /addEventListener\('message'/);
    await page.keyboard.press('Escape');
    assert.equal(await dialog.evaluate((d) => d.open), false, 'Escape closes it');
    const manifest = await (await page.request.get(new URL('manifest.webmanifest', url).href)).json();
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512') && manifest.icons.some((i) => i.sizes === '192x192'));
  });
});

test('a light brand colour still gives readable text on the booking button', async (t) => {
  await withPage(t, { query: { view: 'embed', book: 'https://studio.example/book', accent: '#ffff00', play: '0' } }, async (page) => {
    const style = await page.locator('a.book').evaluate((a) => ({ bg: getComputedStyle(a).backgroundColor, fg: getComputedStyle(a).color }));
    assert.equal(style.bg, 'rgb(255, 255, 0)');
    assert.equal(style.fg, 'rgb(0, 0, 0)');
    assert.notEqual(await page.locator('h1').evaluate((h) => getComputedStyle(h).color), 'rgb(255, 255, 0)', 'the heading keeps a readable ink');
  });
});
