import type { FuzzyHit } from './fuzzy.ts';
import type { Prepared, PreparedMessage } from './prepare.ts';
import { baseWeight, fuzzable, isNumber, type Token } from './tokens.ts';

/** The paste's words as the catalogue knows them. */
export interface Paste {
  tokens: Token[];
  /** Each word, or the catalogue word it misspells. */
  words: string[];
  /** 1, or how close a misspelling is. */
  sims: number[];
  /** What a word costs when it sits inside a matched span without being part of the template. */
  costs: number[];
  /** `prefix[k]`: total cost of words 0..k-1. */
  prefix: number[];
  /** Word → its positions. */
  at: Map<string, number[]>;
  /**
   * For each word, how many words that are not bare numbers precede it on its line, and follow it:
   * 0 means it starts (ends) what the line says, a status code aside.
   */
  wordsBefore: number[];
  wordsAfter: number[];
}

const MAX_FUZZY = 64;
const MAX_POSITIONS = 200;

export function readPaste(tokens: Token[], prep: Prepared): Paste {
  const words: string[] = [];
  const sims: number[] = [];
  const costs: number[] = [];
  const prefix = [0];
  const at = new Map<string, number[]>();
  const guesses = new Map<string, FuzzyHit | null>();
  for (const t of tokens) {
    const known = prep.weights.get(t.w);
    let hit: FuzzyHit | null = null;
    if (known === undefined && fuzzable(t.w)) {
      if (!guesses.has(t.w) && guesses.size < MAX_FUZZY) guesses.set(t.w, prep.fuzzy(t.w));
      hit = guesses.get(t.w) ?? null;
    }
    const word = hit ? hit.word : t.w;
    const cost = known ?? baseWeight(t.w);
    const positions = at.get(word) ?? at.set(word, []).get(word)!;
    if (positions.length < MAX_POSITIONS) positions.push(words.length);
    words.push(word);
    sims.push(hit ? hit.sim : 1);
    costs.push(cost);
    prefix.push(prefix[prefix.length - 1] + cost);
  }
  const wordsBefore: number[] = [];
  const wordsAfter: number[] = [];
  for (let k = 0, n = 0; k < words.length; k++) {
    if (tokens[k].line) n = 0;
    wordsBefore.push(n);
    if (!isNumber(words[k])) n++;
  }
  for (let k = words.length - 1, n = 0; k >= 0; k--) {
    wordsAfter[k] = n;
    if (!isNumber(words[k])) n++;
    if (tokens[k].line) n = 0;
  }
  return { tokens, words, sims, costs, prefix, at, wordsBefore, wordsAfter };
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
  /** Paste positions of the words found, in order. */
  positions: number[];
  /** Index in `positions` of the weightiest word: where to look for the match in the original text. */
  anchor: number;
}

/**
 * The best in-order alignment of the template's words with the paste's: found words add their
 * weight, unexplained paste words between them subtract their cost, except where the template has
 * a placeholder (a URL or a name fills it). Sparse dynamic programming over the (template word,
 * paste position) pairs that agree, so its cost follows the matches, not the paste length.
 */
export function align(m: PreparedMessage, p: Paste): Alignment | null {
  const si: number[] = [];
  const sp: number[] = [];
  m.words.forEach((w, i) => {
    for (const pos of p.at.get(w) ?? []) {
      si.push(i);
      sp.push(pos);
    }
  });
  if (!si.length) return null;
  const order = si.map((_, k) => k).sort((a, b) => sp[a] - sp[b] || si[a] - si[b]);

  const n = m.words.length;
  const runBest = new Array<number>(n).fill(-Infinity);
  const runAt = new Array<number>(n).fill(-1);
  const holeBest = new Array<number>(n).fill(-Infinity);
  const holeAt = new Array<number>(n).fill(-1);
  const score: number[] = [];
  const aligned: number[] = [];
  const start: number[] = [];
  const firstI: number[] = [];
  const parent: number[] = [];
  let pending: number[] = [];
  let position = -1;
  let best = -1;

  // A state only chains to states at earlier paste positions: commit a position's states once it is done.
  const commit = () => {
    for (const k of pending) {
      const i = si[k];
      const run = score[k] + p.prefix[sp[k] + 1];
      if (run > runBest[i]) [runBest[i], runAt[i]] = [run, k];
      if (score[k] > holeBest[i]) [holeBest[i], holeAt[i]] = [score[k], k];
    }
    pending = [];
  };

  for (const k of order) {
    const i = si[k];
    const pos = sp[k];
    if (pos !== position) {
      commit();
      position = pos;
    }
    const gain = m.weights[i] * p.sims[pos];
    let prev = -1;
    let prevScore = 0;
    for (let j = 0; j < i; j++) {
      const sameRun = m.holes[j] === m.holes[i];
      const v = sameRun ? runBest[j] - p.prefix[pos] : holeBest[j];
      // On a tie the later template word wins: a repeated word ("URL is invalid: … invalid
      // character") then aligns where the rest of the match is.
      if (v >= prevScore && v > 0) [prevScore, prev] = [v, sameRun ? runAt[j] : holeAt[j]];
    }
    score[k] = gain + prevScore;
    aligned[k] = gain + (prev >= 0 ? aligned[prev] : 0);
    start[k] = prev >= 0 ? start[prev] : pos;
    firstI[k] = prev >= 0 ? firstI[prev] : i;
    parent[k] = prev;
    pending.push(k);
    if (best < 0 || score[k] > score[best] || (score[k] === score[best] && aligned[k] > aligned[best])) best = k;
  }
  const chain: number[] = [];
  for (let k = best; k >= 0; k = parent[k]) chain.unshift(k);
  let anchor = 0;
  chain.forEach((k, c) => {
    if (m.weights[si[k]] > m.weights[si[chain[anchor]]]) anchor = c;
  });
  return {
    aligned: aligned[best],
    gaps: aligned[best] - score[best],
    first: start[best],
    last: sp[best],
    firstI: firstI[best],
    lastI: si[best],
    positions: chain.map((k) => sp[k]),
    anchor,
  };
}

const MAX_CLAUSE = 12;

/**
 * Cost of the paste's words next to the span, up to the nearest clause boundary: "Request had
 * invalid authentication credentials" is another message that happens to contain ours. No cost on a
 * side where the template has a placeholder (the words are its value).
 */
export function clauseCost(m: PreparedMessage, p: Paste, a: Alignment): number {
  let cost = 0;
  if (m.holes[a.firstI] === 0) {
    for (let j = a.first - 1; j >= 0 && a.first - j <= MAX_CLAUSE && !p.tokens[j + 1].cut; j--) cost += p.costs[j];
  }
  if (m.holes[a.lastI] === m.holeCount) {
    for (let j = a.last + 1; j < p.words.length && j - a.last <= MAX_CLAUSE && !p.tokens[j].cut; j++) cost += p.costs[j];
  }
  return cost;
}
