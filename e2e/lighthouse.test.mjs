// Lighthouse (mobile preset, offline, Debian's Chromium): accessibility, best practices and SEO
// score 100 (issue 6). The scores are printed; performance is reported, not asserted (make bench
// measures speed properly).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAUNCH_OPTIONS, getServer } from './harness.mjs';
import { runLighthouse, scoresOf } from './lighthouse.mjs';

const PAGES = [['first view, pre-rendered and hydrated', ''], ['full view', '?play=0'], ['embed view', '?view=embed&play=0']];
for (const [name, query] of PAGES) {
  test(`Lighthouse scores 100 for accessibility, best practices and SEO (${name})`, { timeout: 240_000 }, async (t) => {
    const server = await getServer();
    const report = await runLighthouse(server.url + query, LAUNCH_OPTIONS);
    const scores = scoresOf(report);
    t.diagnostic(`scores: ${JSON.stringify(scores)}`);
    const failing = (id) => report.categories[id].auditRefs
      .filter((a) => a.weight > 0 && report.audits[a.id].score !== null && report.audits[a.id].score < 1)
      .map((a) => `${a.id}: ${report.audits[a.id].title}`);
    for (const id of ['accessibility', 'best-practices', 'seo']) {
      assert.equal(scores[id], 1, `${id} ${scores[id]}: ${failing(id).join('; ')}`);
    }
  });
}
