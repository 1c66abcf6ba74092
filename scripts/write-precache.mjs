#!/usr/bin/env node
// Trunk post_build hook: writes sw.js into the build from static/sw.js, filled with the list of
// files a first visit needs (the hashed wasm, JS and CSS, the page, icons and manifest) and a
// version derived from their contents. In a development build (`trunk serve`) the list is empty,
// so the worker caches nothing and never gets in the way of live reload.
//
// Environment (set by Trunk): TRUNK_STAGING_DIR, TRUNK_PROFILE.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('write-precache: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(staging)
  .map((p) => relative(staging, p).split('\\').join('/'))
  .filter((f) => f !== 'sw.js' && !f.endsWith('.map'))
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(staging, f)));
const version = hash.digest('hex').slice(0, 16);
// './' is the page itself, as navigations ask for it.
const precache = release ? ['./', ...files] : [];

const template = readFileSync(new URL('../static/sw.js', import.meta.url), 'utf8');
// Each placeholder once, in code: a second one (in a comment, say) would be the one left unfilled.
for (const name of ['__PRECACHE_VERSION__', '__PRECACHE_FILES__']) {
  const count = template.split(name).length - 1;
  if (count !== 1) throw new Error(`static/sw.js has ${count} occurrence(s) of ${name}; it needs exactly one`);
}
const sw = template.replace('__PRECACHE_VERSION__', version).replace('__PRECACHE_FILES__', JSON.stringify(precache));
writeFileSync(join(staging, 'sw.js'), sw);
console.log(`write-precache: ${precache.length} file(s), version ${version}`);
