import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Hono } from 'hono';

const types: { readonly [extension: string]: string } = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the built page: `/` is `index.html`, `/assets/<file>` the bundle, `/sw.js` the service
 * worker (at the root, so that its scope is the whole portal). Only plain file names are served
 * (no folders, no `..`), under a Content-Security-Policy: no inline script, nothing from other
 * origins. `no-cache` everywhere: the browser asks again each time (the service worker, not the
 * HTTP cache, is what keeps the page for offline use).
 *
 * @example
 * ```ts
 * pageFiles(portal, 'dist/page');
 * ```
 */
export function pageFiles(app: Hono, pageDir: string): void {
  const send = async (file: string, headers: Record<string, string> = {}) => {
    const body = await readFile(join(pageDir, file)).catch(() => undefined);
    if (!body) return new Response('Not found', { status: 404 });
    return new Response(body, {
      headers: {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'content-security-policy': csp,
        ...headers,
      },
    });
  };
  app.get('/', () => send('index.html'));
  app.get('/sw.js', () => send('sw.js', { 'service-worker-allowed': '/' }));
  app.get('/assets/:file{[A-Za-z0-9_.-]+}', (c) => send(join('assets', c.req.param('file'))));
}

// Every schema is precompiled (page/case-types.ts) and the forms are given those validators, so
// the page runs without 'unsafe-eval': no `new Function` anywhere.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
].join('; ');
