#!/usr/bin/env node
// Trunk post_build hook: make the built index.html free of inline scripts, so the app runs under a
// Content-Security-Policy without 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval').
//
// Trunk writes its wasm loader as an inline <script type="module">. This hook moves every inline
// module script into a content-hashed file next to index.html (loader-<hash>.js) and replaces it
// with <script type="module" src="<public_url>loader-<hash>.js">. The loader's own imports are the
// same public_url-based paths Trunk wrote, so they resolve the same from the file.
//
// The one inline script left alone is Trunk's live-reload client, which only `trunk serve` injects
// (its address is filled in by the dev server at response time, so it cannot live in a file). When
// it is present, and only then, 'unsafe-inline' is added to the page's script-src. Any other inline
// script fails the build.
//
// Environment (set by Trunk): TRUNK_STAGING_DIR, TRUNK_PUBLIC_URL.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stagingDir = process.env.TRUNK_STAGING_DIR;
if (!stagingDir) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
let publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
if (!publicUrl.endsWith('/')) publicUrl += '/';

const htmlPath = join(stagingDir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const isModule = (attrs) => /\btype\s*=\s*["']?module["']?/i.test(attrs);
const hasSrc = (attrs) => /\bsrc\s*=/i.test(attrs);
const isLiveReload = (body) => body.includes('.well-known/trunk/ws');

let moved = 0;
let liveReload = false;
const problems = [];

html = html.replace(SCRIPT, (whole, attrs, body) => {
  if (hasSrc(attrs) || body.trim() === '') return whole;
  if (isLiveReload(body)) {
    liveReload = true;
    return whole;
  }
  if (!isModule(attrs)) {
    problems.push(whole.slice(0, 120));
    return whole;
  }
  const code = body.trim() + '\n';
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = `loader-${hash}.js`;
  writeFileSync(join(stagingDir, file), code);
  moved += 1;
  // Keep any nonce or other attributes except type, which we set.
  const rest = attrs.replace(/\btype\s*=\s*["']?module["']?/i, '').trim();
  return `<script type="module" src="${publicUrl}${file}"${rest ? ' ' + rest : ''}></script>`;
});

if (problems.length) {
  console.error('externalize-loader: inline scripts other than the Trunk loader are not allowed:');
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}
if (moved === 0) {
  console.error('externalize-loader: found no inline module loader in index.html; did Trunk change?');
  process.exit(1);
}

// Chrome ignores `integrity` on <link rel="preload" as="fetch"> and warns about it in the console
// (crbug.com/981419); the wasm is fetched by the loader anyway, so drop the attribute there.
html = html.replace(/<link\b[^>]*\brel=["']?preload["']?[^>]*>/gi, (link) =>
  /\bas=["']?fetch["']?/i.test(link) ? link.replace(/\s+integrity=("[^"]*"|'[^']*'|[^\s>]+)/i, '') : link,
);

if (liveReload) {
  // Development server only: allow the live-reload client.
  html = html.replace(
    /(<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=")([^"]*)(")/i,
    (_, a, policy, b) => a + policy.replace(/script-src\s/, "script-src 'unsafe-inline' ") + b,
  );
}

writeFileSync(htmlPath, html);
console.log(
  `externalize-loader: moved ${moved} inline loader script(s) to files` +
    (liveReload ? ' (dev server: live reload allowed inline)' : ''),
);
