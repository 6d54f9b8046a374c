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

/** Up to this size a paste is read whole, for its answer and for all its errors. */
export const WHOLE = 20000;
/** A longer line is read in windows of this size. */
const WINDOW = 4000;
/** Total weight of the distinct catalogue words from which a line may hold a documented error. */
const MIN_WEIGHT = 0.6;
/** Lines kept, at most; of them, the characters read one by one for all errors of a log. */
const MAX_LINES = 200_000;
const MAX_READ = 300_000;
/** In a long log, the lines read for its answer, and the context read around each. */
const KEEP = 6;
const AROUND = 500;
const WORDS = /[a-z\d_]{2,40}|[\u3400-\u9fff]{2}/gi;

export interface Scan {
  /** The lines that may hold a documented error, in order. */
  lines: Line[];
  /** The few holding the most telling words, the later on a tie: in a log the last error stopped the run. */
  telling: Line[];
}

/** The lines that may hold a documented error: those sharing enough telling words with the catalogue. One pass of one regular expression. */
export function scan(text: string, weights: Map<string, number>): Scan {
  const lines: Line[] = [];
  const telling: Line[] = [];
  // Catalogue word → the last piece (line or window) it was counted in: each counts once a piece.
  const counted = new Map<string, number>();
  let [start, number, end, weight, piece] = [0, 1, lineEnd(text, 0), 0, 0];
  let to = Math.min(end, WINDOW);
  const next = () => {
    if (weight >= MIN_WEIGHT) {
      const line = { start, end: to, number, weight };
      if (lines.length < MAX_LINES) lines.push(line);
      if (telling.length < KEEP || weight >= telling[KEEP - 1].weight) {
        telling.splice(KEEP - 1, 1, line);
        telling.sort((a, b) => b.weight - a.weight || b.start - a.start);
      }
    }
    if (to === end) [start, number, end] = [end + 1, number + 1, lineEnd(text, end + 1)];
    else start = to;
    [to, weight, piece] = [Math.min(end, start + WINDOW), 0, piece + 1];
  };
  WORDS.lastIndex = 0;
  for (let m; (m = WORDS.exec(text)); ) {
    while (m.index >= to) next();
    const word = m[0].toLowerCase();
    const w = weights.get(word);
    if (w !== undefined && counted.get(word) !== piece) counted.set(word, piece), (weight += w);
  }
  next();
  return { lines, telling };
}

const lineEnd = (text: string, from: number) => (text.indexOf('\n', from) + 1 || text.length + 1) - 1;

/**
 * What to read for a long log's answer: its most telling lines and its last line that may hold an
 * error (in a log, the last error stopped the run), each with the whole lines around it up to
 * AROUND characters, in text order, overlaps merged.
 */
export function selectRegions(text: string, { lines, telling }: Scan): Region[] {
  const regions: Region[] = [];
  for (const line of [...new Set([...telling, ...lines.slice(-1)])].sort((a, b) => a.start - b.start)) {
    const before = text.slice(Math.max(0, line.start - AROUND), line.start);
    const after = text.slice(line.end, line.end + AROUND);
    // Whole lines: a word cut in two would read as another.
    const start = line.start - before.length + (line.start - before.length > 0 ? before.indexOf('\n') + 1 : 0);
    const end = line.end + (line.end + after.length < text.length ? Math.max(0, after.lastIndexOf('\n')) : after.length);
    const last = regions.at(-1);
    if (last && last.end >= start) last.end = Math.max(last.end, end);
    else regions.push({ start, end });
  }
  return regions;
}

/** The lines to read for all errors of a long log: the first, up to MAX_READ characters. The others are only counted where they repeat a line read. */
export function readable(lines: Line[]): Line[] {
  let chars = 0;
  const n = lines.findIndex((line) => (chars += line.end - line.start + 1) > MAX_READ);
  return n < 0 ? lines : lines.slice(0, n);
}

/** Every line of a text, numbered from 1. */
export function allLines(text: string): Line[] {
  let start = 0;
  return text.split('\n').map((line, i) => ({ start, end: (start += line.length + 1) - 1, number: i + 1, weight: 0 }));
}
