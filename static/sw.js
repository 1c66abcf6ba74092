// Service worker of the ashiatsu explainer: after the first visit the app works offline (a tablet
// in a consultation room). scripts/write-precache.mjs fills in VERSION and FILES at build time
// with the hashed build files; a new deployment has a new VERSION, so the browser installs the new
// worker, which caches the new files and deletes the caches of older versions.
const VERSION = '__PRECACHE_VERSION__';
const FILES = __PRECACHE_FILES__;
const PREFIX = 'ashiatsu-explainer-';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new URL(f, self.registration.scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin || FILES.length === 0) return;
  if (request.mode === 'navigate') {
    // The page: fresh from the network when there is one (a new deployment shows at once),
    // the cached copy when offline.
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(new URL('./', self.registration.scope).href).then((r) => r || cache.match(request))),
      ),
    );
    return;
  }
  // Hashed files never change: the cache first.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((cached) => cached || fetch(request)));
});
