// The harness must catch what it promises to catch: each fixture page has one kind of problem and
// withPage has to fail on it (and pass on the clean page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO, withPage } from './harness.mjs';

const root = join(REPO, 'e2e', 'fixtures');
const open = (t, path, options = {}) =>
  withPage(t, { root, path, screenshotOnFailure: false, ...options }, async () => {});

test('harness passes a clean page', async (t) => {
  await open(t, 'clean.html');
});

const cases = [
  ['console-error.html', /console error: fixture: something went wrong/, {}],
  ['page-error.html', /page error: fixture: uncaught/, {}],
  ['missing-file.html', /HTTP 404: GET .*no-such-image\.png/, {}],
  ['other-origin.html', /request to another origin: https:\/\/other-origin\.invalid\/pixel\.png/, { csp: false }],
  ['inline-script.html', /console error: .*Content Security Policy/, {}],
];
for (const [page, expected, options] of cases) {
  test(`harness fails ${page}`, async (t) => {
    await assert.rejects(open(t, page, options), expected);
  });
}
