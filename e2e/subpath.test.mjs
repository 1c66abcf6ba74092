// Hosted under a sub-path (issue 5): the build made with PUBLIC_URL=/clinic/explainer/ (see
// `make dist-subpath`) loads there, asks only for files under it, and works offline there too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { REPO, waitForServiceWorker, withPage } from './harness.mjs';

const ROOT = resolve(REPO, process.env.E2E_SUBPATH_DIST || 'target/dist-subpath');
const PREFIX = '/clinic/explainer/';

test('the absolute sub-path build loads under its path, offline too', { skip: !process.env.E2E_SUBPATH_DIST && 'set E2E_SUBPATH_DIST (make test does)' }, async (t) => {
  const offlinePage = /request failed: GET \S+ \(net::ERR_INTERNET_DISCONNECTED\) from the service worker/;
  await withPage(t, { root: ROOT, prefix: PREFIX, viewport: 'tablet', query: { play: '0' }, allow: [offlinePage] }, async (page, { server, context }) => {
    for (const path of server.requests.keys()) assert.ok(path.startsWith(PREFIX), `request outside the sub-path: ${path}`);
    await waitForServiceWorker(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    assert.ok(new URL(scope).pathname.startsWith(PREFIX), scope);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-ready]', { state: 'attached', timeout: 20_000 });
    await context.setOffline(false);
  });
});
