/** Accuracy per case file against its targets, and how well the confidence of a match is calibrated. */
import { createLookup, type LookupIndex } from '../../src/lib/lookup/index.ts';
import type { CaseFile } from './cases.ts';
import { mark, pct } from './format.ts';
import { scoreCases, share, type Outcome, type Score } from './score.ts';
import { accuracyTarget } from './targets.ts';

const MISS_TEXT = 110;

function rateLine(label: string, n: number, of: number, target?: number): string {
  if (!of) return `  ${label.padEnd(26)}    n/a (no such cases)`;
  const rate = share(n, of);
  const goal = target === undefined ? '' : `   target >= ${pct(target)}  ${mark(rate >= target)}`;
  return `  ${label.padEnd(26)} ${pct(rate).padStart(6)} (${n}/${of})${goal}`;
}

function missLine(o: Outcome): string {
  const expected = o.case.found ? `found ${JSON.stringify(o.case.found)}` : `expected ${o.case.expect ?? 'no match'}`;
  return `    ${expected}, got ${o.got ?? 'no match'} (${o.confidence}): ${JSON.stringify(o.case.text).slice(0, MISS_TEXT)}`;
}

function fileLines(file: CaseFile, score: Score): string[] {
  const target = accuracyTarget(file.name);
  const out = [
    `${file.name}: ${score.cases} cases`,
    rateLine('top-1 on errors', score.hits, score.positives, target.top1),
    rateLine('non-errors rejected', score.rejected, score.negatives, target.rejected),
    rateLine('right entry in the top 3', score.top3, score.positives, target.top3),
  ];
  if (score.foundCases) out.push(rateLine("whole log's errors listed", score.foundRight, score.foundCases));
  if (score.foundUnanswered) out.push(`  whole log's errors listed  ${score.foundUnanswered} cases, not measured: the result has no \`found\` field`);
  const misses = score.outcomes.filter((o) => !o.right || o.found === false);
  if (!misses.length) return out;
  return [...out, file.heldOut ? `  ${misses.length} misses (held-out set: not listed)` : `  misses:\n${misses.map(missLine).join('\n')}`];
}

/** Matches reported, by confidence, and the share of them that were right. */
function calibration(outcomes: Outcome[]): string {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, right: 0 }));
  for (const o of outcomes) {
    if (o.got === null) continue;
    const bin = bins[Math.min(9, Math.floor(o.confidence * 10))]!;
    bin.n++;
    if (o.right) bin.right++;
  }
  return bins
    .map((b, i) => (b.n ? `${(i / 10).toFixed(1)}+: ${b.right}/${b.n}` : ''))
    .filter(Boolean)
    .join('   ');
}

export function accuracySection(files: CaseFile[], index: LookupIndex): string[] {
  const lookup = createLookup(index);
  const out: string[] = [];
  const outcomes: Outcome[] = [];
  for (const file of files) {
    const score = scoreCases(lookup, file.cases);
    outcomes.push(...score.outcomes);
    out.push(...fileLines(file, score));
  }
  return [...out, '', 'Calibration of the matches reported (all files): confidence → share right', `  ${calibration(outcomes)}`];
}
