// Shared helper of the end-to-end tests (node --test + playwright-core + Debian's Chromium).
//
// withPage(t, options, fn) serves the release build in dist/ from e2e/server.mjs, opens it in a
// fresh browser context, waits for the ready marker ([data-ready], contract §1), runs fn(page, ctx),
// closes the context, and then FAILS the test if anything went wrong in it meanwhile, up to the
// close (so a problem reported after fn returned fails the test that caused it):
//   - a console message of type 'error' from a page or from the service worker, an uncaught
//     error, or an error event the browser reports only to the page (a ResizeObserver loop);
//   - a failed request, or a response with HTTP status >= 400 (a missing favicon counts), from
//     a page or from the service worker (Playwright reports them on the BrowserContext);
//   - any request to another origin than the test server's (data: and blob: are fine); such
//     requests are also aborted, so nothing ever leaves the machine.
// Every wait has a deadline (READY_TIMEOUT_MS, WAIT_TIMEOUT_MS) and fails with what it awaited.
// On failure a screenshot is written to e2e/artifacts/.
//
// Example (a new file e2e/something.test.mjs):
//   import { test } from 'node:test';
//   import assert from 'node:assert/strict';
//   import { withPage } from './harness.mjs';
//   test('compression at equal force', async (t) => {
//     await withPage(t, { viewport: 'tablet', query: { stroke: 'compression' } }, async (page) => {
//       const si = await page.getAttribute('[data-quantity=normal-force][data-side=foot]', 'data-si');
//       assert.ok(Number(si) > 0);
//     });
//   });
//
// Options of withPage:
//   viewport   'phone' | 'tablet' | 'desktop' (default) or { width, height }; TOUCH_TABLET is the
//              options of a touch tablet (iPad Air's 820 × 1180, hasTouch, isMobile)
//   query      object or string for the query string (contract §3), e.g. { view: 'embed' }
//   hash       e.g. 'scene-2' (with or without '#')
//   prefix     URL path dist/ is served under (default '/'); dist/ is built with a relative
//              public URL, so it must work under any prefix
//   path       page path below the prefix (default '' = index.html)
//   root       folder to serve (default: $E2E_DIST or dist/)
//   csp        send the Content-Security-Policy header with HTML (default true)
//   context    extra Playwright browser-context options (reducedMotion, locale, hasTouch, ...)
//   waitReady  wait for [data-ready] before fn (default true)
//   allow      array of RegExp: problems whose text matches one are not counted
//   screenshotOnFailure  write e2e/artifacts/<test name>.png when fn or the checks fail (default true)
//   beforeLoad async (page, ctx) => {} run before navigation (e.g. page.exposeFunction, addInitScript)
// ctx passed to fn: { server, url, problems, messages, context } where messages lists every console
// message as { type, text } (so a test can assert a console.warn, contract §3).
// waitForServiceWorker(page) waits, with a deadline, until a service worker controls the page.

import { after } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(REPO, 'dist');
export const ARTIFACTS = join(REPO, 'e2e', 'artifacts');

export const VIEWPORTS = {
  phone: { width: 375, height: 667 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1440, height: 900 },
};

/** How long to wait for the ready marker, and for any other condition. */
export const READY_TIMEOUT_MS = Number(process.env.E2E_READY_TIMEOUT_MS || 20000);
export const WAIT_TIMEOUT_MS = Number(process.env.E2E_WAIT_TIMEOUT_MS || 10000);

/** Resolves after `n` animation frames of the page: time measured in frames, not on the clock. */
export const frames = (page, n) =>
  page.evaluate((count) => new Promise((done) => {
    let i = 0;
    const tick = () => (++i >= count ? done() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);

/** A touch tablet as the therapist holds it: an iPad Air's viewport, touch, a mobile browser. */
export const TOUCH_TABLET = { viewport: 'tablet', context: { hasTouch: true, isMobile: true } };

/**
 * Waits until `fn(arg)`, evaluated in the page, resolves to a truthy value; polls every 50 ms and
 * fails after `timeout` with `message`. For conditions that need await (caches, registrations):
 * page.waitForFunction does not await a promise, it takes it as truthy at once (measured).
 */
export async function waitForAsync(page, fn, arg, { timeout = WAIT_TIMEOUT_MS, message = 'a condition' } = {}) {
  const t0 = Date.now();
  let last;
  for (;;) {
    last = await page.evaluate(fn, arg).catch((err) => `threw ${err.message}`);
    if (last && !String(last).startsWith('threw ')) return last;
    if (Date.now() - t0 > timeout) throw new Error(`waited ${timeout} ms for ${message}; last answer: ${JSON.stringify(last)}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Waits until a service worker controls the page (the first visit's worker has claimed it). */
export async function waitForServiceWorker(page, timeout = 30000) {
  try {
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout });
  } catch (err) {
    const state = await page.evaluate(async () => {
      const r = await navigator.serviceWorker?.getRegistration();
      return JSON.stringify({ registered: !!r, installing: r?.installing?.state, waiting: r?.waiting?.state, active: r?.active?.state });
    }).catch(() => 'unknown');
    throw new Error(`no service worker controlled the page within ${timeout} ms (${state}): ${err.message.split('\n')[0]}`);
  }
}

export const LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

let browserPromise = null;
const servers = new Map();

/** One browser per test file (each file runs in its own process). */
export function getBrowser() {
  browserPromise ??= chromium.launch(LAUNCH_OPTIONS);
  return browserPromise;
}

/** One server per (root, prefix, csp) per test file. */
export function getServer({ root = DIST, prefix = '/', csp = true } = {}) {
  const key = `${root}\n${prefix}\n${csp}`;
  if (!servers.has(key)) servers.set(key, startServer({ root, prefix, csp }));
  return servers.get(key);
}

after(async () => {
  for (const s of servers.values()) await (await s).close();
  servers.clear();
  if (browserPromise) await (await browserPromise).close();
  browserPromise = null;
});

/** Builds the page URL from the server URL, a query (object or string) and a hash. */
export function pageUrl(serverUrl, { query, hash } = {}) {
  let url = serverUrl;
  if (query !== undefined && query !== null) {
    const qs = typeof query === 'string' ? query.replace(/^\?/, '') : new URLSearchParams(query).toString();
    if (qs) url += '?' + qs;
  }
  if (hash) url += hash.startsWith('#') ? hash : '#' + hash;
  return url;
}

const isLocalScheme = (url) => url.startsWith('data:') || url.startsWith('blob:');

/**
 * Attaches the problem recorders to a page (or to a whole BrowserContext: its pages, frames and
 * service workers). Returns { problems, messages }; problems is an array of strings that grows
 * while the page lives.
 */
export function watchPage(target, origin) {
  const problems = [];
  const messages = [];
  const onConsole = (where) => (msg) => {
    const entry = { type: msg.type(), text: msg.text(), where };
    messages.push(entry);
    if (entry.type === 'error') {
      const loc = msg.location();
      problems.push(`${where === 'page' ? '' : where + ' '}console error: ${entry.text}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  };
  target.on('console', onConsole('page'));
  const isContext = typeof target.serviceWorkers === 'function';
  if (isContext) {
    const watchWorker = (worker) => worker.on('console', onConsole('service worker'));
    target.serviceWorkers().forEach(watchWorker);
    target.on('serviceworker', watchWorker);
    target.on('weberror', (err) => problems.push(`page error: ${err.error().message}`));
  } else {
    target.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  }
  target.on('requestfailed', (req) => {
    if (isLocalScheme(req.url())) return;
    // The browser fetches the tab's icon on its own, late, and drops the fetch when a test moves
    // the tab to another address; that is the browser tidying up, not a failure of the app.
    if (/\/favicon\.(svg|ico)$/.test(new URL(req.url()).pathname) && /ABORTED/.test(req.failure()?.errorText ?? '')) return;
    problems.push(`request failed: ${req.method()} ${req.url()} (${req.failure()?.errorText})${req.serviceWorker() ? ' from the service worker' : ''}`);
  });
  target.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  target.on('request', (req) => {
    const url = req.url();
    if (isLocalScheme(url)) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  return { problems, messages };
}

/**
 * Error events the browser gives only to the page (Chromium reports a "ResizeObserver loop"
 * error to window.onerror, not as an exception): turned into console errors, which the harness
 * records. Exceptions are reported already (pageerror) and are left alone.
 */
export const REPORT_ERROR_EVENTS = () => {
  window.addEventListener('error', (event) => {
    if (!event.error && !(event.target && event.target !== window)) console.error(`error event: ${event.message}`);
  });
};

function slug(s) {
  return s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 80) || 'page';
}

/** Opens the app in a fresh context, runs fn, fails on any recorded problem. */
export async function withPage(t, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  const {
    viewport = 'desktop',
    query,
    hash,
    prefix = '/',
    path = '',
    root = DIST,
    csp = true,
    context: contextOptions = {},
    waitReady = true,
    allow = [],
    screenshotOnFailure = true,
    beforeLoad,
  } = options;

  const size = typeof viewport === 'string' ? VIEWPORTS[viewport] : viewport;
  if (!size) throw new Error(`unknown viewport ${viewport}`);

  const server = await getServer({ root, prefix, csp });
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: size, ...contextOptions });
  context.setDefaultTimeout(READY_TIMEOUT_MS);
  // Nothing may leave the machine: abort every request to another origin (it is also recorded).
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => route.abort('blockedbyclient'),
  );
  const { problems, messages } = watchPage(context, server.origin);
  await context.addInitScript(REPORT_ERROR_EVENTS);
  const page = await context.newPage();
  const url = pageUrl(server.url + path.replace(/^\//, ''), { query, hash });
  const ctx = { server, url, problems, messages, context };

  let failure = null;
  try {
    if (beforeLoad) await beforeLoad(page, ctx);
    await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    if (waitReady) {
      await page.waitForSelector('[data-ready]', { state: 'attached', timeout: READY_TIMEOUT_MS }).catch((err) => {
        throw new Error(`no [data-ready] within ${READY_TIMEOUT_MS} ms on ${url}: ${err.message.split('\n')[0]}`);
      });
    }
    await fn(page, ctx);
    // What the pages had already set going reports before the count: two animation frames and
    // a task in every page still open (none without scripts: no frame callback would run).
    for (const p of contextOptions.javaScriptEnabled === false ? [] : context.pages()) {
      await p
        .evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))))
        .catch(() => {});
    }
  } catch (err) {
    failure = err;
  }
  if (failure && screenshotOnFailure) {
    try {
      await mkdir(ARTIFACTS, { recursive: true });
      const file = join(ARTIFACTS, `${slug(t?.name ?? 'page')}.png`);
      await page.screenshot({ path: file, fullPage: true, timeout: WAIT_TIMEOUT_MS });
      t?.diagnostic?.(`screenshot: ${file}`);
    } catch {
      /* the page may be gone */
    }
  }
  // Closed before the problems are counted: whatever the page reported until then counts.
  await context.close();
  const counted = problems.filter((p) => !allow.some((re) => re.test(p)));
  if (failure) {
    if (counted.length) failure.message += `\npage problems:\n  ${counted.join('\n  ')}`;
    throw failure;
  }
  if (counted.length) {
    throw new Error(`the page reported ${counted.length} problem(s):\n  ${counted.join('\n  ')}`);
  }
}
