/** Words of a text, as the matcher compares them, and what a word weighs before the catalogue is known. */

export interface Token {
  /** Lowercased word without apostrophes; for Chinese/Japanese/Korean text, a pair of characters. */
  w: string;
  start: number;
  end: number;
  /** A clause boundary (line break, quote, bracket, colon, tab, sentence end...) lies between it and the previous token. */
  cut: boolean;
  /** It is the first token of a line, or the first after a change between CJK and other scripts. */
  line: boolean;
  /** That line is only a change of script: prose in another language goes on around it. */
  script: boolean;
  /** An opening bracket or a dash between spaces lies between it and the previous token: an aside ("… usage limit (shared with PPT?)") ends what came before as a line break would. */
  aside: boolean;
  /**
   * Joined to a neighbouring word without a space (`api.kimi.com`, `kimi-for-coding`, `a/b.ts`):
   * part of a URL, path or identifier, not of a sentence.
   */
  glued: boolean;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
// One character of a script written without spaces, or a run of other letters and digits.
const WORD = new RegExp(`${CJK.source}|(?:(?!${CJK.source})[\\p{L}\\p{N}_])+(?:'\\p{L}+)*`, 'gu');
// Anything but spaces and the characters that glue parts of one name (a-b, a/b, a.b) separates
// clauses; so do tabs, which separate the fields of a log line.
const CUT = /[^ \-/.#@&+*~]|\.(?:\s|$)|\s-\s/;
// What opens an aside: a bracket, a dash between spaces.
const ASIDE = /\(|\s[-\u2013\u2014]+\s/;
// What joins the parts of one name, URL or path.
const GLUE = /^[-/.@\\#+~&%?]+$/;

/**
 * Splits into words. Chinese, Japanese and Korean text becomes overlapping character pairs
 * (该账号 → 该账, 账号), so a partial copy still shares words with the template.
 */
export function tokenize(text: string, limit = 8000): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index!;
    const gap = text.slice(prevEnd, start);
    const prev = out[out.length - 1];
    prevEnd = start + word.length;
    if (prev && !gap && CJK.test(word) && CJK.test(prev.w)) {
      if (prev.w.length < 2) [prev.w, prev.end] = [prev.w + word, prevEnd];
      else out.push({ ...prev, w: prev.w[1] + word, start: start - 1, end: prevEnd, cut: false, line: false, script: false, aside: false });
    } else {
      // Prose in another script around a quoted message (Chinese around English) ends it as a line break would.
      const script = !!prev && !gap.includes('\n') && CJK.test(prev.w) !== CJK.test(word);
      const line = !prev || gap.includes('\n') || script;
      const glued = !!prev && GLUE.test(gap);
      if (glued) prev.glued = true;
      if (out.push({ w: word.toLowerCase().replace(/'/g, ''), start, end: prevEnd, cut: line || CUT.test(gap), line, script, aside: ASIDE.test(gap), glued }) >= limit) break;
    }
  }
  return out;
}

// Words that say little about which error this is: function words, and the vocabulary every error
// message of every API shares. They still count, but a match built from them alone is weak.
const STOP = new Set(
  'a an the is are was were be been to of in on at for and or but by with as it its this that you your youre youve we our i my they there will would can could may should has have had do does did so if than then too very more most such only any all no from into out up about over please just also'.split(' '),
);
const COMMON = new Set(
  'error errors err failed failure invalid request requests response status code message type https api server client service not found method missing cannot unable try again later check timeout connection connect conn closed read url value field name model key user access denied permission limit exceeded exceeds rate bad gateway unavailable many current next get post exception time content text size index line tool call network host version token tokens unknown unexpected eof retry attempt sending deadline abort aborted refused reset peer tcp'.split(' '),
);

export const isNumber = (word: string) => /^\d+$/.test(word);

/** The weight of a word from its kind alone, before how rare it is in the catalogue is known. */
export function baseWeight(word: string): number {
  if (STOP.has(word) || word.length < 2) return 0.1;
  // Numbers, versions, hashes and ids, which placeholders usually stand for.
  if (/\d/.test(word)) return 0.3;
  return COMMON.has(word) ? 0.4 : 1;
}

/** Words long enough to be misspelt recognisably, without digits (ids and numbers are not misspelt, they differ). */
export const spellable = (word: string) => /^\D{4,32}$/.test(word);

/** Paste words worth checking for a misspelling: unknown, plain words (not function words, not ids). */
export const fuzzable = (word: string) => spellable(word) && baseWeight(word) === 1;
