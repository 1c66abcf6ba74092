// Shared bits of the benchmark scripts (scripts/bench/*.mjs): paths, the browser launch options of
// the end-to-end tests, result files, and small statistics helpers.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(REPO, 'dist');
/** Where each script leaves its results (JSON) for report.mjs. */
export const OUT = join(REPO, 'target', 'bench');

/** The same launch options as e2e/harness.mjs (not imported: it registers node:test hooks). */
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

export function writeResult(name, data) {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.json`);
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  return file;
}

export function readResult(name) {
  try {
    return JSON.parse(readFileSync(join(OUT, `${name}.json`), 'utf8'));
  } catch {
    return null;
  }
}

export function median(xs) {
  return percentile(xs, 50);
}

/** Nearest-rank percentile (p in 0..100) of a list of numbers; NaN when empty. */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

export const KiB = 1024;
export const MiB = 1024 * 1024;
