#!/usr/bin/env node
// The model's Criterion benchmarks (model/benches/): runs `cargo bench --offline -p ashiatsu-model`,
// echoes its output, and keeps each benchmark's "time: [low mid high]" (the confidence interval of
// the mean time per iteration). Writes target/bench/criterion.json; exits non-zero if cargo fails.

import { spawn } from 'node:child_process';
import { REPO, writeResult } from './lib.mjs';

const UNIT_NS = { ps: 1e-3, ns: 1, µs: 1e3, us: 1e3, ms: 1e6, s: 1e9 };

/** Parses Criterion's report: the name is on the "time:" line or on the line before it. */
export function parseCriterion(text) {
  const out = [];
  let previous = '';
  for (const raw of text.split('\n')) {
    // Criterion colours its output with terminal escapes (ESC [ … m), which the report drops.
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
    const m = line.match(/^(.*?)\s*time:\s*\[\s*([\d.]+)\s*(\S+)\s+([\d.]+)\s*(\S+)\s+([\d.]+)\s*(\S+)\s*\]/);
    if (m) {
      const name = m[1].trim() || previous;
      const ns = (v, u) => Number(v) * (UNIT_NS[u] ?? NaN);
      out.push({ name, lowNs: ns(m[2], m[3]), midNs: ns(m[4], m[5]), highNs: ns(m[6], m[7]), text: `[${m[2]} ${m[3]} ${m[4]} ${m[5]} ${m[6]} ${m[7]}]` });
    } else if (line.trim() && !/^\s/.test(line) && !/^(Benchmarking|Found|Gnuplot|WARNING|warning|Running|Compiling|Finished)\b/.test(line.trim())) {
      previous = line.trim();
    }
  }
  return out;
}

const args = ['bench', '--offline', '-p', 'ashiatsu-model'];
const child = spawn('cargo', args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
let stdout = '';
child.stdout.on('data', (d) => {
  stdout += d;
  process.stdout.write(d);
});
child.stderr.on('data', (d) => process.stderr.write(d));
const code = await new Promise((resolve) => child.on('close', resolve));
const benches = parseCriterion(stdout);
writeResult('criterion', { command: `cargo ${args.join(' ')}`, exitCode: code, benches });
if (code !== 0) {
  console.error(`criterion: cargo bench exited with ${code}`);
  process.exit(1);
}
if (!benches.length) {
  console.error('criterion: no "time:" line in the output');
  process.exit(1);
}
