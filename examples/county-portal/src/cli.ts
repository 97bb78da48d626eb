// `npm run demo` runs this (after building the packages): builds the page, starts the demo server
// and prints where it is. Flags: --reset (seed again), --port <n> (0: any free port),
// --build-only (build the page, print its size, exit: `check:example` uses it).
import { parseArgs } from 'node:util';
import { buildPage } from './build-page.js';
import { startDemo } from './start-demo.js';

const usage = 'usage: npm run demo -- [--reset] [--port <number>] [--build-only]';

const { values } = parseArgs({
  options: {
    reset: { type: 'boolean', default: false },
    port: { type: 'string', default: '5173' },
    'build-only': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (values.help || !Number.isInteger(port) || port < 0 || port > 65_535) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const pageSize = (page: { gzippedBytes: number; kitGzippedBytes: number }) =>
  `page ${kib(page.gzippedBytes)} gzipped at start (code ${kib(page.gzippedBytes - page.kitGzippedBytes)}, kit data ${kib(page.kitGzippedBytes)})`;

try {
  if (values['build-only']) {
    const page = await buildPage();
    console.log(`county portal: ${pageSize(page)}`);
  } else {
    const started = performance.now();
    // esbuild runs in its own process: the page builds while PGlite starts.
    const [page, demo] = await Promise.all([buildPage(), startDemo({ reset: values.reset, port })]);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const seeded = demo.startup.seededEvents;
    console.log(
      `casegrid demo · 松岭县 Songling County (fictional)` +
        (seeded === undefined ? '' : ` · seeded ${seeded} events`) +
        ` · ready in ${seconds} s`,
    );
    console.log(`  ${pageSize(page)}`);
    console.log(`→ ${demo.url}   (Ctrl+C stops; --reset seeds again)`);
    const stop = () => {
      demo.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${port} is taken. Try: npm run demo -- --port 0`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
