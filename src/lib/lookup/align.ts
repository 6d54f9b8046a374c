import type { FuzzyHit } from './fuzzy.ts';
import type { Prepared, PreparedMessage } from './prepare.ts';
import { baseWeight, fuzzable, isNumber, type Token } from './tokens.ts';

/** The paste's words as the catalogue knows them. */
export interface Paste {
  tokens: Token[];
  /** 1, or how close a misspelling (or a cut-off last word) is to the catalogue word it stands for. */
  sims: number[];
  /** What a word costs when it sits inside a matched span without being part of the template. */
  costs: number[];
  /** `prefix[k]`: total cost of words 0..k-1. */
  prefix: number[];
  /** Catalogue word → the positions of the paste words that are, or stand for, it. */
  at: Map<string, number[]>;
}

const MAX_FUZZY = 64;
const MAX_POSITIONS = 200;
/** Letters a cut-off word needs to count in full for the catalogue word it is part of. */
const CUT_OFF = 4;

/**
 * A screenshot typed out by hand, or read by OCR, swaps characters that look alike: "bi11ing",
 * "over1oaded", "2O97152". In a word mixing letters and digits, the minority kind is read as the
 * majority's look-alike.
 */
function unconfuse(w: string): string {
  if (!/\d/.test(w) || !/[a-z]/.test(w)) return w;
  return w.replace(/\D/g, '').length * 2 > w.length
    ? w.replace(/o/g, '0').replace(/[il]/g, '1')
    : w.replace(/1/g, 'l').replace(/0/g, 'o').replace(/5/g, 's');
}

export function readPaste(tokens: Token[], prep: Prepared): Paste {
  // A terminal wraps lines inside a word ("exceeds lim" / "it 2097152"): a line's last word that is
  // no catalogue word, and the next line's first, are one word when together they are one.
  const unwrapped: Token[] = [];
  for (const t of tokens) {
    const prev = unwrapped.at(-1);
    if (prev && t.line && t.start - prev.end <= 2 && !prep.weights.has(prev.w) && prep.weights.has(prev.w + t.w)) {
      Object.assign(prev, { w: prev.w + t.w, end: t.end, glued: prev.glued || t.glued });
    } else {
      unwrapped.push(t);
    }
  }
  tokens = unwrapped;
  const p: Paste = { tokens, sims: [], costs: [], prefix: [0], at: new Map() };
  const guesses = new Map<string, FuzzyHit | undefined>();
  const add = (word: string, pos: number) => {
    const positions = p.at.get(word) ?? p.at.set(word, []).get(word)!;
    if (positions.length < MAX_POSITIONS) positions.push(pos);
  };
  tokens.forEach(({ w, glued }, pos) => {
    const known = prep.weights.get(w);
    let sim = 1;
    let word = w;
    // Names and paths are not misspelt, they differ.
    if (known === undefined && !glued) {
      const read = unconfuse(w);
      if (read !== w && prep.weights.has(read)) {
        [word, sim] = [read, 0.9];
      } else {
        // A paste can end, or start, in the middle of a word: it stands for each catalogue word it
        // begins (ends), the surer the more letters it kept.
        const last = pos === tokens.length - 1;
        if ((last || !pos) && /^\p{L}{2,}$/u.test(w)) {
          for (const v of prep.weights.keys()) {
            if ((last && v.startsWith(w)) || (!pos && v.endsWith(w))) add(v, pos), (sim = Math.min(1, w.length / CUT_OFF));
          }
        }
        if (sim === 1 && fuzzable(w)) {
          if (!guesses.has(w) && guesses.size < MAX_FUZZY) guesses.set(w, prep.fuzzy(w));
          [word, sim] = guesses.get(w) ?? [w, 1];
        }
      }
    }
    add(word, pos);
    // Bare numbers next to a message are status and error codes, no sign of another sentence.
    const cost = isNumber(w) ? 0 : known ?? baseWeight(w);
    p.sims.push(sim);
    p.costs.push(cost);
    p.prefix.push(p.prefix[pos] + cost);
  });
  return p;
}

export interface Alignment {
  /** Total weight of the template words found (times their spelling similarity). */
  aligned: number;
  /** Cost of the paste's words inside the span that the template does not account for. */
  gaps: number;
  /** Span in paste words. */
  first: number;
  last: number;
  /** Span in template words. */
  firstI: number;
  lastI: number;
  /** Paste positions of the words found, in order, and the template words they are. */
  positions: number[];
  idx: number[];
  /** The words found are all names ("Claude Code, Roo Code"), which people write about as much as servers do. */
  names: boolean;
}

/**
 * The best in-order alignment of the template's words with the paste's: found words add their
 * weight, unexplained paste words between them subtract their cost, except where the template has
 * a placeholder (a URL or a name fills it). Sparse dynamic programming over the (template word,
 * paste position) pairs that agree, so its cost follows the matches, not the paste length.
 */
export function align(m: PreparedMessage, p: Paste): Alignment | null {
  const pairs: [i: number, pos: number][] = [];
  m.words.forEach((w, i) => {
    for (const pos of p.at.get(w) ?? []) {
      // A word of a URL, path or identifier is not the same word in a sentence of the template.
      if (m.glued[i] || !p.tokens[pos].glued) pairs.push([i, pos]);
    }
  });
  if (!pairs.length) return null;
  pairs.sort((a, b) => a[1] - b[1] || a[0] - b[0]);

  // Per template word, the best state ending there: chained across paste words that cost their
  // gap (`run`, score plus prefix cost), or across a placeholder that costs nothing (`hole`).
  const run = m.words.map(() => [-Infinity, -1]);
  const hole = m.words.map(() => [-Infinity, -1]);
  const score: number[] = [];
  const gain: number[] = [];
  const parent: number[] = [];
  let best = 0;
  // A state only chains to states at earlier paste positions: commit a position's states once it is done.
  let done = 0;
  pairs.forEach(([i, pos], k) => {
    for (; pairs[done][1] < pos; done++) {
      const [j, at] = pairs[done];
      if (score[done] + p.prefix[at + 1] > run[j][0]) run[j] = [score[done] + p.prefix[at + 1], done];
      if (score[done] > hole[j][0]) hole[j] = [score[done], done];
    }
    let prev = -1;
    let prevScore = 0;
    for (let j = 0; j < i; j++) {
      const [v, from] = m.holes[j] === m.holes[i] ? [run[j][0] - p.prefix[pos], run[j][1]] : hole[j];
      // On a tie the later template word wins: a repeated word ("URL is invalid: … invalid
      // character") then aligns where the rest of the match is.
      if (v >= prevScore && v > 0) [prevScore, prev] = [v, from];
    }
    gain[k] = m.weights[i] * p.sims[pos] + (prev < 0 ? 0 : gain[prev]);
    score[k] = m.weights[i] * p.sims[pos] + prevScore;
    parent[k] = prev;
    if (score[k] > score[best] || (score[k] === score[best] && gain[k] > gain[best])) best = k;
  });
  const chain: number[] = [];
  for (let k = best; k >= 0; k = parent[k]) chain.unshift(k);
  const [[firstI, first], [lastI, last]] = [pairs[chain[0]], pairs[best]];
  return {
    aligned: gain[best],
    gaps: gain[best] - score[best],
    first,
    last,
    firstI,
    lastI,
    positions: chain.map((k) => pairs[k][1]),
    idx: chain.map((k) => pairs[k][0]),
    names: chain.every((k) => m.names[pairs[k][0]]),
  };
}

const MAX_CLAUSE = 12;

/**
 * Walking from paste word `k` by `step`, to the edge of its line: how many words there are, bare
 * numbers (status and error codes) aside, and what the words up to the nearest clause boundary
 * cost ("Request had invalid authentication credentials" is another message that happens to
 * contain ours).
 */
export function edge(p: Paste, k: number, step: 1 | -1): [words: number, cost: number] {
  let words = 0;
  let cost = 0;
  for (let j = k, clause = true, gap; (gap = p.tokens[step > 0 ? j + 1 : j]) && !gap.line; ) {
    j += step;
    clause &&= !gap.cut && Math.abs(j - k) <= MAX_CLAUSE;
    if (clause) cost += p.costs[j];
    if (!isNumber(p.tokens[j].w)) words++;
  }
  return [words, cost];
}
