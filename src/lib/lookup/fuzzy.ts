import Fuse from 'fuse.js/basic';

export interface FuzzyHit {
  word: string;
  /** 1 for the same word; lower for more edits or a different length. */
  sim: number;
}

// Fuse's bitap search: edits per pattern letter, anywhere in the word (location/distance would
// otherwise confine it to the word's start). Patterns are single words, far below its 32-letter limit.
const FUSE = { threshold: 0.4, ignoreLocation: true, isCaseSensitive: true, ignoreDiacritics: true };
const MIN_SIM = 0.7;

const grams = (word: string) => {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 1 < padded.length; i++) out.push(padded.slice(i, i + 2));
  return out;
};

/** Two neighbouring letters swapped ("peroid"): one slip of the fingers, though two edits for bitap. */
function transposed(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
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
export function createFuzzy(vocabulary: Iterable<string>): (word: string) => FuzzyHit | null {
  const byGram = new Map<string, string[]>();
  for (const word of vocabulary) {
    for (const g of new Set(grams(word))) {
      const key = `${g}${word.length}`;
      const list = byGram.get(key);
      if (list) list.push(word);
      else byGram.set(key, [word]);
    }
  }
  return (word) => {
    const own = new Set(grams(word));
    const shared = new Map<string, number>();
    for (let len = word.length - 2; len <= word.length + 2; len++) {
      for (const g of own) for (const v of byGram.get(`${g}${len}`) ?? []) shared.set(v, (shared.get(v) ?? 0) + 1);
    }
    const likely = [...shared]
      .filter(([v, n]) => (2 * n) / (own.size + v.length + 1) >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3);
    let best: FuzzyHit | null = null;
    for (const [v] of likely) {
      // Bitap finds a pattern inside a text, so "limit" is perfect inside "limitation": searching
      // both ways and keeping the larger edit count makes it a whole-word comparison.
      const edits = transposed(word, v) ? 1 : Math.max(editsWithin(word, v), editsWithin(v, word));
      const sim = 1 - edits / Math.max(word.length, v.length);
      if (sim >= MIN_SIM && (!best || sim > best.sim)) best = { word: v, sim };
    }
    return best;
  };
}
