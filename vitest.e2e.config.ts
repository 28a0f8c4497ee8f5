import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Two cores: one browser at a time keeps timings honest and runs stable.
    fileParallelism: false,
    maxWorkers: 1,
    // Real browsers on a loaded 2-core machine occasionally miss a beat (a worker restart, a slow
    // deletion); one retry keeps CI honest about real failures without failing on those.
    retry: 1,
  },
});
