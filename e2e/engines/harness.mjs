// The cross-engine end-to-end harness: the release build in Firefox (ESR, driven over WebDriver
// BiDi with puppeteer-core) and in WebKit (WebKitGTK's MiniBrowser, driven over classic WebDriver
// with selenium-webdriver, on a private Xvfb display). The Chromium suite (e2e/*.test.mjs) has
// Playwright's own events; these engines get the same watch from two pieces of their own:
//
// - A recording proxy. Each browser sends every request it makes (the page, its frames, the
//   service worker) through a proxy on 127.0.0.1 that forwards to the test's own servers only.
//   It records any response with HTTP status >= 400, any request that failed, and any request to
//   another origin (answered 403 or cut: nothing leaves the machine). `offline` makes it cut
//   every request to the app, which is the network gone for any engine.
// - A probe (probe.js) that the proxy puts first in every HTML page: console.error and
//   console.warn, uncaught errors and rejections, files that failed to load, CSP violations,
//   reported back to the proxy. Firefox also reports through its BiDi console and error events.
//
// withApp(t, engine, options, fn) opens a fresh browser context (Firefox) or session (WebKit),
// loads the app, waits for [data-ready], runs fn(app), closes it, and then fails the test on any
// problem recorded while it lived, including those reported after fn returned. Every wait has a
// deadline and fails with a message that names the engine and what was awaited.
//
// Options: viewport ({ width, height } or a name of VIEWPORTS), query, hash, path, root, csp,
// languages (the browser's preferred languages, e.g. ['fr-FR']), waitReady (default true),
// allow (array of RegExp of problems that are expected), host (serve e2e/host on a second origin).
// The app object: engine, url, server, evaluate(fn, ...args), waitFor(fn, args, message, timeout),
// click(selector), press(key) ('Space', 'ArrowLeft', 'ArrowRight', 'Alt+KeyR', 'f'), goto(url),
// reload(), touchDrag(selector, dxFraction, { cancel }), inFrame(selector, fn, ...args),
// messages() (console warnings and errors so far), setOffline(bool), problems().

import { after } from 'node:test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server.mjs';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(REPO, 'dist');
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1280, height: 900 },
};
/** Deadline of the ready marker and of each condition a test waits for. */
export const READY_TIMEOUT_MS = Number(process.env.E2E_READY_TIMEOUT_MS || 30000);
export const WAIT_TIMEOUT_MS = Number(process.env.E2E_WAIT_TIMEOUT_MS || 10000);

const PROBE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'probe.js'));
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const sleepMs = (ms) => new Promise((done) => setTimeout(done, ms));

/** Resolves `promise`, or rejects with `message` after `ms`. */
export function deadline(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (no answer within ${ms} ms)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function freePort() {
  return new Promise((done, fail) => {
    const s = net.createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The recording proxy.

/** Starts the proxy. Resolves to { port, allow(origin), records, mark(), since(mark), setOffline, close }. */
export function startProxy() {
  const allowed = new Set();
  const records = [];
  let offline = false;
  const record = (text) => records.push(text);

  const server = http.createServer((req, res) => {
    let url;
    try {
      url = new URL(req.url, `http://${req.headers.host}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (url.pathname === '/__e2e/probe.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(PROBE);
      return;
    }
    if (url.pathname === '/__e2e/report' && req.method === 'POST') {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        try {
          const { kind, text, page } = JSON.parse(body);
          record(`${kind}: ${text} (on ${page})`);
        } catch {
          record(`unreadable probe report: ${body.slice(0, 200)}`);
        }
        res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
      });
      return;
    }
    if (!allowed.has(url.origin)) {
      record(`request to another origin: ${req.method} ${url.href}`);
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    if (offline) {
      req.socket.destroy();
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    headers.connection = 'close';
    const upstream = http.request(
      { host: url.hostname, port: url.port, method: req.method, path: url.pathname + url.search, headers },
      (up) => {
        if (up.statusCode >= 400) record(`HTTP ${up.statusCode}: ${req.method} ${url.href}`);
        const type = String(up.headers['content-type'] || '');
        if (!type.startsWith('text/html') || req.method !== 'GET') {
          res.writeHead(up.statusCode, up.headers);
          up.pipe(res);
          return;
        }
        const chunks = [];
        up.on('data', (c) => chunks.push(c));
        up.on('end', () => {
          let html = Buffer.concat(chunks).toString('utf8');
          const tag = '<script src="/__e2e/probe.js"></script>';
          html = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + tag) : tag + html;
          const out = Buffer.from(html);
          const h = { ...up.headers, 'content-length': String(out.length) };
          delete h['transfer-encoding'];
          res.writeHead(up.statusCode, h);
          res.end(out);
        });
      },
    );
    upstream.on('error', (err) => {
      record(`request failed: ${req.method} ${url.href} (${err.message})`);
      if (!res.headersSent) res.writeHead(502).end();
    });
    req.pipe(upstream);
  });
  // HTTPS goes through CONNECT: never ours.
  server.on('connect', (req, socket) => {
    record(`request to another origin: CONNECT https://${req.url}`);
    socket.destroy();
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      done({
        port: server.address().port,
        allow: (origin) => allowed.add(origin),
        allowed,
        records,
        mark: () => records.length,
        since: (mark) => records.slice(mark),
        setOffline: (value) => {
          offline = value;
        },
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections?.();
            server.close(() => closed());
          }),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Per test file: one proxy, the servers, one browser (Firefox) or one driver (WebKit).

let proxyPromise = null;
const servers = new Map();
const cleanups = [];

export function getProxy() {
  proxyPromise ??= startProxy();
  return proxyPromise;
}

/** One static server per (root, prefix, csp); its origin is allowed through the proxy. */
export async function getServer({ root = DIST, prefix = '/', csp = true } = {}) {
  const key = `${root}\n${prefix}\n${csp}`;
  if (!servers.has(key)) {
    servers.set(
      key,
      (async () => {
        const s = await startServer({ root, prefix, csp });
        (await getProxy()).allow(s.origin);
        return s;
      })(),
    );
  }
  return servers.get(key);
}

after(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => {});
  for (const s of servers.values()) await (await s).close();
  servers.clear();
  if (proxyPromise) await (await proxyPromise).close();
  proxyPromise = null;
});

// Child processes (Xvfb, WebKitWebDriver) never outlive the test file.
const children = new Set();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const c of children) c.kill('SIGKILL');
    process.exit(1);
  });
}

function spawnChild(cmd, args, options) {
  const child = spawn(cmd, args, options);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

// ---------------------------------------------------------------------------------------------
// Firefox over WebDriver BiDi (puppeteer-core).

const firefoxes = new Map();

const FIREFOX_QUIET = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'app.normandy.enabled': false,
  'app.update.auto': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.server': '',
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'media.gmp-manager.url': '',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'identity.fxaccounts.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.topsites.contile.enabled': false,
};

async function getFirefox(languages) {
  const key = languages.join(',');
  if (!firefoxes.has(key)) {
    firefoxes.set(
      key,
      (async () => {
        const { default: puppeteer } = await import('puppeteer-core');
        const proxy = await getProxy();
        const browser = await deadline(
          puppeteer.launch({
            browser: 'firefox',
            executablePath: FIREFOX,
            headless: true,
            // Release builds read services.settings.server only with this set.
            env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
            extraPrefsFirefox: {
              'intl.accept_languages': languages.join(',') || 'en-GB',
              'network.proxy.type': 1,
              'network.proxy.http': '127.0.0.1',
              'network.proxy.http_port': proxy.port,
              'network.proxy.ssl': '127.0.0.1',
              'network.proxy.ssl_port': proxy.port,
              'network.proxy.no_proxies_on': '',
              'network.proxy.allow_hijacking_localhost': true,
              'full-screen-api.allow-trusted-requests-only': false,
              // The browser's own traffic (settings, updates, safe browsing...) stays at home.
              ...FIREFOX_QUIET,
            },
          }),
          60000,
          'firefox: the browser did not start',
        );
        cleanups.push(() => browser.close());
        return browser;
      })(),
    );
  }
  return firefoxes.get(key);
}

async function openFirefox({ viewport, languages }, recordNative) {
  const browser = await getFirefox(languages);
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ ...viewport, hasTouch: true });
  page.on('console', (msg) => {
    if (msg.type() === 'error') recordNative(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => recordNative(`page error: ${err.message ?? err}`));
  page.on('requestfailed', (req) => {
    const url = req.url();
    if (!/^(data|blob):/.test(url)) recordNative(`request failed: ${req.method()} ${url} (${req.failure()?.errorText})`);
  });
  const frameFor = (selector) =>
    page.$(selector).then(async (handle) => {
      if (!handle) throw new Error(`firefox: no frame ${selector}`);
      return handle.contentFrame();
    });
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS }),
    reload: () => page.reload({ waitUntil: 'load', timeout: READY_TIMEOUT_MS }),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    click: async (selector) => page.click(selector),
    press: async (key) => {
      const [mod, k] = key.includes('+') ? key.split('+') : [null, key];
      if (mod) await page.keyboard.down(mod);
      await page.keyboard.press(k === 'Space' ? ' ' : k.startsWith('Key') ? k.slice(3).toLowerCase() : k);
      if (mod) await page.keyboard.up(mod);
    },
    touch: async (points, { cancel } = {}) => {
      await page.touchscreen.touchStart(points[0].x, points[0].y);
      for (const p of points.slice(1)) await page.touchscreen.touchMove(p.x, p.y);
      if (!cancel) await page.touchscreen.touchEnd();
      return 'native';
    },
    inFrame: async (selector, fn, ...args) => (await frameFor(selector)).evaluate(fn, ...args),
    clickInFrame: async (selector, target) => (await frameFor(selector)).click(target),
    close: () => context.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// WebKit over classic WebDriver (selenium-webdriver, WebKitWebDriver, MiniBrowser on Xvfb).

let webkitDriverPromise = null;

async function startXvfb() {
  const child = spawnChild('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1400x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await deadline(
    new Promise((done, fail) => {
      let out = '';
      child.stdio[3].on('data', (d) => {
        out += d;
        if (out.includes('\n')) done(`:${out.trim()}`);
      });
      child.once('exit', (code) => fail(new Error(`Xvfb exited ${code}`)));
    }),
    20000,
    'webkit: Xvfb did not start',
  );
  cleanups.push(async () => child.kill());
  return display;
}

/** One Xvfb and one WebKitWebDriver per test file (and per language environment). */
const LOCALES = join(REPO, 'target', 'e2e-locales');

/** Compiles the C library locale `name` (e.g. fr_FR.UTF-8) into LOCALES once; returns LOCALES. */
function compileLocale(name) {
  if (!existsSync(join(LOCALES, name))) {
    mkdirSync(LOCALES, { recursive: true });
    const [input, charset] = name.split('.');
    const out = spawnSync('localedef', ['-i', input, '-f', charset, join(LOCALES, name)], { encoding: 'utf8' });
    // localedef exits 1 on mere warnings; the locale is there all the same.
    if (!existsSync(join(LOCALES, name))) throw new Error(`webkit: localedef could not compile ${name}: ${out.stderr || out.error}`);
  }
  return LOCALES;
}

function getWebKitDriver(languages) {
  webkitDriverPromise ??= new Map();
  const key = languages.join(',');
  if (!webkitDriverPromise.has(key)) {
    webkitDriverPromise.set(
      key,
      (async () => {
        const display = process.env.E2E_DISPLAY || (await (getWebKitDriver.xvfb ??= startXvfb()));
        const port = await freePort();
        // WebKitGTK takes the browser's languages from the C library's locale, which must exist:
        // the test locales are compiled into the build directory (no root needed) and found
        // through LOCPATH.
        const lang = languages.map((l) => l.replace('-', '_')).join(':') || 'en_GB';
        const first = `${lang.split(':')[0]}.UTF-8`;
        const env = { ...process.env, DISPLAY: display, LOCPATH: compileLocale(first), LANGUAGE: lang, LANG: first, LC_ALL: first };
        const child = spawnChild(WEBKIT_DRIVER, [`--port=${port}`], { env, stdio: 'ignore' });
        cleanups.push(async () => child.kill());
        const url = `http://127.0.0.1:${port}`;
        const start = Date.now();
        for (;;) {
          try {
            if ((await fetch(`${url}/status`)).ok) break;
          } catch {
            /* not listening yet */
          }
          if (Date.now() - start > 20000) throw new Error('webkit: WebKitWebDriver did not answer within 20 s');
          await sleepMs(50);
        }
        return url;
      })(),
    );
  }
  return webkitDriverPromise.get(key);
}

async function openWebKit({ viewport, languages }) {
  const { Builder, Capabilities, Key } = await import('selenium-webdriver');
  const input = await import('selenium-webdriver/lib/input.js');
  const server = await getWebKitDriver(languages);
  const proxy = await getProxy();
  const caps = new Capabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    proxy: { proxyType: 'manual', httpProxy: `127.0.0.1:${proxy.port}`, sslProxy: `127.0.0.1:${proxy.port}` },
  });
  // A new session right after the last one closed has been seen to hang (1 in 20 here): a second
  // try, after a deadline, gets one.
  let driver;
  for (let attempt = 1; !driver; attempt++) {
    const building = new Builder().usingServer(server).withCapabilities(caps).build();
    try {
      driver = await deadline(building, 20000, `webkit: no WebDriver session (try ${attempt})`);
    } catch (err) {
      building.then((d) => d.quit()).catch(() => {});
      if (attempt >= 3) throw err;
    }
  }
  await driver.manage().setTimeouts({ script: WAIT_TIMEOUT_MS * 2, pageLoad: READY_TIMEOUT_MS });
  // The window has a toolbar: size it so that the page gets the viewport asked for.
  await driver.manage().window().setRect({ x: 0, y: 0, width: viewport.width, height: viewport.height });
  const inner = await driver.executeScript('return [innerWidth, innerHeight]');
  await driver.manage().window().setRect({
    width: viewport.width + (viewport.width - inner[0]),
    height: viewport.height + (viewport.height - inner[1]),
  });

  const run = async (fn, args) => {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String(e && e.stack || e) }));`;
    const out = await driver.executeAsyncScript(script, ...args);
    if (out && out.error) throw new Error(`webkit: in the page: ${out.error}`);
    return out ? out.value : undefined;
  };
  const keyOf = (k) => ({ Space: Key.SPACE, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, Alt: Key.ALT, Escape: Key.ESCAPE, Tab: Key.TAB })[k] ?? (k.startsWith('Key') ? k.slice(3).toLowerCase() : k);
  return {
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    evaluate: (fn, ...args) => run(fn, args),
    click: async (selector) => (await driver.findElement({ css: selector })).click(),
    press: async (key) => {
      const [mod, k] = key.includes('+') ? key.split('+') : [null, key];
      let actions = driver.actions();
      if (mod) actions = actions.keyDown(keyOf(mod));
      actions = actions.keyDown(keyOf(k)).keyUp(keyOf(k));
      if (mod) actions = actions.keyUp(keyOf(mod));
      await actions.perform();
    },
    // WebKitGTK's WebDriver turns touch actions into mouse events (measured: pointerType "mouse"),
    // so touch pointers are dispatched in the page, as a touch screen delivers them.
    touch: async (points, { cancel } = {}) => {
      void input;
      await run(
        (pts, cancelled) => {
          const el = document.elementFromPoint(pts[0].x, pts[0].y);
          const fire = (type, p) =>
            el.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, composed: true, pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: p.x, clientY: p.y, buttons: type === 'pointerup' || type === 'pointercancel' ? 0 : 1 }));
          fire('pointerdown', pts[0]);
          for (const p of pts.slice(1)) fire('pointermove', p);
          fire(cancelled ? 'pointercancel' : 'pointerup', pts.at(-1));
        },
        [points, !!cancel],
      );
      return 'synthetic';
    },
    inFrame: async (selector, fn, ...args) => {
      await driver.switchTo().frame(await driver.findElement({ css: selector }));
      try {
        return await run(fn, args);
      } finally {
        await driver.switchTo().defaultContent();
      }
    },
    clickInFrame: async (selector, target) => {
      await driver.switchTo().frame(await driver.findElement({ css: selector }));
      try {
        await (await driver.findElement({ css: target })).click();
      } finally {
        await driver.switchTo().defaultContent();
      }
    },
    close: () => deadline(driver.quit(), 20000, 'webkit: the session did not close'),
  };
}

// ---------------------------------------------------------------------------------------------

export function pageUrl(base, { query, hash } = {}) {
  let url = base;
  if (query !== undefined && query !== null) {
    const qs = typeof query === 'string' ? query.replace(/^\?/, '') : new URLSearchParams(query).toString();
    if (qs) url += '?' + qs;
  }
  if (hash) url += hash.startsWith('#') ? hash : '#' + hash;
  return url;
}

/** Opens the app in `engine` ('firefox' | 'webkit'), runs fn(app), fails on any problem. */
export async function withApp(t, engine, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  const {
    viewport = 'desktop',
    query,
    hash,
    path = '',
    root = DIST,
    prefix = '/',
    csp = true,
    languages = ['en-GB'],
    waitReady = true,
    allow = [],
  } = options;
  const size = typeof viewport === 'string' ? VIEWPORTS[viewport] : viewport;
  const proxy = await getProxy();
  const server = await getServer({ root, prefix, csp });
  const start = proxy.mark();
  const native = [];
  const browser =
    engine === 'firefox'
      ? await openFirefox({ viewport: size, languages }, (p) => native.push(p))
      : engine === 'webkit'
        ? await openWebKit({ viewport: size, languages })
        : null;
  if (!browser) throw new Error(`unknown engine ${engine}`);
  const url = pageUrl(server.url + path.replace(/^\//, ''), { query, hash });
  // The probe lists every file the page loaded from another origin than its own ("resource: URL");
  // one from none of the test's servers is a request to another origin even where the browser
  // did not send it through the proxy (WebKitGTK sends https:// past it).
  const foreign = (p) => {
    const url = p.slice('resource: '.length).replace(/ \(on [^)]*\)$/, '');
    try {
      return !proxy.allowed.has(new URL(url).origin);
    } catch {
      return true;
    }
  };
  const problems = () => [
    ...proxy
      .since(start)
      .filter((p) => !p.startsWith('console warning') && (!p.startsWith('resource: ') || foreign(p)))
      .map((p) => (p.startsWith('resource: ') ? `request to another origin (seen by the page): ${p.slice(10)}` : p))
      .flatMap((p) => {
        // A file of another origin that failed to load was asked for, whether or not it got far.
        const m = /^failed to load: <\w+> (\S+)/.exec(p);
        return m && foreign(`resource: ${m[1]}`) ? [`request to another origin (seen by the page): ${m[1]}`, p] : [p];
      }),
    ...native,
  ];

  /** Polls the async `check` (run here, in node) until it answers truthy, or fails after `timeout`. */
  const until = async (check, message = 'a condition', timeout = WAIT_TIMEOUT_MS) => {
    const t0 = Date.now();
    let last;
    for (;;) {
      try {
        last = await check();
        if (last) return last;
      } catch (err) {
        last = `threw ${err.message}`;
      }
      if (Date.now() - t0 > timeout) {
        throw new Error(`${engine}: waited ${timeout} ms for ${message}; last answer: ${JSON.stringify(last)?.slice(0, 300)}`);
      }
      await sleepMs(50);
    }
  };
  const waitFor = (predicate, args = [], message = 'a condition', timeout = WAIT_TIMEOUT_MS) =>
    until(() => browser.evaluate(predicate, ...args), message, timeout);
  const app = {
    engine,
    url,
    server,
    proxy,
    ...browser,
    waitFor,
    until,
    problems,
    messages: () => proxy.since(start).filter((p) => p.startsWith('console ')),
    setOffline: (value) => proxy.setOffline(value),
    waitReady: () => waitFor(() => !!document.querySelector('[data-ready]'), [], 'the ready marker [data-ready]', READY_TIMEOUT_MS),
    /** Every readout as { 'side/quantity': data-si }. */
    readouts: () =>
      browser.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-quantity][data-side]')].map((e) => [`${e.dataset.side}/${e.dataset.quantity}`, e.dataset.si]))),
    /** Drags a touch pointer across `selector` by dx (a fraction of its width), at its middle. */
    touchDrag: async (selector, dx, { cancel = false, dy = 0, steps = 6 } = {}) => {
      const box = await browser.evaluate((s) => {
        const r = document.querySelector(s).getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }, selector);
      const x0 = box.x + box.width * 0.2;
      const y0 = box.y + box.height / 2;
      const points = Array.from({ length: steps + 1 }, (_, i) => ({ x: x0 + (dx * box.width * i) / steps, y: y0 + (dy * i) / steps }));
      return browser.touch(points, { cancel });
    },
  };

  let failure = null;
  try {
    await app.goto(url);
    if (waitReady) await app.waitReady();
    await fn(app);
    // Reports still on their way from the page belong to this test.
    await waitFor(() => !window.__e2eProbe || window.__e2eProbe.pending() === 0, [], 'the probe to deliver its reports', WAIT_TIMEOUT_MS).catch(() => {});
  } catch (err) {
    failure = err;
  }
  await browser.close().catch(() => {});
  const counted = problems().filter((p) => !allow.some((re) => re.test(p)));
  if (failure) {
    if (!String(failure.message).startsWith(engine)) failure.message = `${engine}: ${failure.message}`;
    if (counted.length) failure.message += `\npage problems:\n  ${counted.join('\n  ')}`;
    throw failure;
  }
  if (counted.length) throw new Error(`${engine}: the page reported ${counted.length} problem(s):\n  ${counted.join('\n  ')}`);
}
