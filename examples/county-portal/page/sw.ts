// The portal's service worker: it keeps the app shell (the page, its stylesheet and every script
// it loads, at start or later) in the Cache API, so that the portal opens without the network.
// The cases are not here: they live in IndexedDB and come and go by sync. `/api/*` and `/demo/*`
// always go to the network and are never cached — a cached answer there would be stale data or
// someone's token.
//
// `buildPage` bundles this file on its own to `/sw.js` (a classic script), with the shell's file
// list and version written in (see src/build-service-worker.ts).
export {};

/** The URLs of the shell, written in at build time. */
declare const SHELL_FILES: readonly string[];
/** A hash of the shell's files, written in at build time: a new build is a new cache. */
declare const SHELL_VERSION: string;

// The example's tsconfig has the DOM library, for the page; the few service worker types used
// here are declared instead of mixing in the WebWorker library, whose globals clash with it.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  readonly clients: { claim(): Promise<void> };
}

const worker = globalThis as unknown as ServiceWorkerScope;
const cachePrefix = 'casegrid-portal-shell-';
const cacheName = `${cachePrefix}${SHELL_VERSION}`;

// Every file at once, or none: a half-cached shell would open offline and then miss a script.
worker.addEventListener('install', (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(SHELL_FILES)));
});

// No `skipWaiting`: a new version waits until no tab runs the old page, whose scripts (loaded
// later, like the dashboard) are in the old cache only. Only this portal's caches are deleted; the
// origin may hold others. `claim` lets the first visit's page work offline without a reload.
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
      }
      await worker.clients.claim();
    })(),
  );
});

// The shell from the cache first (it only changes with a new build, and then under a new cache
// name), from the network when it is not there. Anything else is not answered here at all.
worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (!isShell(request)) return;
  const key = request.mode === 'navigate' ? '/' : request;
  event.respondWith(
    caches.match(key, { cacheName, ignoreSearch: true }).then((cached) => cached ?? fetch(request)),
  );
});

/** The page itself (`/`, whatever its query) and its `/assets/*`; never `/api/*` or `/demo/*`. */
function isShell(request: Request): boolean {
  if (request.method !== 'GET') return false;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return false;
  if (request.mode === 'navigate') return url.pathname === '/';
  return url.pathname.startsWith('/assets/');
}
