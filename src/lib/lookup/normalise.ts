import { CLEAN, ENTITY, ESCAPE, PERCENT, replaceMapped } from './text.ts';

/** A paste taken out of its wrappers: what the matcher reads. */
interface Normalised {
  /**
   * The whole paste with HTML entities, JSON, Python and URL escapes undone (as many layers as it has,
   * up to a few), cleaned, NFKC-folded. Stack frames, paths, URLs and headers stay: their words
   * are glued into names (`api.kimi.com`, `OpenAI.makeStatusError`), which never count as a
   * message's words, and they sit on lines of their own, which a match does not cross for free.
   */
  text: string;
  /** For each character of `text`, and its end, the index in the raw text (or to what `map` maps it) it comes from. */
  from: number[];
  /** The HTTP status the paste states first, if any. */
  status: number | null;
  /** Every status it states: a paste can hold several errors. */
  statuses: number[];
}

// After "status", "code" (status_code, statusCode), "HTTP", "Error"...; at the start of a line; alone in brackets.
const STATUS =
  /(?:error|status|code|http(?:\/\d(?:\.\d)?)?|failed|returned)[^\w\n]{0,6}([45]\d\d)(?![\w.])|^[^\w\n]{0,4}([45]\d\d) +[A-Za-z]|\(([45]\d\d)\)/gim;
const MAX_STATUSES = 16;
const LAYERS = 4;

export function normalise(raw: string, map = [...Array(raw.length + 1).keys()]): Normalised {
  let m = replaceMapped([raw, map], ...ENTITY);
  // Form encoding writes spaces as `+`: in a query string's values, and anywhere in a paste with
  // percent-escapes, which has its own `+` as `%2B`. (A lookbehind for the query value would be
  // quadratic on a long run of `a+a+…`; the value is matched forward instead.)
  m = /%[\da-f]{2}/i.test(raw)
    ? replaceMapped(m, /(?<=\S)\+(?=\S)/g, () => ' ')
    : replaceMapped(m, /[?&]\w+=[^\s&#]*/g, (value) => value.replaceAll('+', ' '));
  // Stryker disable next-line StringLiteral: the start value only has to differ from the text, and a text equal to another one (`Stryker was here!`) has nothing to decode either.
  for (let i = 0, before = ''; i < LAYERS && before !== m[0]; i++) [before, m] = [m[0], replaceMapped(replaceMapped(m, ...ESCAPE), ...PERCENT)];
  for (const step of CLEAN) m = replaceMapped(m, ...step);
  // NFKC character by character, so that each keeps its place in the map.
  const [text, from] = replaceMapped(m, /[^\0-\x7f]/g, (c) => c.normalize('NFKC'));
  const statuses = findStatuses(text);
  return { text, from, status: statuses[0] ?? null, statuses };
}

/** Every status the text states, in order. */
export const findStatuses = (text: string) => [...text.matchAll(STATUS)].slice(0, MAX_STATUSES).map((m) => Number(m[1] ?? m[2] ?? m[3]));
