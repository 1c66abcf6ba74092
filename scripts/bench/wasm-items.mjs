#!/usr/bin/env node
// The largest items of the app's wasm, as shipped but with names kept: the release wasm Trunk built
// (target/wasm32-unknown-unknown/release/ashiatsu.wasm) goes through wasm-bindgen and
// `wasm-opt -Oz -g` (what the release build does, plus -g for the names) into target/bench/wasm/,
// then `twiggy top` lists its items (functions and data segments; the name section is left out).
// Without twiggy (cargo install twiggy), wasm-sections.mjs reads function and data sizes from the
// file itself (mangled names). Writes target/bench/wasm-items.json.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, REPO, writeResult } from './lib.mjs';
import { wasmItems } from './wasm-sections.mjs';

const TOP = 15;
const SOURCE = process.env.BENCH_WASM || join(REPO, 'target/wasm32-unknown-unknown/release/ashiatsu.wasm');
const WORK = join(OUT, 'wasm');
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
const has = (cmd) => {
  try {
    run(cmd, ['--version']);
    return true;
  } catch {
    return false;
  }
};

if (!existsSync(SOURCE)) throw new Error(`${SOURCE} is missing: run make dist first`);
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });

let analysed = SOURCE;
let stage = 'rustc output (before wasm-bindgen and wasm-opt)';
try {
  run('wasm-bindgen', ['--target', 'web', '--out-dir', WORK, '--out-name', 'app', SOURCE]);
  run('wasm-opt', ['-Oz', '-g', join(WORK, 'app_bg.wasm'), '-o', join(WORK, 'app-opt.wasm')]);
  analysed = join(WORK, 'app-opt.wasm');
  stage = 'after wasm-bindgen and wasm-opt -Oz, names kept (-g)';
} catch (err) {
  console.log(`wasm-items: wasm-bindgen/wasm-opt failed, analysing the raw wasm: ${String(err.stderr || err.message).split('\n')[0]}`);
}

// Not code or data the browser compiles: names and other custom sections.
const isMeta = (name) => /^"[^"]*names?" subsection$/.test(name) || name.startsWith('custom section ');
let tool;
let items;
if (has('twiggy')) {
  tool = run('twiggy', ['--version']).trim();
  const rows = JSON.parse(run('twiggy', ['top', '-n', '1000000', '-f', 'json', analysed]));
  items = rows.filter((r) => !isMeta(r.name)).map((r) => ({ name: r.name, bytes: r.shallow_size }));
} else {
  tool = 'scripts/bench/wasm-sections.mjs (twiggy not installed)';
  items = wasmItems(analysed);
}
items.sort((a, b) => b.bytes - a.bytes);
const total = items.reduce((s, i) => s + i.bytes, 0);
const top = items.slice(0, TOP).map((i) => ({ ...i, percent: (100 * i.bytes) / total }));
const code = items.filter((i) => !i.name.startsWith('data segment')).reduce((s, i) => s + i.bytes, 0);
writeResult('wasm-items', {
  tool,
  source: SOURCE,
  stage,
  fileBytes: statSync(analysed).size,
  itemsBytes: total,
  dataBytes: total - code,
  codeBytes: code,
  count: items.length,
  top,
});
console.log(`wasm-items: ${items.length} items, ${total} B (${stage}; ${tool}); largest:`);
for (const i of top) console.log(`  ${String(i.bytes).padStart(7)} B ${i.percent.toFixed(1).padStart(5)}%  ${i.name.slice(0, 110)}`);
