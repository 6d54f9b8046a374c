import { clauseCost, type Alignment, type Paste } from './align.ts';
import type { PreparedMessage } from './prepare.ts';
import type { TemplateMatch } from './templates.ts';

// Hand-set on the tuning cases (tests/lookup-cases/tuning.jsonl and the dev sample), then checked
// for calibration: among answers given with confidence c, about c are right (see `npm run bench`).

export const P = {
  /** Found weight at which a match is 1 - 1/e believable on its own (one rare word weighs about 1). */
  strength: 1.6,
  recallPower: 1,
  precisionPower: 1,
  /** The template's literal text, whole and in order, in the paste... */
  exactLift: 0,
  /** ...with the server's letter case. */
  verbatimLift: 0.25,
  /** The paste's status equals the entry's: a hint, since clients change statuses. */
  statusLift: 0.15,
  /** Score gap below which two entries are taken as equally likely. */
  margin: 0.05,
  accept: 0.5,
};

/** A message's score, 0..1: how much of it the paste holds, how tightly, and how telling that part is. */
export function scoreMessage(
  m: PreparedMessage,
  p: Paste,
  a: Alignment,
  exact: TemplateMatch | null,
  statusAgrees: boolean,
): number {
  // Words missing at the edge of a line were probably not copied; missing anywhere else, the
  // paste says something else. A copy cut short may end inside a placeholder's value.
  const atStart = p.wordsBefore[a.first] === 0;
  const atEnd = p.wordsAfter[a.last] <= (m.holes[a.lastI] < m.holeCount ? HOLE_WORDS : 0);
  const missingBefore = atStart ? m.before[a.firstI] : 0;
  const missingAfter = atEnd ? m.total - m.before[a.lastI + 1] : 0;
  const recall = Math.min(1, a.aligned / Math.max(m.total - missingBefore - missingAfter, 1e-9));
  const precision = a.aligned / (a.aligned + a.gaps + clauseCost(m, p, a));
  const strength = 1 - Math.exp(-a.aligned / P.strength);
  let score = strength * recall ** P.recallPower * precision ** P.precisionPower;
  if (exact) score = lift(score, exact.verbatim ? P.verbatimLift : P.exactLift);
  if (statusAgrees) score = lift(score, P.statusLift);
  return score;
}

/** Words a placeholder's value may span at the paste's edge. */
const HOLE_WORDS = 6;

const lift = (score: number, by: number) => 1 - (1 - score) * (1 - by);

/** The best score, discounted when the runner-up is nearly as good: two equal candidates are a coin toss. */
export function confidence(best: number, second: number): number {
  return best * (1 - 0.5 * Math.exp(-(best - second) / P.margin));
}

/** Score from which an entry is offered as "did you mean". */
export const SUGGEST = 0.15;
