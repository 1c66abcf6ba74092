#!/usr/bin/env node
// Renders the PNG icons and favicon.ico from the SVG sources with headless Chromium.
// Run by hand after changing static/favicon.svg or static/icons/icon.svg:
//   node scripts/make-icons.mjs
// The outputs are committed; builds do not run this.

import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const read = (p) => readFileSync(root + p, 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});

async function render(svg, size, transparent) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const src = 'data:image/svg+xml;base64,' + Buffer.from(svg).toString('base64');
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.waitForFunction(() => document.images[0].complete);
  const png = await page.screenshot({ type: 'png', omitBackground: transparent });
  await page.close();
  return png;
}

const icon = read('static/icons/icon.svg');
for (const size of [180, 192, 512]) {
  writeFileSync(`${root}static/icons/icon-${size}.png`, await render(icon, size, false));
}

// favicon.ico holding 16x16 and 32x32 PNG images (PNG-in-ICO, supported everywhere that matters).
const favicon = read('static/favicon.svg');
const images = [];
for (const size of [16, 32]) images.push({ size, png: await render(favicon, size, true) });
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(images.length, 4);
let offset = 6 + 16 * images.length;
const entries = images.map(({ size, png }) => {
  const e = Buffer.alloc(16);
  e.writeUInt8(size, 0); // width
  e.writeUInt8(size, 1); // height
  e.writeUInt8(0, 2); // palette
  e.writeUInt8(0, 3); // reserved
  e.writeUInt16LE(1, 4); // colour planes
  e.writeUInt16LE(32, 6); // bits per pixel
  e.writeUInt32LE(png.length, 8);
  e.writeUInt32LE(offset, 12);
  offset += png.length;
  return e;
});
writeFileSync(`${root}static/favicon.ico`, Buffer.concat([header, ...entries, ...images.map((i) => i.png)]));

await browser.close();
console.log('icons written: static/icons/icon-{180,192,512}.png, static/favicon.ico');
