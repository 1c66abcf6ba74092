// The end-to-end probe for engines whose driver cannot see the page's console (WebKit's classic
// WebDriver has no log events; Firefox gets it too, beside its BiDi events). The recording proxy
// of e2e/engines/harness.mjs puts `<script src="/__e2e/probe.js">` first in every HTML page it
// forwards, so this runs before the app. It reports, to the proxy (`POST /__e2e/report`):
//   console.error and console.warn calls, uncaught errors and unhandled rejections, files that
//   failed to load (an <img>, <script> or <link> error event), and Content-Security-Policy
//   violations. A wrapped console method still calls the original.
// window.__e2eProbe.pending() counts reports not yet received, so the harness can wait for them.
(() => {
  if (window.__e2eProbe) return;
  const inflight = new Set();
  const describe = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  const send = (kind, text) => {
    const body = JSON.stringify({ kind, text: String(text).slice(0, 2000), page: location.href });
    const request = fetch('/__e2e/report', { method: 'POST', body, keepalive: true, cache: 'no-store' }).catch(() => {});
    inflight.add(request);
    request.finally(() => inflight.delete(request));
  };
  window.__e2eProbe = { pending: () => inflight.size };
  for (const [method, kind] of [['error', 'console error'], ['warn', 'console warning']]) {
    const original = console[method];
    console[method] = function (...args) {
      send(kind, args.map(describe).join(' '));
      return original.apply(this, args);
    };
  }
  window.addEventListener(
    'error',
    (event) => {
      const el = event.target;
      if (el && el !== window && el.tagName) {
        send('failed to load', `<${el.tagName.toLowerCase()}> ${el.currentSrc || el.src || el.href || ''}`);
      } else {
        send('page error', event.error ? describe(event.error) : event.message);
      }
    },
    true,
  );
  // Every file fetched from another origin than the page's (the harness knows which are its own).
  try {
    const seen = new Set();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (/^(data|blob):/.test(entry.name) || seen.has(entry.name)) continue;
        seen.add(entry.name);
        if (new URL(entry.name).origin !== location.origin) send('resource', entry.name);
      }
    }).observe({ type: 'resource', buffered: true });
  } catch {
    /* no resource timing: the proxy still sees what passes through it */
  }
  window.addEventListener('unhandledrejection', (event) => send('page error', `unhandled rejection: ${describe(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    send('console error', `Content Security Policy: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
  );
})();
