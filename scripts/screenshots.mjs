// Screenshots of the release build for review: every view (full, embed, present) at phone, tablet,
// desktop and projector sizes, in each language, into a folder (default docs/screenshots/).
//
//   node scripts/screenshots.mjs                       # the review set, into docs/screenshots/
//   node scripts/screenshots.mjs --out /tmp/shots --only full-tablet-en --query stroke=compression
//
// Options: --out DIR, --only SUBSTRING (names containing it), --query QUERY (added to every URL),
// --full (whole page instead of the first screen), --readme (one picture, docs/screenshot.png: the
// comparison the README shows). Waits for the ready marker and for the pictures to have measured
// themselves, never for a time.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { LAUNCH_OPTIONS, DIST, REPO } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';

const SIZES = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1440, height: 900 },
  projector: { width: 1280, height: 720 },
};
const VIEWS = ['full', 'embed', 'present'];
const LOCALES = ['en', 'es', 'ja'];

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = option('--out') ?? join(REPO, 'docs', 'screenshots');
const only = option('--only');
const extra = option('--query') ?? '';
const fullPage = args.includes('--full');
const readme = args.includes('--readme');

await mkdir(out, { recursive: true });
const server = await startServer({ root: DIST });
const browser = await chromium.launch(LAUNCH_OPTIONS);
try {
  for (const view of VIEWS) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      for (const locale of LOCALES) {
        const name = `${view}-${size}-${locale}`;
        if (only && !name.includes(only)) continue;
        const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
        const page = await context.newPage();
        const story = readme ? 'stroke=compression&foot=heel&hand=thumb&compare=comfort&units=metric&' : '';
        const query = new URLSearchParams(`${story}view=${view}&locale=${locale}&play=0&phase=0.5&${extra}`);
        await page.goto(`${server.url}?${query}`);
        await page.waitForSelector('[data-ready]', { timeout: 20000 });
        await page.waitForFunction(() => {
          const pictures = [...document.querySelectorAll('svg[data-figure], .legend svg')];
          return pictures.length > 0 && pictures.every((p) => p.hasAttribute('data-measured'));
        });
        await page.screenshot({ path: join(out, readme ? 'screenshot.png' : `${name}.png`), fullPage });
        await context.close();
        console.log(`${name}.png`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
