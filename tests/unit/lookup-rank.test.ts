import { describe, expect, it } from 'vitest';
import type { Alignment } from '../../src/lib/lookup/align.ts';
import { align } from '../../src/lib/lookup/align.ts';
import { readPaste } from '../../src/lib/lookup/paste.ts';
import { buildLookupIndex, prepare, type PreparedMessage } from '../../src/lib/lookup/prepare.ts';
import { ACCEPT, ceiling, holdsOwnWords, restsOnBorrowed, scoreMessage } from '../../src/lib/lookup/rank.ts';

// A small catalogue whose word weights are known: a word only one entry has weighs its kind's
// full weight, "shared" is in most entries and so is no telling word.
const ENTRIES = [
  { slug: 'six-words', template: 'alpha beta gamma delta epsilon zeta' },
  { slug: 'spread', template: 'red one green two blue three cyan four pink five gold' },
  { slug: 'holes', template: '{first} kappa lambda {second} mu nu xi omicron' },
  { slug: 'generic-tail', template: 'Zorblax quota spent shared deadline exceeded again' },
  { slug: 'code-only', template: 'E4012 shared connection refused' },
  { slug: 'two-word-tail', template: 'Brindle token vanished from shared pool' },
  { slug: 'four-words', template: 'omega psi chi phi' },
  { slug: 'filler-a', template: 'shared filler apricot' },
  { slug: 'filler-b', template: 'shared filler banana' },
  { slug: 'filler-c', template: 'shared filler cherry' },
  { slug: 'filler-d', template: 'shared filler damson' },
];
const prep = prepare(
  buildLookupIndex(ENTRIES.map(({ slug, template }) => ({ slug, title: slug, status: 400, messages: [{ id: slug, template }], keywords: [] }))),
);
const message = (slug: string) => prep.messages.find((m) => m.id === slug)!;

/** The message's score in `text`, as the engine aligns it; `change` replaces parts of that alignment, to compare two that differ in one respect only. */
function scored(slug: string, text: string, hints: Partial<Parameters<typeof scoreMessage>[3]> = {}, change: Partial<Alignment> = {}) {
  const m = message(slug);
  const paste = readPaste(text, prep);
  const a = align(m, paste)!;
  return scoreMessage(m, paste, { ...a, ...change }, { sameCase: false, phrase: false, statusAgrees: false, ...hints });
}

describe('a run of template words copied in a row', () => {
  const text = 'alpha beta gamma delta epsilon zeta';

  it('lifts the score only where the paste has them next to each other', () => {
    // The same words found, but with a paste word between each: no run, no lift.
    expect(scored('six-words', text)).toBeGreaterThan(scored('six-words', text, {}, { positions: [0, 2, 4, 6, 8, 10] }));
  });

  it('lifts the score only where they are next to each other in the template too', () => {
    // Every other template word, in a row in the paste: words skipped in the template break the run.
    const skipping = 'red green blue cyan pink gold';
    expect(scored('spread', skipping, {}, { idx: [0, 1, 2, 3, 4, 5] })).toBeGreaterThan(scored('spread', skipping));
  });
});

describe('the highest score a message can reach', () => {
  it('is what a whole copy in the server letter case, with the status agreeing, scores', () => {
    const m = message('six-words');
    const paste = readPaste('alpha beta gamma delta epsilon zeta', prep);
    const a = align(m, paste)!;
    const best = scoreMessage(m, paste, a, { sameCase: true, phrase: false, statusAgrees: true });
    // Six words in a row: the run lift is part of the ceiling.
    expect(ceiling(m, a.aligned, a.idx.length)).toBeCloseTo(best, 10);
  });
});

describe('words before a match', () => {
  it('cost nothing where a placeholder comes right before the first word found: they are its value', () => {
    expect(scored('holes', 'purple monkey mu nu xi omicron')).toBe(scored('holes', 'the of mu nu xi omicron'));
  });

  it('cost their weight where the placeholder is further back, behind words found', () => {
    // "lambda" comes after the first placeholder and before the second: neither is right before it.
    expect(scored('holes', 'purple monkey lambda 7 mu nu xi omicron')).toBeLessThan(scored('holes', 'the of lambda 7 mu nu xi omicron'));
  });
});

describe('a verbatim copy (server letter case, nothing between, cut only at an edge)', () => {
  it('includes a copy cut short where the paste ends', () => {
    expect(scored('six-words', 'alpha beta gamma', { sameCase: true })).toBeGreaterThan(scored('six-words', 'alpha beta gamma'));
  });

  it('excludes a copy with a word between the template words', () => {
    const text = 'alpha beta purple gamma delta epsilon zeta';
    expect(scored('six-words', text, { sameCase: true })).toBe(scored('six-words', text));
  });

  it('excludes a copy whose gaps weigh 0.01: only rounding is tolerated', () => {
    const text = 'alpha beta gamma delta epsilon zeta';
    expect(scored('six-words', text, { sameCase: true }, { gaps: 0.01 })).toBe(scored('six-words', text, {}, { gaps: 0.01 }));
  });
});

describe('a message quoted inside a sentence of the paste', () => {
  const cost = (slug: string, before: string, after: string, sameCase: boolean) => scored(slug, `${before} ${after}`, { sameCase });

  it('caps what the words around a whole verbatim quote of more than four words cost', () => {
    const whole = 'alpha beta gamma delta epsilon zeta';
    expect(cost('six-words', 'purple monkey dishwasher', whole, true)).toBe(cost('six-words', 'purple monkey dishwasher purple monkey dishwasher', whole, true));
  });

  it('caps them at a share of the quote: lighter words around it still cost their weight', () => {
    const whole = 'alpha beta gamma delta epsilon zeta';
    expect(cost('six-words', 'purple', whole, true)).toBeLessThan(cost('six-words', 'the', whole, true));
  });

  it('does not cap them where the quote is not verbatim', () => {
    const whole = 'alpha beta gamma delta epsilon zeta';
    expect(cost('six-words', 'purple monkey dishwasher', whole, false)).toBeGreaterThan(cost('six-words', 'purple monkey dishwasher purple monkey dishwasher', whole, false));
  });

  it('does not cap them where the quote holds only part of the message', () => {
    const part = 'alpha beta gamma delta epsilon';
    expect(cost('six-words', 'purple monkey dishwasher', part, true)).toBeGreaterThan(cost('six-words', 'purple monkey dishwasher purple monkey dishwasher', part, true));
  });

  it('does not cap them where the message has only four words: as often a phrase of another sentence', () => {
    const whole = 'omega psi chi phi';
    expect(cost('four-words', 'purple monkey dishwasher', whole, true)).toBeGreaterThan(cost('four-words', 'purple monkey dishwasher purple monkey dishwasher', whole, true));
  });
});

describe('words missing at the edge of a paste', () => {
  it('are forgiven for a two-word tail holding a telling word', () => {
    expect(scored('two-word-tail', 'shared pool')).toBeGreaterThanOrEqual(ACCEPT);
  });

  it('are not forgiven for a generic tail of four words without the telling ones', () => {
    // "shared" is in most entries, "deadline exceeded again" is everyday error vocabulary.
    expect(scored('generic-tail', 'shared deadline exceeded again')).toBeLessThan(ACCEPT);
  });

  it('are not forgiven where the only telling word missing is a code', () => {
    expect(scored('code-only', 'shared connection refused')).toBeLessThan(ACCEPT);
  });

  it('are forgiven for a generic tail that is the entry quick-lookup phrase', () => {
    expect(scored('generic-tail', 'shared deadline exceeded again', { phrase: true })).toBeGreaterThanOrEqual(ACCEPT);
  });
});

describe('a word exactly three quarters as heavy as its kind', () => {
  it('is rare: a generic tail holding it is forgiven the words missing before it', () => {
    const m = message('generic-tail');
    const paste = readPaste('shared deadline exceeded again', prep);
    const a = align(m, paste)!;
    const hints = { sameCase: false, phrase: false, statusAgrees: false };
    // "shared", a content word, weighing exactly the rare share.
    const weights = m.weights.map((w, i) => (m.words[i] === 'shared' ? 0.75 : w));
    const before = [0];
    for (const w of weights) before.push(before[before.length - 1] + w);
    const edited: PreparedMessage = { ...m, weights, before, total: before[weights.length] };
    const aligned = a.aligned - m.weights[m.words.indexOf('shared')] + 0.75;
    expect(scoreMessage(edited, paste, { ...a, aligned }, hints)).toBeGreaterThanOrEqual(ACCEPT);
  });
});

/** A message with `words`, the borrowed part from and up to the given indexes, as restsOnBorrowed reads it. */
const borrowedIn = (words: string[], from: number, to: number) => ({ words, borrowedWords: [from, to] }) as unknown as PreparedMessage;
/** An alignment finding template words `idx` at paste positions `positions`. */
const found = (idx: number[], positions: number[]) => ({ idx, positions }) as unknown as Alignment;

describe('a match resting only on text other programs print too', () => {
  // "context canceled" is Go's; "error" and "failed" are everyday words; "retry" too.
  const m = borrowedIn(['request', 'error', 'context', 'canceled', 'failed', 'retry'], 2, 4);
  const kimi = borrowedIn(['context', 'canceled', 'kimi'], 0, 2);

  it('is one finding only borrowed words', () => {
    expect(restsOnBorrowed(m, found([2, 3], [0, 1]))).toBe(true);
  });

  it('is none where the message borrows nothing', () => {
    expect(restsOnBorrowed(borrowedIn(['context', 'canceled'], 0, 0), found([0, 1], [0, 1]))).toBe(false);
  });

  it('is none where a word of the server own, not everyday vocabulary, is found', () => {
    // Apart from the borrowed part in the paste, so that it is no framing of it either.
    expect(restsOnBorrowed(kimi, found([0, 1, 2], [0, 1, 3]))).toBe(false);
  });

  it('is one where everyday words are found away from the borrowed part', () => {
    expect(restsOnBorrowed(m, found([0, 2, 3], [0, 1, 2]))).toBe(true);
    expect(restsOnBorrowed(m, found([2, 3, 5], [0, 1, 2]))).toBe(true);
  });

  it('is none where an everyday word frames the borrowed part right before it, in the paste too', () => {
    expect(restsOnBorrowed(m, found([1, 2, 3], [0, 1, 2]))).toBe(false);
  });

  it('is one where that word is apart from the borrowed part in the paste', () => {
    expect(restsOnBorrowed(m, found([1, 2, 3], [0, 2, 3]))).toBe(true);
  });

  it('is one where the word before is found next to a later borrowed word, not the first', () => {
    expect(restsOnBorrowed(m, found([1, 3], [0, 1]))).toBe(true);
  });

  it('is none where an everyday word frames the borrowed part right after it, in the paste too', () => {
    expect(restsOnBorrowed(m, found([2, 3, 4], [0, 1, 2]))).toBe(false);
  });

  it('is one where the word after is apart from the borrowed part in the paste', () => {
    expect(restsOnBorrowed(m, found([2, 3, 4], [0, 1, 3]))).toBe(true);
  });

  it('is one where the word after follows an earlier borrowed word, not the last', () => {
    expect(restsOnBorrowed(m, found([2, 4], [0, 1]))).toBe(true);
  });
});

describe('the server own words around a borrowed part', () => {
  const m = borrowedIn(['request', 'error', 'context', 'canceled', 'failed', 'retry'], 2, 4);

  it('are not found where only the borrowed part is', () => {
    expect(holdsOwnWords(m, found([2, 3], [0, 1]))).toBe(false);
  });

  it('are found where the word right after the borrowed part is', () => {
    expect(holdsOwnWords(m, found([2, 3, 4], [0, 1, 2]))).toBe(true);
  });
});
