// A static file server for the bench page on 127.0.0.1 (random port). Every response carries
// `Content-Security-Policy: script-src 'self'`: no eval, no inline script, so a validator that
// compiled at run time would throw instead of being measured. COOP + COEP make the page
// cross-origin isolated, which gives performance.now() 5 µs steps instead of 100 µs.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves `dir`; resolves to its URL and a `close()`. */
export async function serve(dir) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    const headers = {
      'Content-Security-Policy': "script-src 'self'",
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    };
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, {
        ...headers,
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404, headers);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
