import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright's specs live in tests/e2e and run under Playwright, not vitest.
    include: ['tests/unit/**/*.test.ts'],
    // The megabyte inputs and fixture builds take seconds on a busy 2-core machine, and many times
    // that under mutation testing's instrumentation.
    testTimeout: 30_000,
  },
});
