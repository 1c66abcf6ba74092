// A small static file server for the end-to-end tests: serves a built dist/ on 127.0.0.1 at a random
// free port, optionally under a path prefix (to test a PUBLIC_URL=/sub/path/ build), with the MIME
// types a static host must send (application/wasm above all) and the Content-Security-Policy the app
// is meant to run under. Nothing but loopback.
//
//   import { startServer } from './server.mjs';
//   const server = await startServer({ root: 'dist', prefix: '/' });
//   server.url  // e.g. http://127.0.0.1:41234/
//   await server.close();
//
// Run by hand: node e2e/server.mjs [dist] [prefix] [port]

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The policy the app runs under; frame-ancestors can only be sent as a header. */
export const CSP_HEADER =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; manifest-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *";

/**
 * Starts the server. Options: root (folder to serve, default dist/), prefix (URL path the folder is
 * served under, default '/'), port (default 0: a free one), csp (send CSP_HEADER, default true),
 * cors (send `Access-Control-Allow-Origin: *` with every file, as docs/deploy.md asks of hosts;
 * default false), pageHeaders (more headers for HTML pages, e.g. a host page's own policy), gzip
 * (compress every file for a browser that accepts it, as a production host does; default false,
 * so the tests see the bytes as built; make bench uses it for Lighthouse and the first paint).
 * Resolves to { url, origin, port, close(), requests, setRoot(folder) } where requests counts served
 * paths and setRoot serves another folder from then on (a new deployment at the same address).
 */
export function startServer({ root = 'dist', prefix = '/', port = 0, csp = true, cors = false, pageHeaders = {}, gzip = false } = {}) {
  let base = resolve(root);
  if (!prefix.startsWith('/')) prefix = '/' + prefix;
  if (!prefix.endsWith('/')) prefix += '/';
  const requests = new Map();
  // Gzipped bodies by file and version: compressing the wasm takes longer than serving it.
  const compressed = new Map();

  const server = createServer(async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'bad request');
    }
    requests.set(pathname, (requests.get(pathname) || 0) + 1);
    if (pathname + '/' === prefix) return send(301, '', undefined, { Location: prefix });
    if (!pathname.startsWith(prefix)) return send(404, 'not found');

    let rel = pathname.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(base, rel));
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'forbidden');

    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, 'not found');
      const body = await readFile(file);
      const type = MIME[extname(file).toLowerCase()] || 'application/octet-stream';
      const headers = { 'X-Content-Type-Options': 'nosniff' };
      if (csp && type.startsWith('text/html')) headers['Content-Security-Policy'] = CSP_HEADER;
      if (type.startsWith('text/html')) Object.assign(headers, pageHeaders);
      if (cors) headers['Access-Control-Allow-Origin'] = '*';
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        const key = `${file} ${info.mtimeMs} ${info.size}`;
        if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
        return send(200, compressed.get(key), type, headers);
      }
      send(200, body, type, headers);
    } catch {
      send(404, 'not found');
    }
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      const origin = `http://127.0.0.1:${actual}`;
      resolvePromise({
        origin,
        url: origin + prefix,
        port: actual,
        prefix,
        requests,
        setRoot: (folder) => {
          base = resolve(folder);
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'dist', prefix = '/', port = '8081'] = process.argv.slice(2);
  const s = await startServer({ root, prefix, port: Number(port) });
  console.log(`serving ${root} at ${s.url}`);
}
