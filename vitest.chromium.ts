import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * Browser options for one Vitest project: a fresh object each time, because Vitest rejects two
 * projects sharing one. Always Debian's chromium, never a downloaded browser.
 */
export function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}
