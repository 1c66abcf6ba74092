// Runs Lighthouse (the npm package's CLI, mobile preset) on a URL in the given Chromium and returns
// its report. Shared by e2e/lighthouse.test.mjs (accessibility, best practices, SEO) and
// scripts/bench/lighthouse.mjs (performance); not a test file itself.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'node_modules', 'lighthouse', 'cli', 'index.js');

/** The report of one Lighthouse run of `url` (launch: { executablePath, args } as for Playwright). */
export async function runLighthouse(url, launch) {
  const dir = await mkdtemp(join(tmpdir(), 'lighthouse-'));
  const output = join(dir, 'report.json');
  const flags = ['--headless=new', ...launch.args].join(' ');
  try {
    await new Promise((done, fail) => {
      const child = spawn(process.execPath, [BIN, url, '--quiet', '--output=json', `--output-path=${output}`,
        '--only-categories=accessibility,best-practices,seo,performance', '--form-factor=mobile', `--chrome-flags=${flags}`],
      { env: { ...process.env, CHROME_PATH: launch.executablePath }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => { stderr += d; });
      child.on('error', fail);
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`lighthouse exited ${code}: ${stderr.slice(-2000)}`))));
    });
    return JSON.parse(await readFile(output, 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The category scores of a report, 0 to 1, by category id. */
export const scoresOf = (report) => Object.fromEntries(Object.entries(report.categories).map(([k, c]) => [k, c.score]));
