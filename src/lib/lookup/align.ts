import type { Paste } from './paste.ts';
import type { PreparedMessage } from './prepare.ts';

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
 * `range`: only the paste words from and up to these positions (one line of a log).
 */
const NONE = [-Infinity, -1];

export function align(m: PreparedMessage, p: Paste, range?: [from: number, to: number]): Alignment | null {
  const pairs: [i: number, pos: number][] = [];
  // A word of a URL, path or identifier is not the same word in a sentence of the template.
  const pair = (i: number, pos: number) => (m.glued[i] || !p.tokens[pos].glued) && pairs.push([i, pos]);
  if (range) {
    for (let pos = range[0]; pos < range[1]; pos++) m.words.forEach((w, i) => w === p.words[pos] && pair(i, pos));
  } else {
    m.words.forEach((w, i) => p.at.get(w)?.forEach((pos) => pair(i, pos)));
  }
  if (!pairs.length) return null;
  pairs.sort((a, b) => a[1] - b[1] || a[0] - b[0]);

  // Per template word, the best state ending there: chained across paste words that cost their
  // gap (`run`, score plus prefix cost), or across a placeholder that costs nothing (`hole`). A
  // value may wrap onto the next line, not span a log: `hole` keeps the best state of the latest
  // line holding one (`best`), and of the line before it (`before`).
  const run = m.words.map(() => [-Infinity, -1]);
  const hole = m.words.map(() => ({ line: -2, best: NONE, before: NONE }));
  // Stryker disable ArrayDeclaration: pair k writes slot k before anything reads it (reads are of earlier pairs, or of k itself after the write), so a starting element is never read
  const score: number[] = [];
  const gain: number[] = [];
  const parent: number[] = [];
  // Stryker restore ArrayDeclaration
  let best = 0;
  // A state only chains to states at earlier paste positions: commit a position's states once it is done.
  let done = 0;
  pairs.forEach(([i, pos], k) => {
    for (; pairs[done][1] < pos; done++) {
      const [j, at] = pairs[done];
      if (score[done] + p.prefix[at + 1] > run[j][0]) run[j] = [score[done] + p.prefix[at + 1], done];
      const h = hole[j];
      const line = p.lines[at];
      if (line > h.line) [h.before, h.best, h.line] = [h.line === line - 1 ? h.best : NONE, [score[done], done], line];
      else if (score[done] > h.best[0]) h.best = [score[done], done];
    }
    const line = p.lines[pos];
    let prev = -1;
    let prevScore = 0;
    for (let j = 0; j < i; j++) {
      const h = hole[j];
      const [v, from] =
        m.placeholdersBefore[j] === m.placeholdersBefore[i]
          ? [run[j][0] - p.prefix[pos], run[j][1]]
          : h.line === line
            ? (h.best[0] >= h.before[0] ? h.best : h.before)
            : h.line === line - 1
              ? h.best
              : NONE;
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
