/** One linear pass over the input that finds the lines worth reading: any size is answered in bounded time. */

/** A span of the input. */
export interface Region {
  start: number;
  end: number;
}

/** A line of the input (or a window of a very long one) holding telling catalogue words; `number` is 1-based. */
export interface Line extends Region {
  number: number;
  weight: number;
}

/** Up to this size a paste is read whole for its answer. */
const WHOLE = 20000;
/** A longer line is read in windows of this size. */
export const WINDOW = 4000;
/** Total weight of the distinct catalogue words from which a line may hold a documented error. */
const MIN_WEIGHT = 0.6;
/** Lines kept for reading, at most. */
const MAX_LINES = 5000;
/** In a long log, the lines read for its answer, and the context read around each. */
const KEEP = 6;
const AROUND = 500;
const WORDS = /[a-z\d_]{2,40}|[\u3400-\u9fff]{2}/g;

export interface Scan {
  /** The lines that may hold a documented error, in order (at most MAX_LINES). */
  lines: Line[];
  /** The few holding the most telling words, the later on a tie: in a log the last error stopped the run. */
  telling: Line[];
}

/** The lines that may hold a documented error: those sharing enough telling words with the catalogue. */
export function scan(text: string, weights: Map<string, number>): Scan {
  const lines: Line[] = [];
  const telling: Line[] = [];
  for (let start = 0, number = 1; start <= text.length; number++) {
    const end = (text.indexOf('\n', start) + 1 || text.length + 1) - 1;
    for (let at = start; at < end; at += WINDOW) {
      const to = Math.min(end, at + WINDOW);
      let weight = 0;
      for (const word of new Set(text.slice(at, to).toLowerCase().match(WORDS))) weight += weights.get(word) ?? 0;
      if (weight < MIN_WEIGHT) continue;
      const line = { start: at, end: to, number, weight };
      if (lines.length < MAX_LINES) lines.push(line);
      if (telling.length < KEEP || weight >= telling[KEEP - 1].weight) {
        telling.splice(KEEP - 1, 1, line);
        telling.sort((a, b) => b.weight - a.weight || b.start - a.start);
      }
    }
    start = end + 1;
  }
  return { lines, telling };
}

/** What to read for the paste's answer: the whole paste, or in a long log its most telling lines with some context each, in text order, overlaps merged. */
export function selectRegions(text: string, { telling }: Scan): Region[] {
  if (text.length <= WHOLE) return [{ start: 0, end: text.length }];
  const regions: Region[] = [];
  for (const line of [...telling].sort((a, b) => a.start - b.start)) {
    const [start, end] = [Math.max(0, line.start - AROUND), Math.min(text.length, line.end + AROUND)];
    const last = regions.at(-1);
    if (last && last.end >= start) last.end = Math.max(last.end, end);
    else regions.push({ start, end });
  }
  return regions;
}
