#!/usr/bin/env node
// What a first visit downloads, gzip -9 each (node zlib level 9), against the budget.
//
// Loads dist/ once in headless Chromium from e2e/server.mjs and records every response the page
// itself receives (document, stylesheet, loader, wasm-bindgen glue, .wasm, favicon). Added to that:
// sw.js (the service worker script, fetched on the first visit) and the web manifest that index.html
// links (browsers that offer installation fetch it; headless Chromium does not). The service
// worker's precache requests are not counted: they fill the offline cache, not the first paint.
// Bodies are read from dist/ (the server sends the files verbatim).
//
// Writes target/bench/size.json. Exit 0 whether or not the budget holds.

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../e2e/server.mjs';
import { DIST, LAUNCH_OPTIONS, writeResult } from './lib.mjs';

// Issue 14: a first visit of at most 200 KiB gzip, with the pre-rendered first view included.
export const BUDGET_GZIP_BYTES = 200 * 1024;

const server = await startServer({ root: DIST });
const browser = await chromium.launch(LAUNCH_OPTIONS);
const seen = new Map(); // path -> how it was found
try {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
  await context.route((url) => url.origin !== server.origin, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin === server.origin && res.status() < 400) seen.set(url.pathname, `page: ${res.request().resourceType()}`);
  });
  context.on('response', (res) => {
    const url = new URL(res.url());
    if (url.origin === server.origin && url.pathname.endsWith('/sw.js')) seen.set(url.pathname, 'service worker script');
  });
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForSelector('[data-ready]', { state: 'attached', timeout: 60_000 });
  await page.waitForTimeout(2000); // let the service worker register
  const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]')?.href);
  if (manifest) {
    const path = new URL(manifest).pathname;
    if (!seen.has(path)) seen.set(path, 'manifest (linked; fetched by installable browsers)');
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const files = [];
for (const [path, how] of seen) {
  let rel = path.slice(server.prefix.length);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const body = readFileSync(normalize(join(DIST, rel)));
  files.push({ file: rel, how, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
}
files.sort((a, b) => b.gzip - a.gzip);
const total = {
  raw: files.reduce((s, f) => s + f.raw, 0),
  gzip: files.reduce((s, f) => s + f.gzip, 0),
};
const pass = total.gzip <= BUDGET_GZIP_BYTES;
writeResult('size', { budget: BUDGET_GZIP_BYTES, files, total, pass });

for (const f of files) console.log(`  ${f.file.padEnd(44)} ${String(f.raw).padStart(9)} B ${String(f.gzip).padStart(9)} B gzip  (${f.how})`);
console.log(`  ${'total'.padEnd(44)} ${String(total.raw).padStart(9)} B ${String(total.gzip).padStart(9)} B gzip`);
console.log(`size: ${total.gzip} B gzip of ${BUDGET_GZIP_BYTES} B budget: ${pass ? 'PASS' : 'FAIL'}`);
