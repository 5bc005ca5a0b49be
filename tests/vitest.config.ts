import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // The browser tests run against the built renderer; build it once.
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // The render tests start LibreOffice; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
