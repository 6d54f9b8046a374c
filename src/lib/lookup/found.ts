import { matches, rank, read, score, shortlist } from './candidates.ts';
import type { Prepared, PreparedMessage } from './prepare.ts';
import type { Line } from './scan.ts';
import type { LookupFound } from './types.ts';

/** Lines read one by one, at most: a 5 MB log is answered in bounded time, its counts exact up to this many distinct lines. */
const MAX_READ = 1000;

/** A documented error on a line: its message, which of its words, where on the line. */
interface Hit {
  message: PreparedMessage;
  firstI: number;
  lastI: number;
  start: number;
  end: number;
}

const NO_WORD = /^\W*$/;

/**
 * Every documented error the lines hold that counts as a match, in order of first appearance, with
 * how often and on which lines. Each line is read on its own; a line seen before, digits aside (a
 * retry with another timestamp), is not read again unless what it holds depends on its
 * surroundings. A message a terminal wrapped onto the next line is one error, not two.
 */
export function findAll(prep: Prepared, input: string, lines: Line[], statuses: number[]): LookupFound[] {
  const known = new Map<string, Hit[]>();
  const found = new Map<string, LookupFound>();
  let reads = 0;
  let previous: (Hit & { line: Line }) | undefined;
  for (const line of lines) {
    const key = input.slice(line.start, line.end).replace(/\d/g, '0');
    let hits = known.get(key);
    if (!hits) {
      if (reads++ >= MAX_READ) continue;
      const reading = read(prep, input, [line]);
      const candidates = score(prep, reading, shortlist(prep, reading.paste), statuses);
      const { ranked, confidence } = rank(candidates);
      hits = matches(ranked, confidence)
        .map(({ message, alignment, excerpt }) => ({ message, firstI: alignment.firstI, lastI: alignment.lastI, start: excerpt.start - line.start, end: excerpt.end - line.start }))
        .sort((a, b) => a.start - b.start);
      if (!candidates.some((c) => c.borrowed)) known.set(key, hits);
    }
    for (const hit of hits) {
      const wrapped =
        previous?.message === hit.message &&
        previous.line.number === line.number - 1 &&
        previous.lastI < hit.firstI &&
        NO_WORD.test(input.slice(previous.line.start + previous.end, previous.line.end)) &&
        NO_WORD.test(input.slice(line.start, line.start + hit.start));
      previous = { ...hit, line };
      const slug = prep.entries[hit.message.entry].slug;
      const entry = found.get(slug) ?? found.set(slug, { slug, count: 0, firstLine: line.number, lastLine: line.number }).get(slug)!;
      if (!wrapped) entry.count++;
      entry.lastLine = line.number;
    }
  }
  return [...found.values()];
}
