import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// Mutation testing switches mutants inside the test process; a test that runs the command line or
// an Astro build in a child process always sees the unmutated code, so it can kill nothing and
// only makes each mutant slower.
export default mergeConfig(
  base,
  defineConfig({
    test: { exclude: ['tests/unit/cli.test.ts', 'tests/unit/site-build.test.ts'] },
  }),
);
