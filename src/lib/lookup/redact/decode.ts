import { ENTITY, ESCAPE, PERCENT, replaceMapped } from '../text.ts';
import type { Span } from './span.ts';

/**
 * A secret can hide behind the escapes the box undoes anyway (`sk%2D…`, `\u0073k-…`, JSON inside a
 * JSON string, fullwidth `ｓｋ-…` from a CJK terminal, a zero-width mark copied from a chat app).
 * Such a piece of the paste is decoded and searched; only where something is found is it decoded
 * again with a map back to the paste, so that the secret is masked in the paste as written.
 */

type Step = [RegExp, (match: string, ...groups: string[]) => string];
type Mapped = [string, number[]];

/**
 * What can hide a secret from the search as written: a percent, `\u` or `\x` escape, an HTML
 * entity, a zero-width mark, a fullwidth letter or digit, or a fullwidth `：`/`＝` after a name.
 * (A JSON string's own `\"`, `\\` and `\n` are read as written, and so is a CJK message's
 * fullwidth punctuation.) A piece without any of these is not decoded.
 */
const HIDING = /%[\da-fA-F]{2}|\\[ux]|&(?:quot|#34|apos|#39|amp|lt|gt);|\p{Cf}|[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]|\w[\uFF1A\uFF1D]/gu;
/** Escape layers undone, as in the lookup's own normalising (JSON in JSON in a log line...). */
const LAYERS = 4;
const FOLD: Step[] = [
  [/\p{Cf}/gu, () => ''],
  // Fullwidth ASCII, as NFKC folds it (without NFKC's cost on every character of a CJK paste).
  [/[\u3000\uFF01-\uFF5E]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))],
];
/**
 * Only the text around what can hide a secret is decoded: this far on each side, more than a
 * secret is long. A long stretch of it is decoded in overlapping pieces, so no map grows with it.
 */
const CONTEXT = 1 << 11;
const PIECE = 1 << 16;
const BLOCK = 1 << 10;
/** A secret at least this long, found written out, is masked where it is written in its blocks. */
const LITERAL = 8;
/** Blocks longer than this (a run that could not be cut) are mapped rather than searched once per secret. */
const MAX_LITERAL_BLOCK = 8 * BLOCK;

function decode<T>(start: T, apply: (value: T, step: Step) => T, text: (value: T) => string): T {
  let value = apply(start, ENTITY);
  for (let i = 0, before = ''; i < LAYERS && before !== text(value); i++) {
    before = text(value);
    value = apply(apply(value, ESCAPE), PERCENT);
  }
  return FOLD.reduce(apply, value);
}

/** The fold of FOLD without a call per character, which a CJK paste's fullwidth punctuation would cost. */
function fold(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3000 || (c >= 0xff01 && c <= 0xff5e)) {
      out += text.slice(last, i) + String.fromCharCode(c === 0x3000 ? 0x20 : c - 0xfee0);
      last = i + 1;
    }
  }
  return last ? out + text.slice(last) : text;
}

const decodeText = (piece: string) =>
  decode(piece, (text, [pattern, replace]) => (pattern === FOLD[1][0] ? fold(text) : text.replace(pattern, replace)), (text) => text);
const decodeMapped = (piece: string) =>
  decode<Mapped>(
    [piece, [...Array(piece.length + 1).keys()]],
    // A step that changes nothing keeps the map as it is (copying it is most of the cost).
    (m, [pattern, replace]) => (m[0].search(pattern) < 0 ? m : replaceMapped(m, pattern, replace)),
    ([text]) => text,
  );

/** Where the decoded characters before `end` end in the piece: a decoded escape spans the whole escape. */
function pieceEnd(from: number[], end: number): number {
  let k = end;
  while (k < from.length - 1 && from[k] === from[end - 1]) k++;
  return from[k];
}

interface Block {
  /** Where it starts and ends in the piece. */
  start: number;
  end: number;
  /** Where its decoding starts and ends in the decoded piece. */
  from: number;
  to: number;
}

/** Where a block may end: after a blank, comma, semicolon or CJK or fullwidth character, which no escape holds. */
const CUT = /[\s,;\u3000-\uD7FF\uF900-\uFFFF]/g;

/** The piece cut every BLOCK characters or so where it may be cut. */
function blocks(piece: string): Block[] {
  const out: Block[] = [];
  for (let start = 0, from = 0; start < piece.length; ) {
    CUT.lastIndex = start + BLOCK;
    const end = (CUT.exec(piece)?.index ?? piece.length - 1) + 1;
    const to = from + decodeText(piece.slice(start, end)).length;
    out.push({ start, end, from, to });
    [start, from] = [end, to];
  }
  return out;
}

/** Where `part` is written in `text`, each time. */
function places(text: string, part: string): number[] {
  const out = [];
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) out.push(i);
  return out;
}

/**
 * The spans `find` reports in a piece decoded, as spans of `text` (the piece starts at `at`). The
 * piece is decoded and searched without a map. Where something is found, the piece is cut into
 * blocks where no escape is cut, so that the blocks decode to the decoded piece. A
 * secret written out in its blocks as often as it is in their decoding was not escaped itself
 * (the escapes were around it): it is masked where it is written. For any other, its blocks are
 * decoded again with the map.
 */
function findInPiece(piece: string, at: number, find: (decoded: string) => Span[], spans: Span[]): void {
  const decoded = decodeText(piece);
  const found = decoded === piece ? [] : find(decoded);
  const cut = found.length ? blocks(piece) : [];
  let mapped: { first: Block; last: Block; from: number[] } | undefined;
  for (const [start, end] of found) {
    const first = cut.findLast((b) => b.from <= start)!;
    const last = cut.findLast((b) => b.from < end)!;
    const raw = piece.slice(first.start, last.end);
    const offset = at + first.start;
    const secret = decoded.slice(start, end);
    const written = raw.length > MAX_LITERAL_BLOCK ? [] : places(raw, secret);
    if (secret.length >= LITERAL && written.length && written.length === places(decoded.slice(first.from, last.to), secret).length) {
      for (const i of written) spans.push([offset + i, offset + i + secret.length]);
      continue;
    }
    if (mapped?.first !== first || mapped.last !== last) mapped = { first, last, from: decodeMapped(raw)[1] };
    const { from } = mapped;
    spans.push([offset + from[start - first.from], offset + pieceEnd(from, end - first.from)]);
  }
}

/** The spans `find` reports in the text around whatever can hide a secret, decoded, as spans of `text`. */
export function findDecoded(text: string, find: (decoded: string) => Span[]): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let end = -1;
  const search = () => {
    for (let at = start; at < end; at += PIECE) findInPiece(text.slice(at, Math.min(end, at + PIECE + CONTEXT)), at, find, spans);
  };
  for (const { index } of text.matchAll(HIDING)) {
    if (index - CONTEXT > end) {
      search();
      start = Math.max(0, index - CONTEXT);
    }
    end = Math.min(text.length, index + CONTEXT);
  }
  search();
  return spans;
}
