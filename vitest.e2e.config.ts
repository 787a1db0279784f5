import { defineConfig } from 'vitest/config';

// End-to-end suites drive real browsers with the built extension: one file at a time,
// since these machines have two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
