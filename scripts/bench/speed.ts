/** Time per paste at the real catalogue and at one 50 times larger. */
import { buildLookupIndex, createLookup, type LookupIndex } from '../../src/lib/lookup/index.ts';
import type { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { mark, ms, quantile } from './format.ts';
import { FACTOR, syntheticCatalogue } from './synthetic.ts';
import { TARGET } from './targets.ts';

interface Timing {
  prep: number;
  median: number;
  p95: number;
  max: number;
  n: number;
}

function timeLookups(index: LookupIndex, texts: string[], rounds: number): Timing {
  const t0 = performance.now();
  const lookup = createLookup(index);
  const prep = performance.now() - t0;
  for (const text of texts) lookup(text); // warm-up: compile, caches
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const start = performance.now();
      lookup(text);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { prep, median: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1]!, n: times.length };
}

const messages = (index: LookupIndex) => index.entries.reduce((n, e) => n + e.messages.length, 0);

function row(label: string, t: Timing, target: number): string {
  return `  ${label.padEnd(34)} median ${ms(t.median)}   p95 ${ms(t.p95)}   max ${ms(t.max)}   target p95 < ${target} ms  ${mark(t.p95 < target)}   (prep ${t.prep.toFixed(1)} ms, ${t.n} lookups)`;
}

export function speedSection(catalogue: ReturnType<typeof loadCatalogue>, texts: string[]): string[] {
  const index = buildLookupIndex(catalogue);
  const large = buildLookupIndex(syntheticCatalogue(catalogue));
  const real = timeLookups(index, texts, 5);
  const big = timeLookups(large, texts, 2);
  return [
    `Per paste, over the ${texts.length} case texts:`,
    row(`real (${index.entries.length} entries, ${messages(index)} messages)`, real, TARGET.p95Real),
    row(`${FACTOR}x (${large.entries.length} entries, ${messages(large)} messages)`, big, TARGET.p95Large),
  ];
}
