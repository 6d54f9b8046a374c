import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { buildLookupIndex, createLookup } from '../../src/lib/lookup/index.ts';

/**
 * Accuracy floors on the case files. tuning.jsonl and dev-sample.jsonl were used while building
 * the engine; the holdout files were written by people who never saw it, and their lines are never
 * printed, so that a new held-out set stays a fair test until someone chooses to read its misses.
 */
const FILES = [
  { file: 'tests/lookup-cases/tuning.jsonl', top1: 0.98, rejected: 0.95, found: 1, showMisses: true },
  { file: 'tests/lookup-cases/dev-sample.jsonl', top1: 0.98, rejected: 0.95, showMisses: true },
  { file: 'tests/lookup-cases/holdout.jsonl', top1: 0.98, rejected: 0.95, showMisses: false },
  { file: 'tests/lookup-cases/holdout-2.jsonl', top1: 0.98, rejected: 0.95, showMisses: false },
  { file: 'tests/lookup-cases/holdout-3.jsonl', top1: 0.98, rejected: 0.95, showMisses: false },
  { file: 'tests/lookup-cases/holdout-4.jsonl', top1: 0.98, rejected: 0.95, showMisses: false },
  { file: 'tests/lookup-cases/holdout-5.jsonl', top1: 0.98, rejected: 0.95, showMisses: false },
  { file: 'tests/lookup-cases/holdout-6.jsonl', top1: 0.98, rejected: 0.95, showMisses: false },
  { file: 'tests/lookup-cases/holdout-7.jsonl', top1: 0.98, rejected: 0.95, found: 1, showMisses: false },
  // Measured once at 98.6% / 96.7% (found lists 14/18) and 100% / 92.9% (2/2), then tuned on.
  { file: 'tests/lookup-cases/holdout-8.jsonl', top1: 1, rejected: 1, found: 1, showMisses: false },
  { file: 'tests/lookup-cases/holdout-zh.jsonl', top1: 0.98, rejected: 0.95, showMisses: false },
  { file: 'tests/lookup-cases/holdout-zh-2.jsonl', top1: 1, rejected: 1, found: 1, showMisses: false },
];

const lookup = createLookup(buildLookupIndex(loadCatalogue()));

function measure(file: string) {
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; expect: string | null; found?: string[] });
  const positives = cases.filter((c) => c.expect);
  const negatives = cases.filter((c) => !c.expect);
  const misses = cases.filter((c) => (lookup(c.text).match?.slug ?? null) !== c.expect);
  const missed = (list: typeof cases) => list.filter((c) => misses.includes(c)).length;
  // Whole logs: every documented error, in order of first appearance.
  const logs = cases.filter((c) => c.found);
  const listed = logs.filter((c) => JSON.stringify(lookup(c.text).found.map((f) => f.slug)) === JSON.stringify(c.found));
  return {
    positives: positives.length,
    negatives: negatives.length,
    top1: 1 - missed(positives) / Math.max(positives.length, 1),
    rejected: 1 - missed(negatives) / Math.max(negatives.length, 1),
    found: listed.length / Math.max(logs.length, 1),
    misses: [...misses, ...logs.filter((c) => !listed.includes(c))],
  };
}

describe.each(FILES)('$file', ({ file, top1, rejected, found = 0, showMisses }) => {
  it(`top-1 >= ${top1} on errors, >= ${rejected} of non-errors rejected, >= ${found} of whole logs' lists of errors exact`, () => {
    const m = measure(file);
    const detail = showMisses ? m.misses.map((c) => `${c.expect ?? 'no match'} <- ${c.text.slice(0, 120)}`).join('\n') : '(held out: not shown)';
    expect(m.positives).toBeGreaterThan(0);
    expect(m.negatives).toBeGreaterThan(0);
    expect(m.top1, detail).toBeGreaterThanOrEqual(top1);
    expect(m.rejected, detail).toBeGreaterThanOrEqual(rejected);
    expect(m.found, detail).toBeGreaterThanOrEqual(found);
  });
});
