import Fuse from 'fuse.js/basic';

/** The catalogue word a misspelt word stands for, and how close it is: 1 for the same word. */
export type FuzzyHit = [word: string, sim: number];

// Fuse's bitap search: edits per pattern letter, anywhere in the word (location/distance would
// otherwise confine it to the word's start). Patterns are single words, far below its 32-letter limit.
const FUSE = {
  threshold: 0.4,
  ignoreDiacritics: true,
  // Stryker disable next-line BooleanLiteral: words arrive folded to lower case; this only spares Fuse lowercasing them again.
  isCaseSensitive: true,
  // Stryker disable next-line BooleanLiteral: lengths differ by two letters at most, so Fuse's location penalty (offset / 100 per letter, at most 32 letters) adds at most one edit, in the direction whose match is offset; the other direction counts at least that many for those letters, and the larger count is used.
  ignoreLocation: true,
};
const MIN_SIM = 0.7;
const MAX_KNOWN = 10000;

/** Letter pairs, the word's edges included. */
const grams = (word: string) => new Set(`^${word}$`.slice(1).split('').map((c, i) => `^${word}`[i] + c));

/** Two neighbouring letters swapped ("peroid"): one slip of the fingers, though two edits for bitap. */
function transposed(a: string, b: string): boolean {
  let i = 0;
  while (
    a[i] === b[i] &&
    // Stryker disable next-line EqualityOperator: `<=` steps once past the end of equal words, where the bound below stops them all the same.
    i < a.length
  )
    i++;
  // A word is not a slip of itself. Equal tails after the swap already mean equal lengths.
  return i < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function editsWithin(pattern: string, text: string): number {
  const r = Fuse.match(pattern, text, FUSE);
  return r.isMatch ? Math.round(r.score * pattern.length) : pattern.length;
}

/**
 * Finds the catalogue word a misspelt word stands for. Letter pairs, filed by word length, pick
 * the few words sharing most of them; fuse.js then scores only those. Running bitap against the whole
 * vocabulary would cost too much at a large catalogue.
 */
export function createFuzzy(vocabulary: string[]): (word: string) => FuzzyHit | undefined {
  const byGram = new Map<string, string[]>();
  for (const v of vocabulary) for (const g of grams(v)) (byGram.get(g + v.length) ?? byGram.set(g + v.length, []).get(g + v.length)!).push(v);
  // Typing re-reads the same words at every key, a log the same ids on every line.
  const known = new Map<string, FuzzyHit | undefined>();
  return (word) => {
    // Stryker disable next-line ConditionalExpression: a cache: without it the word is scored again, to the same answer.
    if (known.has(word)) return known.get(word);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,CallExpression: when the cache is emptied changes memory and time, never an answer.
    if (known.size >= MAX_KNOWN) known.clear();
    const own = grams(word);
    const shared = new Map<string, number>();
    for (let len = word.length - 2; len <= word.length + 2; len++) {
      for (const g of own) for (const v of byGram.get(g + len) ?? []) shared.set(v, (shared.get(v) ?? 0) + 1);
    }
    let best: FuzzyHit | undefined;
    for (const [v] of [...shared]
      .filter(([v, n]) => (2 * n) / (own.size + v.length + 1) >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)) {
      // Bitap finds a pattern inside a text, so "limit" is perfect inside "limitation": searching
      // both ways and keeping the larger edit count makes it a whole-word comparison.
      const sim = 1 - (transposed(word, v) ? 1 : Math.max(editsWithin(word, v), editsWithin(v, word))) / Math.max(word.length, v.length);
      if (sim >= MIN_SIM && !(best && best[1] >= sim)) best = [v, sim];
    }
    // Stryker disable next-line CallExpression: a cache: without it the word is scored again, to the same answer.
    known.set(word, best);
    return best;
  };
}
