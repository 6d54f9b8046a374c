import { describe, expect, it } from 'vitest';
import { baseWeight, fuzzable, isNumber, spellable, tokenize } from '../../src/lib/lookup/tokens.ts';

describe('the kinds of word', () => {
  it('a number is digits only, from end to end', () => {
    expect(isNumber('429')).toBe(true);
    expect(isNumber('429a')).toBe(false);
    expect(isNumber('v429')).toBe(false);
  });

  it('a word is spellable when it is 4 to 32 characters, none a digit', () => {
    expect(spellable('quota')).toBe(true);
    expect(spellable('1quota')).toBe(false);
    expect(spellable('quota1')).toBe(false);
    expect(spellable('q'.repeat(33))).toBe(false);
  });

  it('only plain, spellable words are checked for misspellings', () => {
    expect(fuzzable('quota')).toBe(true);
    // An everyday word of error messages weighs less: a typo of it says little.
    expect(fuzzable('timeout')).toBe(false);
    // Too short to tell a slip from another word.
    expect(fuzzable('kim')).toBe(false);
  });

  it('weighs function words and single letters least, then words with digits, then everyday words', () => {
    expect(baseWeight('a')).toBe(0.1);
    expect(baseWeight('the')).toBe(0.1);
    expect(baseWeight('k2')).toBe(0.3);
    expect(baseWeight('timeout')).toBe(0.4);
    // Two letters are already a word of their own (`ok`, `db`).
    expect(baseWeight('db')).toBe(1);
  });
});

describe('tokenize', () => {
  it('cuts Chinese into overlapping character pairs, one clause', () => {
    expect(tokenize('该账号').map(({ w, start, end, cut, line, script, aside }) => ({ w, start, end, cut, line, script, aside }))).toEqual([
      { w: '该账', start: 0, end: 2, cut: true, line: true, script: false, aside: false },
      { w: '账号', start: 1, end: 3, cut: false, line: false, script: false, aside: false },
    ]);
  });

  it('stops at its limit of words', () => {
    expect(tokenize('one two three four', 2).map((t) => t.w)).toEqual(['one', 'two']);
  });
});
