// Languages other than English are fetched when first shown (issue 14: less to download): a visit
// in English never asks for them, switching fetches the file once, and a file that cannot be
// fetched leaves the page in the language it shows, with a notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, WAIT_TIMEOUT_MS } from './harness.mjs';

const LANGUAGE_FILE = /\/locales\/[a-z]+\.ftl$/;

/** Records the language files the page asks for. */
function languageRequests(page) {
  const asked = [];
  page.on('request', (r) => {
    if (LANGUAGE_FILE.test(new URL(r.url()).pathname)) asked.push(new URL(r.url()).pathname.split('/').pop());
  });
  return asked;
}

test('an English visit downloads no other language; switching to Spanish fetches it once', async (t) => {
  let asked;
  const beforeLoad = (page) => {
    asked = languageRequests(page);
  };
  await withPage(t, { viewport: 'desktop', context: { locale: 'en-US' }, beforeLoad }, async (page) => {
    assert.deepEqual(asked, [], 'nothing but English on the first visit');
    assert.equal(await page.locator('#controls-heading').textContent(), 'Settings');
    await page.selectOption('#c-language', 'es');
    await page.waitForFunction(() => document.documentElement.lang === 'es', null, { timeout: WAIT_TIMEOUT_MS });
    assert.equal(await page.locator('#controls-heading').textContent(), 'Ajustes');
    assert.equal(await page.locator('#c-language').inputValue(), 'es');
    await page.selectOption('#c-language', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: WAIT_TIMEOUT_MS });
    await page.selectOption('#c-language', 'es');
    await page.waitForFunction(() => document.documentElement.lang === 'es', null, { timeout: WAIT_TIMEOUT_MS });
    assert.deepEqual(asked, ['es.ftl'], 'fetched once, kept for the page');
  });
});

test('a visit in Japanese fetches its file before the first frame', async (t) => {
  let asked;
  const beforeLoad = (page) => {
    asked = languageRequests(page);
  };
  await withPage(t, { viewport: 'tablet', query: 'locale=ja', beforeLoad }, async (page) => {
    assert.equal(await page.locator('#controls-heading').textContent(), '設定', 'the first frame is in Japanese');
    assert.deepEqual(asked, ['ja.ftl']);
  });
});

test('a language file that cannot be fetched: the page stays in its language and says why', async (t) => {
  const beforeLoad = (page) => page.route(LANGUAGE_FILE, (route) => route.abort('internetdisconnected'));
  const allow = [/^request failed: GET \S+\/locales\/ja\.ftl/, /^console error: Failed to load resource: \S+ \(\S+\/locales\/ja\.ftl/];
  // No service worker: it would have precached the file already and answer for the network.
  const context = { locale: 'en-US', serviceWorkers: 'block' };
  await withPage(t, { viewport: 'desktop', context, beforeLoad, allow }, async (page) => {
    await page.selectOption('#c-language', 'ja');
    const notice = page.locator('.notice li', { hasText: '日本語' });
    await notice.waitFor({ timeout: WAIT_TIMEOUT_MS });
    assert.match(await notice.innerText(), /could not be loaded/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.locator('#c-language').inputValue(), 'en', 'the switcher shows the language still shown');
    assert.equal(await page.locator('#controls-heading').textContent(), 'Settings');
  });
});
