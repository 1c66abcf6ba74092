// Smoke tests: the release build loads cleanly at phone, tablet and desktop sizes, under any path,
// with no inline script, no error and no request to another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, VIEWPORTS, withPage } from './harness.mjs';

const TITLE = 'Ashiatsu explained: massage with the feet beside massage with the hands';

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`loads cleanly at ${name} size (${viewport.width}x${viewport.height})`, async (t) => {
    await withPage(t, { viewport: name }, async (page) => {
      assert.equal(await page.title(), TITLE);
      assert.ok((await page.locator('h1').first().innerText()).trim(), 'the page has a heading');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `no sideways scrolling (content is ${overflow}px wider than the viewport)`);
    });
  });
}

test('works when dist/ is served from a sub-path', async (t) => {
  await withPage(t, { prefix: '/clinic/explainer/', viewport: 'phone' }, async (page, { server }) => {
    assert.equal(await page.title(), TITLE);
    for (const path of server.requests.keys()) {
      assert.ok(path.startsWith('/clinic/explainer/'), `request outside the sub-path: ${path}`);
    }
  });
});

test('serves the wasm as application/wasm and the icons', async (t) => {
  await withPage(t, {}, async (page, { url }) => {
    for (const path of ['favicon.ico', 'favicon.svg', 'icons/icon-180.png', 'manifest.webmanifest']) {
      const res = await page.request.get(new URL(path, url).href);
      assert.equal(res.status(), 200, path);
    }
    const wasm = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')),
    );
    assert.ok(wasm, 'the page loaded a .wasm file');
    const res = await page.request.get(wasm);
    assert.equal(res.headers()['content-type'], 'application/wasm');
  });
});

test('dist/index.html has no inline script (strict CSP)', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
  assert.ok(scripts.length > 0, 'there is a loader script');
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc=/, 'every script has a src');
    assert.equal(body.trim(), '', 'no script has inline code');
  }
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handlers');
  assert.match(html, /http-equiv="?Content-Security-Policy/i, 'the page carries its CSP');
});
