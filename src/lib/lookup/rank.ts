import type { Alignment } from './align.ts';
import { edge, type Paste } from './paste.ts';
import type { PreparedMessage } from './prepare.ts';
import { baseWeight } from './tokens.ts';

// The constants were set on tests/lookup-cases/tuning.jsonl and the dev sample, choosing among
// the settings without a miss the one farthest from the acceptance bar.

/** Found weight at which a match is 1 - 1/e believable on its own; one rare word weighs 1. */
const STRENGTH = 1.6;
/**
 * The template's words in order, in the server's letter case, nothing between them, missing only
 * where the line or the paste was cut: copied, not produced by another program.
 */
const VERBATIM_LIFT = 0.25;
/**
 * The whole paste is one of the entry's quick-lookup phrases: the reference tells readers to look
 * errors up by those, so whoever types one wants that entry, however common its words. The table wins.
 */
const PHRASE_LIFT = 0.4;
const PHRASE_FLOOR = 0.8;
/** The paste's status is the entry's. A hint only: clients change statuses. */
const STATUS_LIFT = 0.15;
/** Per word of the longest run of template words copied word for word, beyond the first few. */
const RUN_LIFT = 0.05;
const RUN_FREE = 4;
/** Share of its kind's weight from which a word is rare: in 2 entries of 28, 3 of 100. */
const RARE = 0.75;
/** Score gap below which two entries are about equally likely. */
const MARGIN = 0.05;
/**
 * A whole message of more than RUN_FREE words, word for word in the server's letter case, inside a
 * sentence of the paste's own ("kimi keeps saying … after I pasted the log"): that sentence quotes
 * it. The words around it in its clause then weigh at most this share of it, each side. A shorter
 * one ("Access terminated", "Invalid Authentication") is as often a phrase of another sentence.
 */
const QUOTED = 0.25;
/** Words a placeholder's value may span between a match and the end of the line. */
const HOLE_WORDS = 6;

/** Highest score of a match on text that other programs print too, where the paste shows one of them printed it. */
export const BORROWED_CAP = 0.4;
/** Lowest score of such text, all of it, where the paste shows the Kimi service sent it: a match, as the table says. */
export const SIGNED_FLOOR = 0.8;

/** Confidence from which a match is reported. */
export const ACCEPT = 0.5;
/** Score from which an entry is offered as "did you mean". */
export const SUGGEST = 0.15;

interface Hints {
  /** Each template word found is in the server's letter case. */
  sameCase: boolean;
  /** The paste is one of the entry's quick-lookup phrases. */
  phrase: boolean;
  statusAgrees: boolean;
}

/**
 * A message's score, 0..1: how much of it the paste holds, how tightly, and how telling that part
 * is. The hints confirm words already found: the verbatim and status lifts grow with the share of
 * the template's weight the paste holds, so they cannot turn a few common words into a match.
 */
export function scoreMessage(m: PreparedMessage, p: Paste, a: Alignment, hints: Hints): number {
  // A long run of the template's words in its order, nothing between them, is a quote of it
  // however much chatter surrounds it or wherever the copy was cut.
  let run = 0;
  for (let c = 0, r = 0; c < a.idx.length; c++) run = Math.max(run, (r = a.idx[c] - a.idx[c - 1] === 1 && a.positions[c] - a.positions[c - 1] === 1 ? r + 1 : 1));
  // Prose in another language around a message ends it as a line would, so a fragment quoted in
  // it counts as copied from where it starts or ends. Not text that other programs print too: that
  // is a match alone, and such prose is something around it, as English prose would be.
  const prose = restsOnBorrowed(m, a);
  const [wordsBefore, costBefore] = edge(p, a.first, -1, prose);
  const [wordsAfter, costAfter] = edge(p, a.last, 1, prose);
  // Whether a placeholder comes right before the first word found, or right after the last.
  const holes = m.placeholdersBefore;
  const holeBefore = holes[a.firstI - 1] !== holes[a.firstI] && holes[a.firstI] > 0;
  const holeAfter = holes[a.lastI + 1] !== holes[a.lastI] && holes[a.lastI] < m.placeholderCount;
  const cutBefore = !a.firstI || !wordsBefore;
  const cutAfter = a.lastI === m.words.length - 1 || wordsAfter <= (holeAfter ? HOLE_WORDS : 0);
  const verbatim = hints.sameCase && cutBefore && cutAfter && a.gaps < 0.01 && a.idx.length === a.lastI - a.firstI + 1;
  // Words missing at the edge of a line were probably not copied; missing anywhere else, the
  // paste says something else. A copy cut short may end inside a placeholder's value. But a few
  // names alone are no copy of a message: people name products in their own words.
  // Unless all its telling words (content words and codes hardly another entry has) are among the
  // missing: a short generic tail ("context deadline exceeded") is no copy of a message without
  // them, unless it is one of the entry's quick-lookup phrases. Nor is one word at the edge of a
  // line ("Tests: 212 passed, 212 total").
  const rare = (i: number) => {
    const b = baseWeight(m.words[i]);
    return b != 0.4 && b > 0.1 && m.weights[i] >= RARE * b;
  };
  const blind = a.names || a.idx.length < 2 || (run <= RUN_FREE && !hints.phrase && m.words.some((_, i) => rare(i)) && !a.idx.some(rare));
  const missingBefore = wordsBefore || blind ? 0 : m.before[a.firstI];
  const missingAfter = wordsAfter > (holeAfter ? HOLE_WORDS : 0) || blind ? 0 : m.total - m.before[a.lastI + 1];
  const recall = Math.min(1, a.aligned / Math.max(m.total - missingBefore - missingAfter, 1e-9));
  // The words next to the match in its clause are its value where a placeholder comes next;
  // otherwise they show a longer sentence, or one quoting the message whole.
  const around = (cost: number) => (verbatim && a.idx.length === m.words.length && a.idx.length > RUN_FREE ? Math.min(cost, QUOTED * a.aligned) : cost);
  const precision = a.aligned / (a.aligned + a.gaps + (holeBefore ? 0 : around(costBefore)) + (holeAfter ? 0 : around(costAfter)));
  const found = a.aligned / m.total;
  let score = lift((1 - Math.exp(-a.aligned / STRENGTH)) * recall * precision, RUN_LIFT * Math.max(0, run - RUN_FREE));
  if (verbatim) score = lift(score, VERBATIM_LIFT * found);
  if (hints.phrase) score = Math.max(lift(score, PHRASE_LIFT), PHRASE_FLOOR);
  if (hints.statusAgrees) score = lift(score, STATUS_LIFT * Math.sqrt(found));
  return score;
}

/**
 * Postgres's "terminating connection due to administrator command" or Go's "context canceled"
 * comes as often from the user's own database or program: the match rests only on such words when
 * every template word found is in the message's borrowed part, or is a word that part has too
 * (BuildKit's "Canceled: context canceled" adds no word of the server's own), or is vocabulary every
 * error message shares away from that part (a log's own "error sending batch, will retry").
 */
export function restsOnBorrowed(m: PreparedMessage, a: Alignment): boolean {
  const [from, to] = m.borrowedWords;
  const words = m.words.slice(from, to);
  // An everyday word right next to the borrowed part is the server's own framing of it ("unavailable: 502 Bad Gateway").
  const framing = (i: number, c: number) =>
    (i === from - 1 && a.idx[c + 1] === from && a.positions[c + 1] === a.positions[c] + 1) || (i === to && a.idx[c - 1] === to - 1 && a.positions[c - 1] === a.positions[c] - 1);
  return to > 0 && a.idx.every((i, c) => (i >= from && i < to) || words.includes(m.words[i]) || (baseWeight(m.words[i]) < 1 && !framing(i, c)));
}

/** Every word of the message's borrowed part is found (where the template has it twice, in either place). */
export function holdsBorrowed(m: PreparedMessage, a: Alignment): boolean {
  const [from, to] = m.borrowedWords;
  const found = a.idx.map((i) => m.words[i]);
  return m.words.slice(from, to).every((w) => found.includes(w));
}

/** Some of the server's own words around the borrowed part are found: "canceled:" in "canceled: context canceled". */
export function holdsOwnWords(m: PreparedMessage, a: Alignment): boolean {
  const [from, to] = m.borrowedWords;
  return a.idx.some((i) => i < from || i >= to);
}

const lift = (score: number, by: number) => 1 - (1 - score) * (1 - by);

/**
 * The highest score a message can reach in a text holding `n` of its words, weighing `aligned`
 * together: what it scores with every lift and nothing missing. The quick-lookup phrase and
 * Kimi's signs aside, which the caller checks.
 */
export function ceiling(m: PreparedMessage, aligned: number, n: number): number {
  const found = Math.min(1, aligned / m.total);
  const base = lift(1 - Math.exp(-aligned / STRENGTH), RUN_LIFT * Math.max(0, n - RUN_FREE));
  return lift(lift(base, VERBATIM_LIFT * found), STATUS_LIFT * Math.sqrt(found));
}

/** The best score, discounted when the runner-up is nearly as good: two equal candidates are a coin toss (none when the runner-up is better). */
export const confidence = (best: number, second: number) => Math.max(0, best * (1 - 0.5 * Math.exp(-(best - second) / MARGIN)));
