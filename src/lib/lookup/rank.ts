import { clauseCost, type Alignment, type Paste } from './align.ts';
import type { PreparedMessage } from './prepare.ts';

// The constants were set by a grid search on tests/lookup-cases/tuning.jsonl and the dev sample,
// choosing among the settings without a miss the one farthest from the acceptance bar.

/** Found weight at which a match is 1 - 1/e believable on its own; one rare word weighs 1. */
const STRENGTH = 1.6;
/** The template's literal text, whole, in order and in the server's letter case: copied, not retyped. */
const VERBATIM_LIFT = 0.25;
/**
 * The whole paste is one of the entry's quick-lookup phrases: the reference tells readers to look
 * errors up by those, so whoever types one wants that entry, however common its words.
 */
const PHRASE_LIFT = 0.4;
/** The paste's status is the entry's. A hint only: clients change statuses. */
const STATUS_LIFT = 0.15;
/** Score gap below which two entries are about equally likely. */
const MARGIN = 0.05;
/** Words a placeholder's value may span between a match and the end of the paste. */
const HOLE_WORDS = 6;

/** Confidence from which a match is reported. */
export const ACCEPT = 0.5;
/** Score from which an entry is offered as "did you mean". */
export const SUGGEST = 0.15;

/** A message's score, 0..1: how much of it the paste holds, how tightly, and how telling that part is. */
export interface Hints {
  verbatim: boolean;
  phrase: boolean;
  statusAgrees: boolean;
}

export function scoreMessage(m: PreparedMessage, p: Paste, a: Alignment, hints: Hints): number {
  // Words missing at the edge of a line were probably not copied; missing anywhere else, the
  // paste says something else. A copy cut short may end inside a placeholder's value.
  const atStart = p.wordsBefore[a.first] === 0;
  const atEnd = p.wordsAfter[a.last] <= (m.holes[a.lastI] < m.holeCount ? HOLE_WORDS : 0);
  const missingBefore = atStart ? m.before[a.firstI] : 0;
  const missingAfter = atEnd ? m.total - m.before[a.lastI + 1] : 0;
  const recall = Math.min(1, a.aligned / Math.max(m.total - missingBefore - missingAfter, 1e-9));
  const precision = a.aligned / (a.aligned + a.gaps + clauseCost(m, p, a));
  let score = (1 - Math.exp(-a.aligned / STRENGTH)) * recall * precision;
  if (hints.verbatim) score = lift(score, VERBATIM_LIFT);
  if (hints.phrase) score = lift(score, PHRASE_LIFT);
  if (hints.statusAgrees) score = lift(score, STATUS_LIFT);
  return score;
}

const lift = (score: number, by: number) => 1 - (1 - score) * (1 - by);

/** The best score, discounted when the runner-up is nearly as good: two equal candidates are a coin toss. */
export function confidence(best: number, second: number): number {
  return best * (1 - 0.5 * Math.exp(-(best - second) / MARGIN));
}
