// Lighthouse (mobile preset, offline, Debian's Chromium): accessibility, best practices and SEO
// score 100 (issue 6). The scores are printed; performance is reported, not asserted (make bench
// measures speed properly).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAUNCH_OPTIONS, REPO, getServer } from './harness.mjs';

function lighthouse(url, output) {
  const bin = join(REPO, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const flags = ['--headless=new', ...LAUNCH_OPTIONS.args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, url, '--quiet', '--output=json', `--output-path=${output}`,
      '--only-categories=accessibility,best-practices,seo,performance', '--form-factor=mobile', `--chrome-flags=${flags}`],
    { env: { ...process.env, CHROME_PATH: LAUNCH_OPTIONS.executablePath }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

for (const [name, query] of [['full view', '?play=0'], ['embed view', '?view=embed&play=0']]) {
  test(`Lighthouse scores 100 for accessibility, best practices and SEO (${name})`, { timeout: 240_000 }, async (t) => {
    const server = await getServer();
    const dir = await mkdtemp(join(tmpdir(), 'lighthouse-'));
    try {
      const out = join(dir, 'report.json');
      await lighthouse(server.url + query, out);
      const report = JSON.parse(await readFile(out, 'utf8'));
      const scores = Object.fromEntries(Object.entries(report.categories).map(([k, c]) => [k, c.score]));
      t.diagnostic(`scores: ${JSON.stringify(scores)}`);
      const failing = (id) => report.categories[id].auditRefs
        .filter((a) => a.weight > 0 && report.audits[a.id].score !== null && report.audits[a.id].score < 1)
        .map((a) => `${a.id}: ${report.audits[a.id].title}`);
      for (const id of ['accessibility', 'best-practices', 'seo']) {
        assert.equal(scores[id], 1, `${id} ${scores[id]}: ${failing(id).join('; ')}`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
