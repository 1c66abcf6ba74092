// Embedded anywhere (docs/embedding.md, docs/deploy.md): the release build in a frame of a host
// page on a second origin, in each of the frames therapists' sites use. In every one the visitor
// sees the explainer, or a notice with a link that opens it in a new tab: never a blank frame.
// The test says which, and that the explainer logs no error where it starts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DIST, READY_TIMEOUT_MS, REPO, getBrowser, watchPage } from './harness.mjs';
import { startServer } from './server.mjs';

/** The Embed dialog's sandbox (src/embed/frame.rs). */
const SNIPPET_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
/** How long the page waits before it shows its notice (index.html), and some room. */
const NOTICE_DEADLINE_MS = 15_000;

/**
 * Serves the app (with or without the header docs/deploy.md asks for) and the test host page on
 * another origin (with `hostHeaders`, or a function of the app's origin giving them), opens the
 * host with the frame's attributes, and runs `fn`.
 */
async function embedded({ sandbox, cors = false, hostHeaders = {}, frameInit, query = 'view=embed&play=0' }, fn) {
  const app = await startServer({ root: DIST, cors });
  const pageHeaders = typeof hostHeaders === 'function' ? hostHeaders(app.origin) : hostHeaders;
  const host = await startServer({ root: join(REPO, 'e2e', 'host'), csp: false, pageHeaders });
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  if (frameInit) await context.addInitScript(frameInit);
  const page = await context.newPage();
  const { problems } = watchPage(page, host.origin);
  const src = `${app.url}?${query}`;
  const params = new URLSearchParams({ src });
  if (sandbox !== undefined) params.set('sandbox', sandbox);
  try {
    await page.goto(`${host.url}?${params}`);
    // The frame's requests go to the app's origin by design; anything else is a problem.
    const mine = (p) => p.includes('another origin') && p.includes(app.origin);
    await fn({ page, frame: page.frameLocator('#ashiatsu-explainer'), src, app, problems: () => problems.filter((p) => !mine(p)) });
  } finally {
    await context.close();
    await host.close();
    await app.close();
  }
}

/** The explainer started in the frame, sized its host and reported no problem. */
async function startsAndSizesItsHost({ page, frame, problems }) {
  await frame.locator('[data-ready]').waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
  await page.waitForFunction(() => window.__heights.length > 0, null, { timeout: READY_TIMEOUT_MS });
  const heights = await page.evaluate(() => window.__heights);
  assert.ok(heights.every((h) => Number.isFinite(h) && h > 200), `height messages ${heights}`);
  assert.equal(await frame.locator('#fallback').count(), 0, 'the notice is gone once the app runs');
  assert.equal(await frame.locator('.notice li').count(), 0, 'nothing alarming is said');
  assert.deepEqual(problems(), []);
}

/** The frame shows the notice with a link that opens the explainer in a new tab. */
async function showsTheNoticeWithALink({ frame, src }, { languages }) {
  const notice = frame.locator('#fallback');
  await notice.waitFor({ state: 'visible', timeout: NOTICE_DEADLINE_MS });
  const shown = notice.locator('p:visible');
  assert.equal(await shown.count(), languages, `${languages} language(s) shown`);
  const link = shown.first().locator('a');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.evaluate((a) => a.href), src, 'the link opens this very explainer');
  assert.equal(await frame.locator('[data-ready]').count(), 0);
}

test('in a plain frame of another site it starts and sizes its host', async () => {
  await embedded({}, startsAndSizesItsHost);
});

test('in the Embed dialog\'s sandboxed frame it starts and sizes its host', async () => {
  await embedded({ sandbox: SNIPPET_SANDBOX }, startsAndSizesItsHost);
});

test('sandboxed without allow-same-origin, on a host that sends the header, it starts without storage or worker and says nothing', async () => {
  await embedded({ sandbox: 'allow-scripts', cors: true }, async (env) => {
    await startsAndSizesItsHost(env);
    // An opaque origin: no storage at all, and the app did not try to save into it.
    const inner = env.page.frames().find((f) => f.url().startsWith(env.app.url));
    assert.equal(await inner.evaluate(() => self.origin), 'null');
  });
});

test('sandboxed without allow-same-origin, on a host without the header, it shows the notice and link instead of a blank frame', async () => {
  await embedded({ sandbox: 'allow-scripts', query: 'view=embed&locale=es' }, async (env) => {
    await showsTheNoticeWithALink(env, { languages: 1 });
    assert.equal(await env.frame.locator('#fallback p:visible').getAttribute('lang'), 'es', 'in the language asked for');
    // The browser refuses the app's own files (the host's configuration); nothing else fails.
    const others = env.problems().filter((p) => !(p.includes(env.app.origin) && /CORS|ERR_FAILED|Failed to load resource/.test(p)));
    assert.deepEqual(others, []);
  });
});

test('with scripts not allowed at all, it shows the notice and link in every language', async () => {
  await embedded({ sandbox: '' }, async (env) => {
    await showsTheNoticeWithALink(env, { languages: 3 });
  });
});

test('under a host policy that names it in frame-src, it starts', async () => {
  // The host's own strict policy: its own files, and frames from the explainer's origin only.
  const hostHeaders = (appOrigin) => ({
    'Content-Security-Policy': `default-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; frame-src ${appOrigin}`,
  });
  await embedded({ hostHeaders, sandbox: SNIPPET_SANDBOX }, startsAndSizesItsHost);
});

test('with third-party storage and workers blocked, it starts, remembers nothing and says nothing', async () => {
  // What browsers that block third-party storage do inside a frame: the properties throw.
  const frameInit = () => {
    if (window === window.top) return;
    const blocked = () => {
      throw new DOMException('blocked by the test', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: blocked, configurable: true });
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: blocked, configurable: true });
  };
  await embedded({ sandbox: SNIPPET_SANDBOX, frameInit }, async (env) => {
    await startsAndSizesItsHost(env);
    // A change of setting, which would be saved, still raises no error.
    await env.frame.locator('.segmented button', { hasText: 'Effleurage' }).click();
    await env.frame.locator('.segmented button[aria-pressed=true]', { hasText: 'Effleurage' }).waitFor({ timeout: 5000 });
    assert.deepEqual(env.problems(), []);
  });
});
