// The harness must catch what it promises to catch: each fixture page has one kind of problem and
// withPage has to fail on it (and pass on the clean page), wherever the problem comes from (the
// page, the service worker) and whenever it is reported (after the test body returned, too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO, waitForAsync, waitForServiceWorker, withPage } from './harness.mjs';

const root = join(REPO, 'e2e', 'fixtures');
const open = (t, path, options = {}, fn = async () => {}) =>
  withPage(t, { root, path, screenshotOnFailure: false, ...options }, fn);

test('harness passes a clean page', async (t) => {
  await open(t, 'clean.html');
});

const cases = [
  ['console-error.html', /console error: fixture: something went wrong/, {}],
  ['page-error.html', /page error: fixture: uncaught/, {}],
  ['missing-file.html', /HTTP 404: GET .*no-such-image\.png/, {}],
  ['other-origin.html', /request to another origin: https:\/\/other-origin\.invalid\/pixel\.png/, { csp: false }],
  ['inline-script.html', /console error: .*Content Security Policy/, {}],
];
for (const [page, expected, options] of cases) {
  test(`harness fails ${page}`, async (t) => {
    await assert.rejects(open(t, page, options), expected);
  });
}

// Fails on the old harness, which listened to the page only.
test("harness fails on a service worker's console error", async (t) => {
  await assert.rejects(
    open(t, 'sw-error.html', {}, async (page) => {
      await waitForAsync(page, () => navigator.serviceWorker.getRegistration().then((r) => !!r?.active), null, { message: 'an active worker' });
    }),
    /service worker console error: fixture: service worker failed/,
  );
});

// Fails on the old harness: the worker's own request is not a page's.
test('harness fails when the service worker cannot download a file it precaches', async (t) => {
  await assert.rejects(
    open(t, 'sw-precache-404.html', {}, async (page) => {
      await waitForAsync(page, () => navigator.serviceWorker.getRegistration().then((r) => !!r?.active), null, { message: 'an active worker' });
    }),
    /HTTP 404: GET .*not-in-the-build\.js/,
  );
});

// Fails on the old harness, which counted the problems before the pages had run what the test
// body set going.
test('harness fails on an error reported after the test body returned', async (t) => {
  await assert.rejects(
    open(t, 'clean.html', {}, async (page) => {
      await page.evaluate(() => requestAnimationFrame(() => console.error('fixture: late')));
    }),
    /console error: fixture: late/,
  );
});

test('harness fails on an error event the browser gives only to the page', async (t) => {
  await assert.rejects(
    open(t, 'clean.html', {}, async (page) => {
      await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { message: 'fixture: an error event' })));
    }),
    /console error: error event: fixture: an error event/,
  );
});

// The old waits for the worker (navigator.serviceWorker.ready) had no deadline: make test hung.
test('a wait for a service worker that never activates ends with a message', async (t) => {
  await open(t, 'sw-never.html', {}, async (page) => {
    const t0 = Date.now();
    await assert.rejects(waitForServiceWorker(page, 2000), /no service worker controlled the page within 2000 ms .*"installing":"installing"/);
    assert.ok(Date.now() - t0 < 10_000, 'within its deadline');
  });
});

// page.waitForFunction takes a promise for a truthy value at once: the harness's own wait for
// conditions that need await must not.
test('waitForAsync awaits what the page answers', async (t) => {
  await open(t, 'clean.html', {}, async (page) => {
    await page.evaluate(() => {
      window.__later = new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(false))));
    });
    await assert.rejects(waitForAsync(page, () => window.__later, null, { timeout: 300, message: 'a promise of false' }), /waited 300 ms for a promise of false/);
  });
});
