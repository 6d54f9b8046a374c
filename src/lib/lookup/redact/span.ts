import { keyLike } from './values.ts';

/** Where a secret is: start and end in the text. */
export type Span = [start: number, end: number];

/** A terminal wraps a long key: the next line goes on with a piece of it (one that looks made) and nothing else before a space. */
const WRAPPED = /\r?\n([\w+/=-]{8,})(?=[\s"'`,;)\]}]|$)/y;
const MAX_WRAPS = 4;

/** The end of a secret ending a line, taken on over the pieces of it a terminal wrapped onto the next lines. */
export function unwrap(text: string, end: number): number {
  for (let i = 0; i < MAX_WRAPS; i++) {
    WRAPPED.lastIndex = end;
    const next = WRAPPED.exec(text);
    if (!next || !keyLike(next[1])) break;
    end = WRAPPED.lastIndex;
  }
  return end;
}

/** Overlapping or touching spans as one, in order. */
export function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > start) out.push([start, end]);
  }
  return out;
}
