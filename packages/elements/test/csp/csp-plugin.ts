// A Vite plugin for the elements test project: serves /__csp/index.html with a strict
// Content-Security-Policy, its module, and validators precompiled at serve time. csp.test.ts opens
// the page in an iframe.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
// Relative, not '@casegrid/schema/standalone': the config bundle resolves no tsconfig paths.
import { compileStandalone } from '../../../schema/src/standalone.ts';

/** Everything under this path is served with `strictPolicy`. */
export const cspBase = '/__csp/';
/** No 'unsafe-eval', no 'unsafe-inline': only scripts from this origin run. */
export const strictPolicy = "script-src 'self'";

const pageUrl = `${cspBase}index.html`;
const entryUrl = `${cspBase}page.ts`;
const validatorsUrl = `${cspBase}validators.js`;
const validatorsId = '\0casegrid-csp-validators';

/** The form the page shows; `$id` because compileStandalone keys validators by it. */
export const cspSchemas = {
  report: {
    $id: 'https://casegrid.test/csp/report.json',
    type: 'object',
    required: ['summary', 'phone'],
    properties: {
      summary: { type: 'string', title: '经过', minLength: 2 },
      phone: { type: 'string', format: 'phone-cn', title: '电话' },
    },
  },
} as const;

/**
 * Serves the strict-CSP page: the header on every request under `/__csp/`, the HTML as it is on
 * disk (not through `transformIndexHtml`, which could add an inline script), `page.ts` through
 * Vite's usual transform, and `validators.js` from `compileStandalone` (no `new Function` at run
 * time).
 *
 * @example
 * ```ts
 * { test: { name: 'elements', browser: chromium() }, plugins: [cspPage()] }
 * ```
 */
export function cspPage(): Plugin {
  return {
    name: 'casegrid:csp-page',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '';
        if (!url.startsWith(cspBase)) return next();
        response.setHeader('Content-Security-Policy', strictPolicy);
        if (url.split('?')[0] !== pageUrl) return next();
        readFile(new URL('./index.html', import.meta.url), 'utf8').then((html) => {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(html);
        }, next);
      });
    },
    resolveId(id) {
      if (id === entryUrl) return fileURLToPath(new URL('./page.ts', import.meta.url));
      if (id === validatorsUrl) return validatorsId;
      return undefined;
    },
    async load(id) {
      if (id !== validatorsId) return undefined;
      const source = await compileStandalone(cspSchemas, { allErrors: true });
      return `${source}\nexport const schemas = ${JSON.stringify(cspSchemas)};\n`;
    },
  };
}
