// @ts-check
/**
 * Mutation testing of src/lib: `npm run mutate`. Slow (minutes per folder on two cores), so it is not
 * part of `npm test` or CI. The score table at the end gives the score per folder and file; the HTML
 * report (reports/mutation/mutation.html) shows each surviving mutant in its source.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Only the tests that reach a mutant run against it.
  coverageAnalysis: 'perTest',
  mutate: ['src/lib/**/*.ts', '!src/lib/**/types.ts'],
  // Two cores shared with other work: more workers only queue.
  concurrency: 2,
  // The lookup-case and CLI tests take seconds each; a mutant that loops must not hang the run.
  timeoutMS: 20_000,
  reporters: ['progress', 'clear-text', 'html', 'json'],
  // The table of scores per folder and file, without thousands of mutant listings above it.
  clearTextReporter: { reportMutants: false, reportTests: false, allowEmojis: false },
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
