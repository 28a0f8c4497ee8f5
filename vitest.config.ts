import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    // Property tests drive fake IndexedDB through hundreds of runs: a few seconds on a quiet
    // machine, several times that on a loaded CI runner. A hang still fails, a minute later.
    testTimeout: 60_000,
  },
});
