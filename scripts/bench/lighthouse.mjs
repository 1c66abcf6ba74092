#!/usr/bin/env node
// Lighthouse, mobile preset (simulated slow 4G and a 4x slower CPU), on the release build served
// gzipped as a production host would (e2e/server.mjs, gzip): the first view (default address,
// pre-rendered and hydrated) and the embed view. Scores of the four categories and the metrics
// behind performance. Writes target/bench/lighthouse.json. The target: performance 100, the other
// three kept at 100, CLS 0.

import { startServer } from '../../e2e/server.mjs';
import { runLighthouse, scoresOf } from '../../e2e/lighthouse.mjs';
import { DIST, LAUNCH_OPTIONS, writeResult } from './lib.mjs';

const PAGES = [['first view', ''], ['embed view', '?view=embed']];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

const server = await startServer({ root: DIST, gzip: true });
const result = { pages: [] };
try {
  for (const [name, query] of PAGES) {
    try {
      const report = await runLighthouse(server.url + query, LAUNCH_OPTIONS);
      const metrics = Object.fromEntries(METRICS.map((id) => [id, { value: report.audits[id].numericValue, score: report.audits[id].score }]));
      const lcpElement = report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null;
      const page = { name, query, scores: scoresOf(report), metrics, lcpElement, lighthouse: report.lighthouseVersion };
      page.pass = Object.values(page.scores).every((s) => s === 1) && metrics['cumulative-layout-shift'].value === 0;
      result.pages.push(page);
      console.log(`lighthouse ${name}: ${JSON.stringify(page.scores)}; ${METRICS.map((id) => `${id} ${metrics[id].value.toFixed(id === 'cumulative-layout-shift' ? 3 : 0)}`).join(', ')}`);
    } catch (err) {
      result.pages.push({ name, query, error: String(err?.message || err).slice(0, 500) });
      console.log(`lighthouse ${name} failed: ${err?.message || err}`);
      process.exitCode = 1;
    }
  }
} finally {
  await server.close();
  writeResult('lighthouse', result);
}
