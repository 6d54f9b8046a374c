import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { buildLookupIndex, createLookup } from '../../src/lib/lookup/index.ts';
import { caseFilePaths, readCaseFile } from '../../scripts/bench/cases.ts';
import { scoreCases, share } from '../../scripts/bench/score.ts';

/**
 * Accuracy floors on the case files, one row per file that has its own; every other file gets the
 * default. Raise a file's floor here once the engine holds it. tuning.jsonl and dev-sample.jsonl were
 * used while building the engine; the holdout files were written by people who never saw it, and
 * their lines are never printed, so that a new held-out set stays a fair test until someone chooses
 * to read its misses. The benchmark's targets (scripts/bench/targets.ts) are goals above these.
 */
interface Floor {
  top1: number;
  rejected: number;
  /** The right entry among the first three offered. */
  top3?: number;
  /** Cases with `found`: the whole log's documented errors listed exactly. */
  found?: number;
}
const DEFAULT_FLOOR: Floor = { top1: 0.98, rejected: 0.95 };
const FLOORS: Record<string, Floor> = {
  'tuning.jsonl': { top1: 0.98, rejected: 0.95, found: 1 },
  'dev-sample.jsonl': { top1: 0.98, rejected: 0.95 },
  'holdout-7.jsonl': { top1: 0.98, rejected: 0.95, top3: 1, found: 1 },
  'holdout-zh.jsonl': { top1: 0.98, rejected: 0.95, top3: 1 },
  // First measured 98.6% / 96.7%, top-3 100%, lists 14/18; tuned on since.
  'holdout-8.jsonl': { top1: 1, rejected: 1, top3: 1, found: 1 },
  // First measured 100% / 92.9%, top-3 100%, lists 2/2; tuned on since.
  'holdout-zh-2.jsonl': { top1: 1, rejected: 1, top3: 1, found: 1 },
  // First measured 98.1% (151/154) / 98.3% (58/59), top-3 100%, lists 22/22; tuned on since.
  'holdout-9.jsonl': { top1: 1, rejected: 1, top3: 1, found: 1 },
  // First measured 100% (61/61) / 100% (15/15), top-3 100%, lists 3/3.
  'holdout-zh-3.jsonl': { top1: 1, rejected: 1, top3: 1, found: 1 },
  // First measured 99.4% (168/169) / 98.1% (52/53), top-3 100%, lists 26/27; tuned on since.
  'holdout-10.jsonl': { top1: 1, rejected: 1, top3: 1, found: 1 },
  // First measured 100% (61/61) / 89.5% (17/19), top-3 100%, lists 4/6; tuned on since.
  'holdout-zh-4.jsonl': { top1: 1, rejected: 1, top3: 1, found: 1 },
  // First measured 99.3% (144/145) / 98.2% (55/56), top-3 100%, lists 24/25; its two misses were
  // seen while checking another fix, not tuned on.
  'holdout-11.jsonl': { top1: 0.99, rejected: 0.98, top3: 1, found: 0.96 },
  // First measured 100% (70/70) / 100% (20/20), top-3 100%, lists 8/8.
  'holdout-zh-5.jsonl': { top1: 1, rejected: 1, top3: 1, found: 1 },
};

const index = buildLookupIndex(loadCatalogue());
const files = caseFilePaths().map(readCaseFile);

it('finds the case files', () => {
  expect(files.map((f) => basename(f.name))).toEqual(expect.arrayContaining(['tuning.jsonl', 'dev-sample.jsonl', 'holdout.jsonl', 'holdout-6.jsonl']));
});

describe.each(files.map((file) => ({ ...file, file: basename(file.name) })))('$file', ({ file, cases, heldOut }) => {
  const floor = FLOORS[file] ?? DEFAULT_FLOOR;
  it(`top-1 >= ${floor.top1} on errors, >= ${floor.rejected} of non-errors rejected${floor.top3 ? `, top-3 >= ${floor.top3}` : ''}`, () => {
    // The engine is prepared inside the test, so that mutation testing counts every case file as a
    // test of the preparation too (code run while a file loads is reached by no test of its own).
    const score = scoreCases(createLookup(index), cases);
    const misses = score.outcomes.filter((o) => !o.right || o.found === false);
    const detail = heldOut ? `${misses.length} misses (held out: not shown)` : misses.map((o) => `${o.case.expect ?? 'no match'} <- ${o.case.text.slice(0, 120)}`).join('\n');
    expect(score.positives).toBeGreaterThan(0);
    expect(score.negatives).toBeGreaterThan(0);
    expect(share(score.hits, score.positives), detail).toBeGreaterThanOrEqual(floor.top1);
    expect(share(score.rejected, score.negatives), detail).toBeGreaterThanOrEqual(floor.rejected);
    if (floor.top3 !== undefined) expect(share(score.top3, score.positives), detail).toBeGreaterThanOrEqual(floor.top3);
    if (floor.found !== undefined) expect(share(score.foundRight, score.foundCases + score.foundUnanswered), detail).toBeGreaterThanOrEqual(floor.found);
  });
});
