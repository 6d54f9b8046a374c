import { ENTITY, ESCAPE, PERCENT } from '../text.ts';
import type { Span } from './span.ts';

/**
 * A secret can hide behind the escapes the box undoes anyway (`sk%2D…`, `\u0073k-…`, JSON inside a
 * JSON string, fullwidth `ｓｋ-…` from a CJK terminal, a zero-width mark copied from a chat app).
 * The text around such an escape is decoded, with a log of what each step replaced, and searched;
 * what is found is traced back through the logs, so that the secret is masked in the paste as written.
 */

type Step = [RegExp, (match: string, ...groups: string[]) => string];
/**
 * What one step replaced, four numbers a replacement: where it is in the step's output, where it
 * was in its input, and its two lengths. A replacement of one character by one keeps each
 * character's place; any other maps to the whole of what it replaced.
 */
type Log = number[];

/**
 * What can hide a secret from the search as written: a percent, `\u` or `\x` escape, an HTML
 * entity, a zero-width mark, a fullwidth letter or digit. (A JSON string's own `\"`, `\\` and `\n`
 * are read as written, and so are a CJK message's fullwidth punctuation and `：`.)
 */
const HIDING = /%[\da-fA-F]{2}|\\[ux]|&(?:quot|#34|apos|#39|amp|lt|gt);|\p{Cf}|[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu;
/** Escape layers undone, as in the lookup's own normalising (JSON in JSON in a log line...). */
const LAYERS = 4;
const FOLD: Step[] = [
  [/\p{Cf}/gu, () => ''],
  // Fullwidth ASCII from a letter or digit on, as NFKC folds it, one character for one; not a CJK
  // message's own fullwidth punctuation (`：`, `＝` after a name are read as written).
  [/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A][\uFF01-\uFF5E]*/g, (run) => run.normalize('NFKC')],
];
/**
 * The text this far on each side of what can hide a secret (more than a secret is long) is
 * decoded, in pieces of at most PIECE (and CONTEXT more, so that no secret is cut), each cut where
 * no escape is (after a blank, comma, semicolon or CJK or fullwidth character) if one is near.
 */
const CONTEXT = 1 << 11;
const PIECE = 1 << 16;
const CUT = /[\s,;\u3000-\uD7FF\uF900-\uFFFF]/;

/** The piece decoded, and the log of each step that changed something. */
function decode(piece: string): [string, Log[]] {
  const logs: Log[] = [];
  const apply = (text: string, [pattern, replace]: Step) => {
    const log: Log = [];
    let shift = 0;
    const out = text.replace(pattern, (match, ...rest) => {
      const at = rest[rest.length - 2] as unknown as number;
      const by = replace(match, ...rest);
      log.push(at + shift, at, by.length, match.length);
      shift += by.length - match.length;
      return by;
    });
    if (out !== text) logs.push(log);
    return out;
  };
  let text = apply(piece, ENTITY);
  // Stryker disable next-line StringLiteral: `before` only has to differ from the text on the first pass; a text equal to any other start value has no escape to undo
  for (let i = 0, before = ''; i < LAYERS && before !== text; i++) {
    before = text;
    text = apply(apply(text, ESCAPE), PERCENT);
  }
  return [FOLD.reduce(apply, text), logs];
}

/** Where decoded position `at` comes from in the piece; as an `end` (1): where the decoded characters before it end there. */
const source = (logs: Log[], at: number, end: 0 | 1) =>
  logs.reduceRight((at, log) => {
    // The last replacement starting at or before `at` (an end: before it).
    // Stryker disable next-line ArithmeticOperator: a larger bound only adds steps past the log's end, where `undefined < …` is false and the search goes left, so it stops at the same replacement
    let [lo, hi] = [0, log.length / 4];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (log[mid * 4] < at + 1 - end) lo = mid + 1;
      else hi = mid;
    }
    if (!lo) return at;
    const [out, from, outLength, inLength] = log.slice(lo * 4 - 4, lo * 4);
    const into = at - out;
    return into >= outLength + end ? from + inLength + into - outLength : outLength === inLength ? from + into : from + end * inLength;
  }, at);

/** The spans `find` reports in `text` from `start` to `end` decoded, as spans of `text`. */
function findIn(text: string, start: number, end: number, find: (decoded: string) => Span[], spans: Span[]): void {
  const cut = (i: number) => (i < end ? i + 1 + text.slice(i, i + 256).search(CUT) : end);
  for (let at = start, next: number; at < end; at = next) {
    next = cut(at + PIECE);
    const [decoded, logs] = decode(text.slice(at, cut(next + CONTEXT)));
    if (logs.length) for (const [s, e] of find(decoded)) spans.push([at + source(logs, s, 0), at + source(logs, e, 1)]);
  }
}

/** The spans `find` reports in the text around whatever can hide a secret, decoded, as spans of `text`. */
export function findDecoded(text: string, find: (decoded: string) => Span[]): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let end = 0;
  HIDING.lastIndex = 0;
  for (let m; (m = HIDING.exec(text)); ) {
    if (m.index - CONTEXT > end) {
      findIn(text, start, end, find, spans);
      start = m.index - CONTEXT;
    }
    // What can hide a secret up to CONTEXT further on is not looked for: the text is taken that much further instead.
    end = Math.min(text.length, m.index + 2 * CONTEXT);
    HIDING.lastIndex = m.index + CONTEXT;
  }
  findIn(text, start, end, find, spans);
  return spans;
}
