import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright's specs live in tests/e2e and run under Playwright, not vitest.
    include: ['tests/unit/**/*.test.ts'],
  },
});
