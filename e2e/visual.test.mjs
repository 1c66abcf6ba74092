// Visual regression (issue 13): the main views as pictures, compared pixel by pixel with the goldens
// in e2e/goldens/, so that a change to the art is a reviewed change. A difference beyond the
// tolerance fails and writes the new picture and a diff to e2e/artifacts/.
//
// To accept a change to the art: `make goldens` (UPDATE_GOLDENS=1 node --test e2e/visual.test.mjs),
// look at the new pictures, and commit them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { ARTIFACTS, REPO, withPage } from './harness.mjs';

const GOLDENS = join(REPO, 'e2e', 'goldens');
const UPDATE = process.env.UPDATE_GOLDENS === '1';
/** Share of pixels that may differ (antialiasing between browser builds), and per-pixel threshold. */
const TOLERANCE = 0.01;
const THRESHOLD = 0.15;

const CASES = [];
for (const locale of ['en', 'ja']) {
  CASES.push(
    { name: `full-phone-${locale}`, viewport: { width: 390, height: 844 }, query: { locale } },
    { name: `full-tablet-${locale}`, viewport: { width: 820, height: 1180 }, query: { locale } },
    { name: `present-projector-${locale}`, viewport: { width: 1280, height: 720 }, query: { locale, view: 'present' } },
    { name: `embed-720-${locale}`, viewport: { width: 720, height: 1000 }, query: { locale, view: 'embed' } },
  );
}

for (const c of CASES) {
  test(`the ${c.name} view looks as reviewed`, async (t) => {
    const query = { play: '0', phase: '0.5', units: 'metric', ...c.query };
    await withPage(t, { viewport: c.viewport, query, context: { reducedMotion: 'reduce', deviceScaleFactor: 1 } }, async (page) => {
      await page.waitForFunction(() => {
        const pictures = [...document.querySelectorAll('svg[data-figure], .legend svg')];
        return pictures.length > 0 && pictures.every((p) => p.hasAttribute('data-measured'));
      });
      const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' });
      const golden = join(GOLDENS, `${c.name}.png`);
      if (UPDATE || !existsSync(golden)) {
        await mkdir(GOLDENS, { recursive: true });
        await writeFile(golden, shot);
        if (!UPDATE) assert.fail(`no golden for ${c.name}: written to ${golden}; review and commit it`);
        return;
      }
      const [a, b] = [PNG.sync.read(await readFile(golden)), PNG.sync.read(shot)];
      assert.deepEqual([b.width, b.height], [a.width, a.height], 'the same size as the golden');
      const diff = new PNG({ width: a.width, height: a.height });
      const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: THRESHOLD });
      const share = differing / (a.width * a.height);
      if (share > TOLERANCE) {
        await mkdir(ARTIFACTS, { recursive: true });
        await writeFile(join(ARTIFACTS, `${c.name}.new.png`), shot);
        await writeFile(join(ARTIFACTS, `${c.name}.diff.png`), PNG.sync.write(diff));
      }
      assert.ok(share <= TOLERANCE, `${c.name}: ${(share * 100).toFixed(2)} % of pixels differ (see e2e/artifacts/)`);
    });
  });
}
