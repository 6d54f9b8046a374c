import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { buildLookupIndex, createLookup } from '../../src/lib/lookup/index.ts';

/** The answer as src/lib/lookup/index.ts presents it: inputs of any type, candidates, captures, the match's place in the found list. */
const lookup = createLookup(buildLookupIndex(loadCatalogue()), (error) => {
  throw error;
});

const TERMINATED = 'Access terminated.';
const OVERLOADED = 'The engine is currently overloaded, please try again later';

describe('input that is not a string', () => {
  it('null and undefined are answered as an empty paste', () => {
    // The page may hand over a missing value: no answer, and no crash.
    expect(lookup(null as unknown as string)).toEqual(lookup(''));
    expect(lookup(undefined as unknown as string)).toEqual({ match: null, confidence: 0, candidates: [], status: null, found: [] });
  });
});

describe('candidates shown', () => {
  it('a match stands alone when nothing else comes close', () => {
    const result = lookup(TERMINATED);
    expect(result.match?.slug).toBe('access-terminated');
    expect(result.candidates.map((c) => c.slug)).toEqual(['access-terminated']);
  });

  it('without a match, the closest entry is still suggested', () => {
    const result = lookup('database=membership_021');
    expect(result.match).toBeNull();
    expect(result.candidates.map((c) => c.slug)).toEqual(['database-connection-failed']);
    expect(result.candidates[0].score).toBeGreaterThanOrEqual(0.15);
  });

  it('a captured value is cut to 200 characters and holds only its name and value', () => {
    const model = 'x'.repeat(300);
    const [candidate] = lookup(`Not found the model ${model} or Permission denied`).candidates;
    expect(candidate.slug).toBe('model-not-found');
    expect(candidate.captures).toEqual([{ name: 'model', value: 'x'.repeat(200) }]);
  });
});

describe('the answer of a log: the error on its latest line', () => {
  it('two errors on that line: the first of them, though the other scores higher', () => {
    const paste = `retrying\n{"first":"${TERMINATED}","then":"${OVERLOADED}"}`;
    const result = lookup(paste);
    expect(result.match?.slug).toBe('access-terminated');
    expect(result.found.map((f) => f.slug)).toEqual(['access-terminated', 'engine-overloaded']);
  });
});

describe('the errors of one line', () => {
  it('two different errors on one line are each counted once', () => {
    expect(lookup(`{"first":"${TERMINATED}","then":"${OVERLOADED}"}`).found).toEqual([
      { slug: 'access-terminated', count: 1, firstLine: 1, lastLine: 1 },
      { slug: 'engine-overloaded', count: 1, firstLine: 1, lastLine: 1 },
    ]);
  });
});

describe('a match no single line holds is added to the found list', () => {
  it('on the lines it spans, counted from a paste that starts with a line break', () => {
    // Neither "Access" nor "terminated." is the error alone; together they are.
    expect(lookup(`\nAccess\nterminated.\nmore`).found).toEqual([{ slug: 'access-terminated', count: 1, firstLine: 2, lastLine: 3 }]);
  });
});
