/** Where a secret is: start and end in the text. */
export type Span = [start: number, end: number];

/** A terminal wraps a long key: the next line goes on with a piece of it and nothing else before a space. */
const WRAPPED = /\r?\n([\w+/=-]{8,})(?=[\s"'`,;)\]}]|$)/y;
const MAX_WRAPS = 4;

/** Such a piece looks generated, not like a word or a name: digits and letters, or a long mixed-case run. */
const keyLike = (piece: string) =>
  (/\d/.test(piece) && /[A-Za-z]/.test(piece)) || (piece.length >= 20 && /[a-z]/.test(piece) && /[A-Z]/.test(piece));

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

/** The span without the blank (and `\n` escapes) around it: a PEM body keeps its line breaks. */
export function trimmed(text: string, [start, end]: Span): Span {
  const escapedBreak = (i: number) => text[i] === '\\' && (text[i + 1] === 'n' || text[i + 1] === 'r');
  for (;;) {
    if (start < end && /\s/.test(text[start])) start++;
    else if (start + 1 < end && escapedBreak(start)) start += 2;
    else break;
  }
  for (;;) {
    if (end > start && /\s/.test(text[end - 1])) end--;
    else if (end - 1 > start && escapedBreak(end - 2)) end -= 2;
    else break;
  }
  return [start, end];
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
