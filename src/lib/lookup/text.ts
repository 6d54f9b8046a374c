/**
 * Character-level clean-up shared by the paste and the templates, so both sides compare alike.
 * Every pattern here matches a bounded number of characters: linear on any input.
 */

type Replacer = (match: string, ...groups: string[]) => string;

/**
 * The clean-up, in order: UTF-8 bytes shown as Latin-1 ("å\x9b\xa0" for 因: a lead byte and
 * exactly its continuation bytes) decoded again; control characters and lone surrogates become
 * spaces; zero-width and bidi marks (copied from chat apps, RTL terminals), which hide inside
 * words, go; typographic quotes are straightened.
 */
export const CLEAN: [RegExp, Replacer][] = [
  [/[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/g, (run) => new TextDecoder().decode(Uint8Array.from(run, (c) => c.charCodeAt(0)))],
  [/\p{Cs}|[^\P{Cc}\n\t]/gu, () => ' '],
  [/\p{Cf}/gu, () => ''],
  [/[\u2018-\u201F\u2032\u2033\u00AB\u00BB\u00B4]/g, (q) => (/[\u2018-\u201B\u2032\u00B4]/.test(q) ? "'" : '"')],
];

/** The clean-up, then NFKC, which also folds fullwidth letters and punctuation (common in CJK terminals) to ASCII. */
export const clean = (text: string) => CLEAN.reduce((t, [pattern, replace]) => t.replace(pattern, replace), text).normalize('NFKC');

/** A text, and for each of its characters (and its end) the index in the original text it comes from. */
type Mapped = [text: string, from: number[]];

/** `text.replace(pattern, replace)` that keeps the map to the original: a replacement maps to the start of what it replaced. */
export function replaceMapped([text, from]: Mapped, pattern: RegExp, replace: Replacer): Mapped {
  const out: number[] = [];
  let next = 0;
  const result = text.replace(pattern, (match, ...rest) => {
    const at = rest[rest.length - 2] as number;
    const by = replace(match, ...rest);
    while (next < at) out.push(from[next++]);
    // A same-length replacement keeps each character's place; otherwise all map to the match's start.
    for (let i = 0; i < by.length; i++) out.push(from[by.length === match.length ? at + i : at]);
    next = at + match.length;
    return by;
  });
  while (next <= text.length) out.push(from[next++]);
  return [result, out];
}

/**
 * Percent-escapes (query strings, redirect logs, address bars): a run of them that is valid UTF-8
 * (`%E5%9B%A0` for 因); anything else stays as it is.
 */
export const PERCENT: [RegExp, Replacer] = [
  /(?:%[\da-f]{2})+/gi,
  (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  },
];

/** A paste copied out of a web page's source has its quotes as `&quot;`. */
export const ENTITY: [RegExp, Replacer] = [
  /&(?:(quot|#34)|(apos|#39)|(amp)|(lt)|gt);/g,
  (_, q, a, amp, lt) => (q ? '"' : a ? "'" : amp ? '&' : lt ? '<' : '>'),
];

/**
 * One JSON or Python escape: `\uXXXX`, `\xXX`, or a backslash before one character, which a
 * backslash before an ordinary letter is not (a Windows path).
 */
export const ESCAPE: [RegExp, Replacer] = [
  /\\(?:u([\da-fA-F]{4})|x([\da-fA-F]{2})|([\\"'/`nrt]))/g,
  (_, u, x, c) => (u || x ? String.fromCharCode(parseInt(u || x, 16)) : c === 't' ? '\t' : c === 'n' || c === 'r' ? '\n' : c),
];

/**
 * An HTML error page (a gateway's `<title>504 Gateway Time-out</title>`) is markup around a line or
 * two of text. Each tag becomes a line break padded to the tag's length: the words keep their
 * places, and a tag's name is no word of the message.
 */
export const unmarkup = (text: string) => text.replace(/<[/!]?[a-z][a-z\d]{0,10}(?:\s[^<>]{0,300})?\/?>/gi, (tag) => '\n'.padEnd(tag.length));
