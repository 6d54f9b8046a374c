/**
 * Every target `npm run bench` prints ok or MISS against, in one place. They are goals, printed,
 * never asserted by a test: a slow machine must not fail the build. The unit test's floors on the
 * case files are a separate table (tests/unit/lookup-cases.test.ts).
 */

export const TARGET = {
  /** Per paste, p95, in ms: the real catalogue and one 50 times larger. */
  p95Real: 2,
  p95Large: 16,
  /** What the paste box adds to a page, JS and index data together, gzip -9. */
  boxKb: 20,
  /** Every Lighthouse category. */
  lighthouse: 100,
  /** The page's own main-thread work, in ms, for a 20 MB paste and for a keystroke after a 5 MB one. */
  pasteMs: 100,
} as const;

export interface AccuracyTarget {
  top1: number;
  rejected: number;
  /** The right entry among the first three offered; set only where it is a target. */
  top3?: number;
}

/** Held-out sets from holdout-7 on, and the Chinese ones, were written after the engine reached 98%, and aim higher. */
const FIRST_STRICT_HOLDOUT = 7;

export function accuracyTarget(fileName: string): AccuracyTarget {
  const n = Number(/holdout-(\d+)/i.exec(fileName)?.[1] ?? 0);
  const strict = n >= FIRST_STRICT_HOLDOUT || /holdout-zh/i.test(fileName);
  return strict ? { top1: 0.99, rejected: 0.98, top3: 1 } : { top1: 0.98, rejected: 0.95 };
}
