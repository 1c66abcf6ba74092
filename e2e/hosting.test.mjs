// The nginx snippet make dist writes (target/deploy/nginx.conf, docs/deploy.md), in a real nginx
// (Debian's, installed by the bootstrap): every file of dist/ arrives with its content type and the
// headers the app needs. A `types` block once replaced nginx's whole MIME map, and the page itself
// went out as application/octet-stream.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DIST, REPO, WAIT_TIMEOUT_MS } from './harness.mjs';

const SNIPPET = join(REPO, 'target', 'deploy', 'nginx.conf');
const PREFIX = '/explainer/';

/** A free port on the loopback interface. */
const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(relative(DIST, path).split('\\').join('/'));
  }
  return out;
}

/** What each kind of file must be served as. */
const TYPES = [
  [/\.html$/, /^text\/html/],
  [/\.js$/, /^(application|text)\/javascript/],
  [/\.css$/, /^text\/css/],
  [/\.wasm$/, /^application\/wasm$/],
  [/\.webmanifest$/, /^application\/manifest\+json/],
  [/\.ftl$/, /^text\/plain; charset=utf-8$/],
  [/\.svg$/, /^image\/svg\+xml/],
  [/\.png$/, /^image\/png/],
  [/\.ico$/, /^image\//],
];
const HASHED = /(ashiatsu|loader|styles)-[0-9a-f]+(_bg)?\.(wasm|js|css)$/;
const REVALIDATED = /(^|\/)(index\.html|sw\.js|[a-z]+\.ftl)$/;

test('the nginx snippet serves every file of dist/ with its type, CORS, nosniff and caching', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'nginx-'));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  await writeFile(conf, [
    'worker_processes 1;',
    `error_log ${dir}/error.log;`,
    `pid ${dir}/nginx.pid;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `  ${k}_temp_path ${dir}/${k};`),
    `  server { listen 127.0.0.1:${port}; location ${PREFIX} { alias ${DIST}/; include ${SNIPPET}; } }`,
    '}',
    '',
  ].join('\n'));
  const nginx = spawn('nginx', ['-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((done) => nginx.on('exit', done));
  try {
    const base = `http://127.0.0.1:${port}${PREFIX}`;
    const deadline = Date.now() + WAIT_TIMEOUT_MS;
    for (;;) {
      const up = await fetch(base).then(() => true, () => false);
      if (up) break;
      assert.ok(Date.now() < deadline, `nginx did not answer within ${WAIT_TIMEOUT_MS} ms: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const served = (await files(DIST)).filter((f) => !/(^|\/)[._]/.test(f));
    assert.ok(served.some((f) => f.endsWith('.wasm')) && served.includes('index.html'), `dist/ has the app: ${served}`);
    const wrong = [];
    for (const file of ['', ...served]) {
      const res = await fetch(base + file);
      const type = res.headers.get('content-type') ?? '';
      const name = file || 'index.html';
      const expected = TYPES.find(([ext]) => ext.test(name))?.[1];
      if (res.status !== 200) wrong.push(`${name}: HTTP ${res.status}`);
      if (expected ? !expected.test(type) : type.startsWith('application/octet-stream')) wrong.push(`${name}: ${type}`);
      if (res.headers.get('access-control-allow-origin') !== '*') wrong.push(`${name}: no CORS header`);
      if (res.headers.get('x-content-type-options') !== 'nosniff') wrong.push(`${name}: no nosniff`);
      const cache = res.headers.get('cache-control') ?? '';
      if (HASHED.test(name) && !cache.includes('immutable')) wrong.push(`${name}: cache ${cache}`);
      if (REVALIDATED.test(name) && cache !== 'no-cache') wrong.push(`${name}: cache ${cache}`);
      await res.arrayBuffer();
    }
    t.diagnostic(`${served.length + 1} address(es) checked`);
    assert.deepEqual(wrong, []);
  } finally {
    nginx.kill();
    await exited;
    await rm(dir, { recursive: true, force: true });
  }
});
