// Shared helper of the end-to-end tests (node --test + playwright-core + Debian's Chromium).
//
// withPage(t, options, fn) serves the release build in dist/ from e2e/server.mjs, opens it in a
// fresh browser context, waits for the ready marker ([data-ready], contract §1), runs fn(page, ctx),
// and then FAILS the test if anything went wrong on the page meanwhile:
//   - a console message of type 'error', or an uncaught page error;
//   - a failed request, or a response with HTTP status >= 400 (a missing favicon counts);
//   - any request to another origin than the test server's (data: and blob: are fine); such
//     requests are also aborted, so nothing ever leaves the machine.
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
//   viewport   'phone' | 'tablet' | 'desktop' (default) or { width, height }
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
// ctx passed to fn: { server, url, problems, messages } where messages lists every console message
// as { type, text } (so a test can assert a console.warn, contract §3).

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

/** How long to wait for the ready marker. */
export const READY_TIMEOUT_MS = Number(process.env.E2E_READY_TIMEOUT_MS || 20000);

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
 * Attaches the problem recorders to a page. Returns { problems, messages }; problems is an array
 * of strings that grows while the page lives.
 */
export function watchPage(page, origin) {
  const problems = [];
  const messages = [];
  page.on('console', (msg) => {
    const entry = { type: msg.type(), text: msg.text() };
    messages.push(entry);
    if (entry.type === 'error') {
      const loc = msg.location();
      problems.push(`console error: ${entry.text}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    if (isLocalScheme(req.url())) return;
    problems.push(`request failed: ${req.method()} ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (isLocalScheme(url)) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  return { problems, messages };
}

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
  // Nothing may leave the machine: abort every request to another origin (it is also recorded).
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const { problems, messages } = watchPage(page, server.origin);
  const url = pageUrl(server.url + path.replace(/^\//, ''), { query, hash });
  const ctx = { server, url, problems, messages, context };

  let failed = true;
  try {
    if (beforeLoad) await beforeLoad(page, ctx);
    await page.goto(url, { waitUntil: 'load' });
    if (waitReady) await page.waitForSelector('[data-ready]', { state: 'attached', timeout: READY_TIMEOUT_MS });
    await fn(page, ctx);
    const counted = problems.filter((p) => !allow.some((re) => re.test(p)));
    if (counted.length) {
      throw new Error(`the page reported ${counted.length} problem(s):\n  ${counted.join('\n  ')}`);
    }
    failed = false;
  } catch (err) {
    const extra = problems.length ? `\npage problems so far:\n  ${problems.join('\n  ')}` : '';
    if (extra && !String(err.message).includes('problem(s)')) err.message += extra;
    throw err;
  } finally {
    if (failed && screenshotOnFailure) {
      try {
        await mkdir(ARTIFACTS, { recursive: true });
        const file = join(ARTIFACTS, `${slug(t?.name ?? 'page')}.png`);
        await page.screenshot({ path: file, fullPage: true });
        t?.diagnostic?.(`screenshot: ${file}`);
      } catch {
        /* the page may be gone */
      }
    }
    await context.close();
  }
}
