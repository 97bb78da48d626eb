// The one place that says how casegrid starts a browser: Debian's chromium (never one downloaded
// by a test tool), with flags for running as root in a sandbox without outside network.
// Used by the Vitest browser projects, the Storybook test project and the forms benchmark.

/** Debian's chromium package. */
export const chromiumPath = '/usr/bin/chromium';

/** No sandbox as root; no calls to Google's hosts (the network here is closed). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
