import type { FuzzyHit } from './fuzzy.ts';
import type { Prepared } from './prepare.ts';
import { unmarkup } from './text.ts';
import { baseWeight, fuzzable, isNumber, tokenize, type Token } from './tokens.ts';

/** The paste's words as the catalogue knows them. */
export interface Paste {
  tokens: Token[];
  /** 1, or how close a misspelling (or a cut-off last word) is to the catalogue word it stands for. */
  sims: number[];
  /** What a word costs when it sits inside a matched span without being part of the template. */
  costs: number[];
  /** `prefix[k]`: total cost of words 0..k-1. */
  prefix: number[];
  /** The line each word is on, from 0. */
  lines: number[];
  /** Catalogue word → the positions of the paste words that are, or stand for, it (the first MAX_POSITIONS). */
  at: Map<string, number[]>;
  /** Each position's word, or the catalogue word it stands for. */
  words: string[];
}

const MAX_FUZZY = 64;
const MAX_POSITIONS = 200;
/** Letters a cut-off word needs to count in full for the catalogue word it is part of. */
const CUT_OFF = 4;
const GLUE = /[-/.@\\#+~&%?]/;

/**
 * A screenshot typed out by hand, or read by OCR, swaps characters that look alike: "bi11ing",
 * "over1oaded", "2O97152", "rnessage". In a word mixing letters and digits, the minority kind is
 * read as the majority's look-alike; in a word of letters, "rn" as the "m" it looks like.
 */
function unconfuse(w: string): string {
  if (!/\d/.test(w)) return w.replace(/rn/g, 'm');
  if (!/[a-z]/.test(w)) return w;
  return w.replace(/\D/g, '').length * 2 > w.length
    ? w.replace(/o/g, '0').replace(/[il]/g, '1')
    : w.replace(/1/g, 'l').replace(/0/g, 'o').replace(/5/g, 's');
}

/**
 * Two tokens that are one catalogue word: a terminal wraps lines inside a word ("exceeds lim" /
 * "it 2097152"), a gateway writes "Time-out" for "Timeout". Words that are catalogue words on
 * their own stay two.
 */
function joinWords(text: string, tokens: Token[], prep: Prepared): Token[] {
  const joined: Token[] = [];
  for (const t of tokens) {
    const prev = joined.at(-1);
    const word = prev && prev.w + t.w;
    const wrapped = prev && t.line && t.start - prev.end <= 2 && !prep.weights.has(prev.w);
    const hyphened = prev && text[prev.end] === '-' && t.start === prev.end + 1 && !(prep.weights.has(prev.w) && prep.weights.has(t.w));
    if ((wrapped || hyphened) && prep.weights.has(word!)) {
      // A hyphen that joined the word glued nothing: the word is glued if its outer edges are.
      // Stryker disable next-line StringLiteral: `''` stands for no character beyond the text's edges; any fallback without a glue character, Stryker's included, tests the same.
      const glued = wrapped ? prev!.glued || t.glued : GLUE.test(text[prev!.start - 1] ?? '') || GLUE.test(text[t.end] ?? '');
      Object.assign(prev!, { w: word, end: t.end, glued });
    } else {
      joined.push(t);
    }
  }
  return joined;
}

/** Reads the paste's words: joined where a line or a hyphen split one, misspellings and cut-off words read as what they stand for. */
export function readPaste(text: string, prep: Prepared): Paste {
  const tokens = joinWords(text, tokenize(unmarkup(text)), prep);
  const p: Paste = { tokens, sims: [], costs: [], prefix: [0], lines: [], at: new Map(), words: [] };
  const guesses = new Map<string, FuzzyHit | undefined>();
  const add = (word: string, pos: number) => {
    const positions = p.at.get(word) ?? p.at.set(word, []).get(word)!;
    if (positions.length < MAX_POSITIONS) positions.push(pos);
  };
  tokens.forEach(({ w, glued, start }, pos) => {
    p.lines.push((p.lines[pos - 1] ?? 0) + (pos && text.slice(tokens[pos - 1].end, start).includes('\n') ? 1 : 0));
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
    p.words.push(word);
    // Bare numbers next to a message are status and error codes, no sign of another sentence.
    const cost = isNumber(w) ? 0 : known ?? baseWeight(w);
    p.sims.push(sim);
    p.costs.push(cost);
    p.prefix.push(p.prefix[pos] + cost);
  });
  return p;
}

const MAX_CLAUSE = 12;

/**
 * Walking from paste word `k` by `step`, to the edge of its line (going forward, or to an aside:
 * a bracket or a dash opens the sender's remark, not more of the message; with `prose`, past a
 * change of script, which otherwise ends a line): how many words there are, bare
 * numbers (status and error codes) aside, and what the words up to the nearest clause boundary
 * cost ("Request had invalid authentication credentials" is another message that happens to
 * contain ours).
 */
export function edge(p: Paste, k: number, step: 1 | -1, prose = false): [words: number, cost: number] {
  let words = 0;
  let cost = 0;
  for (let j = k, clause = true, gap; (gap = p.tokens[step > 0 ? j + 1 : j]) && !(gap.line && !(prose && gap.script)) && !(step > 0 && gap.aside); ) {
    j += step;
    clause &&= !gap.cut && Math.abs(j - k) <= MAX_CLAUSE;
    if (clause) cost += p.costs[j];
    if (!isNumber(p.tokens[j].w)) words++;
  }
  return [words, cost];
}
