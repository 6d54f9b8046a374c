import { ENTITY, ESCAPE, PERCENT, replaceMapped } from '../text.ts';
import type { Span } from './span.ts';

/**
 * A secret can hide behind the escapes the box undoes anyway (`sk%2D…`, `\u0073k-…`, JSON inside a
 * JSON string, fullwidth `ｓｋ-…` from a CJK terminal, a zero-width mark copied from a chat app).
 * Such a piece of the paste is decoded with a map back to the paste, searched, and what is found
 * is masked in the paste as written.
 */

/** What the decoding could change: anything else is searched as written only. */
const DECODABLE = /[%\\&\u3000\uFF01-\uFF5E]|\p{Cf}/u;
/** Escape layers undone, as in the lookup's own normalising (JSON in JSON in a log line...). */
const LAYERS = 4;
/** Long lines are decoded in overlapping pieces, so no map grows with the paste. */
const PIECE = 1 << 16;
const OVERLAP = 1 << 11;

/** The piece decoded, and for each of its characters (and its end) where in the piece it starts. */
function decode(piece: string): [string, number[]] {
  let m: [string, number[]] = [piece, [...Array(piece.length + 1).keys()]];
  m = replaceMapped(m, ...ENTITY);
  for (let i = 0, before = ''; i < LAYERS && before !== m[0]; i++) [before, m] = [m[0], replaceMapped(replaceMapped(m, ...ESCAPE), ...PERCENT)];
  m = replaceMapped(m, /\p{Cf}/gu, () => '');
  return replaceMapped(m, /[\u3000\uFF01-\uFF5E]/g, (c) => c.normalize('NFKC'));
}

/** Where the decoded characters before `end` end in the piece: a decoded escape spans the whole escape. */
function pieceEnd(from: number[], end: number): number {
  let k = end;
  while (k < from.length - 1 && from[k] === from[end - 1]) k++;
  return from[k];
}

/** The spans `find` reports in the decoded text, as spans of `text`. */
export function findDecoded(text: string, find: (decoded: string) => Span[]): Span[] {
  const spans: Span[] = [];
  for (let line = 0; line < text.length; ) {
    const eol = text.indexOf('\n', line) + 1 || text.length;
    for (let at = line; at < eol; at += PIECE) {
      const piece = text.slice(at, Math.min(eol, at + PIECE + OVERLAP));
      if (!DECODABLE.test(piece)) continue;
      const [decoded, from] = decode(piece);
      if (decoded === piece) continue;
      for (const [start, end] of find(decoded)) spans.push([at + from[start], at + pieceEnd(from, end)]);
    }
    line = eol;
  }
  return spans;
}
