#!/usr/bin/env node
// Runs casegrid alone: `node dist/main.js`, configured by environment variables (see
// serveOptionsFromEnv). Stops cleanly on SIGINT and SIGTERM.
import { serveOptionsFromEnv } from './app/env-config.js';
import { serve } from './app/serve.js';

try {
  const server = await serve(await serveOptionsFromEnv(process.env));
  console.log(`casegrid listening on ${server.url}`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
