/** Words of a text, as the matcher compares them, and what a word weighs before the catalogue is known. */

export interface Token {
  /** Lowercased word without apostrophes; for Chinese/Japanese/Korean text, a pair of characters. */
  w: string;
  start: number;
  end: number;
  /** A clause boundary (line break, quote, bracket, colon, sentence end...) lies between it and the previous token. */
  cut: boolean;
  /** It is the first token of a line. */
  line: boolean;
}

const WORD = /[\p{L}\p{N}_]+(?:'\p{L}+)*/gu;
export const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
// Anything but spaces and the characters that glue parts of one name (a-b, a/b, a.b) separates clauses.
const CUT = /[^ \t\-/.#@&+*~]|\.(?:\s|$)|\s-\s/;
/** Longer runs are hashes, base64 or garbage, never part of a server message. */
const MAX_WORD = 40;

/** Splits into words; scripts without spaces become overlapping character pairs, so a partial copy still shares words. */
export function tokenize(text: string, limit = 8000): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index!;
    const gap = text.slice(prevEnd, start);
    const line = out.length === 0 || gap.includes('\n');
    const cut = line || CUT.test(gap);
    prevEnd = start + word.length;
    if (word.length > MAX_WORD && !CJK.test(word[0])) continue;
    const first = out.length;
    if (CJK.test(word)) splitCjk(word, start, out);
    else out.push({ w: word.toLowerCase().replace(/'/g, ''), start, end: prevEnd, cut: false, line: false });
    if (out.length > first) Object.assign(out[first], { cut, line });
    if (out.length >= limit) break;
  }
  return out;
}

function splitCjk(word: string, offset: number, out: Token[]) {
  let i = 0;
  while (i < word.length) {
    const cjk = CJK.test(word[i]);
    let j = i + 1;
    while (j < word.length && CJK.test(word[j]) === cjk) j++;
    if (!cjk) out.push({ w: word.slice(i, j).toLowerCase().replace(/'/g, ''), start: offset + i, end: offset + j, cut: false, line: false });
    else if (j - i === 1) out.push({ w: word[i], start: offset + i, end: offset + j, cut: false, line: false });
    else for (let k = i; k + 1 < j && k - i < MAX_WORD; k++) out.push({ w: word.slice(k, k + 2), start: offset + k, end: offset + k + 2, cut: false, line: false });
    i = j;
  }
}

// Words that say little about which error this is: function words, and the vocabulary every error
// message of every API shares. They still count, but a match built from them alone is weak.
const STOP = new Set(
  'a an the is are was were be been to of in on at for and or but by with as it its this that you your youre youve we our i my they there will would can could may should has have had do does did so if than any all no from into out up about please just also'.split(' '),
);
const COMMON = new Set(
  'error errors err failed failure invalid request requests response status code message type http https www com api server client service not found method missing cannot unable try again later check timeout connection connect conn closed read file path url value field name model key user access denied permission limit exceeded exceeds rate bad gateway get post null none true false undefined exception info level msg time data json content text size index line tool call network host port version token tokens unknown unexpected eof retry attempt deadline abort aborted refused reset peer dial tcp localhost'.split(' '),
);

/** The weight of a word from its kind alone, before how rare it is in the catalogue is known. */
export function baseWeight(word: string): number {
  if (STOP.has(word)) return 0.1;
  if (word.length === 1) return 0.1;
  if (/\d/.test(word) && !CJK.test(word)) return 0.3;
  if (COMMON.has(word)) return 0.4;
  return 1;
}

/** Words long enough to be misspelt recognisably, without digits (ids and numbers are not misspelt, they differ). */
export function spellable(word: string): boolean {
  return word.length >= 4 && word.length <= 32 && !/\d/.test(word) && !CJK.test(word);
}

/** Paste words worth checking for a misspelling: unknown, plain words (not function words, not ids). */
export function fuzzable(word: string): boolean {
  return spellable(word) && baseWeight(word) === 1;
}

export function isNumber(word: string): boolean {
  return /^\d+$/.test(word);
}
