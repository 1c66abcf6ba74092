#!/usr/bin/env node
// Trunk post_build hook (after write-precache.mjs, so the worker never precaches these): writes
// the files static hosts read for their response headers, so a release build can be embedded in
// a sandboxed frame (`sandbox="allow-scripts"` without `allow-same-origin`: an opaque origin, for
// which every file of the app is a cross-origin request). docs/deploy.md explains each header.
//
//   dist/_headers        Netlify and Cloudflare Pages
//   dist/.htaccess       Apache (with mod_headers; AllowOverride FileInfo)
//   target/deploy/nginx.conf   an nginx snippet to include in the site's server block
//
// GitHub Pages sends fixed headers: there, embed with allow-same-origin (docs/deploy.md).
// Environment (set by Trunk): TRUNK_STAGING_DIR, TRUNK_PROFILE.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('write-host-files: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

// What every file needs, and why (docs/deploy.md): any origin may fetch the app's files, which is
// what a frame with an opaque origin does; they are public and carry no credentials.
const everyFile = {
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};
// Hashed names never change content: cache them for a year. The page, the worker and the language
// files (locales/*.ftl, fetched by name) must be revalidated, so a new deployment reaches visitors.
const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'no-cache';

const netlify = [
  '/*',
  ...Object.entries(everyFile).map(([k, v]) => `  ${k}: ${v}`),
  '/*.wasm',
  `  Cache-Control: ${immutable}`,
  '/ashiatsu-*.js',
  `  Cache-Control: ${immutable}`,
  '/loader-*.js',
  `  Cache-Control: ${immutable}`,
  '/styles-*.css',
  `  Cache-Control: ${immutable}`,
  '/sw.js',
  `  Cache-Control: ${revalidate}`,
  '/index.html',
  `  Cache-Control: ${revalidate}`,
  '/locales/*',
  `  Cache-Control: ${revalidate}`,
  '',
].join('\n');

const apache = [
  '# Written by make dist (scripts/write-host-files.mjs); see docs/deploy.md.',
  '<IfModule mod_headers.c>',
  ...Object.entries(everyFile).map(([k, v]) => `  Header set ${k} "${v}"`),
  '  <FilesMatch "^(ashiatsu|loader|styles)-[0-9a-f]+(_bg)?\\.(wasm|js|css)$">',
  `    Header set Cache-Control "${immutable}"`,
  '  </FilesMatch>',
  '  <FilesMatch "^(sw\\.js|index\\.html|[a-z]+\\.ftl)$">',
  `    Header set Cache-Control "${revalidate}"`,
  '  </FilesMatch>',
  '</IfModule>',
  'AddType application/wasm .wasm',
  'AddType application/manifest+json .webmanifest',
  'AddType "text/plain; charset=utf-8" .ftl',
  '',
].join('\n');

// nginx: a `types` block replaces the whole MIME map of its context (html, js and css would be
// served as application/octet-stream), so each extra type lives in a location of its own files.
const headers = (indent) => Object.entries(everyFile).map(([k, v]) => `${indent}add_header ${k} "${v}" always;`);
const nginxLocation = (pattern, lines) => [`location ~ "${pattern}" {`, ...headers('  '), ...lines.map((l) => `  ${l}`), '}'];
const nginx = [
  '# Written by make dist (scripts/write-host-files.mjs); see docs/deploy.md.',
  '# Include inside the server block that serves the explainer, e.g. at /explainer/:',
  '#   location /explainer/ { alias /srv/explainer/; include /path/to/nginx.conf; }',
  ...headers(''),
  ...nginxLocation('ashiatsu-[0-9a-f]+_bg\\.wasm$', [`add_header Cache-Control "${immutable}";`, 'types { application/wasm wasm; }']),
  ...nginxLocation('(ashiatsu|loader|styles)-[0-9a-f]+\\.(js|css)$', [`add_header Cache-Control "${immutable}";`]),
  ...nginxLocation('\\.ftl$', [`add_header Cache-Control "${revalidate}";`, 'types { text/plain ftl; }', 'charset utf-8;', 'charset_types text/plain;']),
  ...nginxLocation('(sw\\.js|index\\.html)$', [`add_header Cache-Control "${revalidate}";`]),
  ...nginxLocation('\\.webmanifest$', ['types { application/manifest+json webmanifest; }']),
  '',
].join('\n');

writeFileSync(join(staging, '_headers'), netlify);
writeFileSync(join(staging, '.htaccess'), apache);
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const deploy = join(repo, 'target', 'deploy');
mkdirSync(deploy, { recursive: true });
writeFileSync(join(deploy, 'nginx.conf'), nginx);
console.log('write-host-files: _headers, .htaccess, target/deploy/nginx.conf');
