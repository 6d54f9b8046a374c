import { lower } from './text.ts';
import { CJK } from './tokens.ts';

/** A span of the original input. */
export interface Region {
  start: number;
  end: number;
}

/** Up to this size a paste is read whole. */
export const WHOLE = 20000;
const WINDOW = 1000;
const KEEP = 4;


/**
 * For a long log, the few lines (or windows of an over-long line) holding the most distinct telling
 * catalogue words: the error is found wherever it sits, rather than the text being cut at some length.
 * One linear scan.
 */
export function selectRegions(text: string, anchors: Set<string>): Region[] {
  if (text.length <= WHOLE) return [{ start: 0, end: text.length }];
  const low = lower(text);
  // Lines (and windows) come in order, so each is scored when the scan leaves it and only the best
  // few are kept: no per-line allocation on a log of a hundred thousand matching lines.
  const best: { region: Region; score: number }[] = [];
  let current: Region | null = null;
  let currentKey = -1;
  const words = new Set<string>();
  const flush = () => {
    if (!current || !words.size) return;
    best.push({ region: current, score: words.size });
    best.sort((a, b) => b.score - a.score || a.region.start - b.region.start);
    if (best.length > KEEP) best.pop();
    words.clear();
  };
  let lineStart = 0;
  let lineEnd = -1;
  const hit = (word: string, pos: number) => {
    if (!anchors.has(word)) return;
    if (pos > lineEnd) {
      lineStart = text.lastIndexOf('\n', pos) + 1;
      lineEnd = text.indexOf('\n', pos);
      if (lineEnd < 0) lineEnd = text.length;
    }
    const long = lineEnd - lineStart > 2 * WINDOW;
    const key = long ? lineStart + Math.floor((pos - lineStart) / WINDOW) * WINDOW : lineStart;
    if (key !== currentKey) {
      flush();
      currentKey = key;
      current = long
        ? { start: Math.max(lineStart, key - WINDOW / 2), end: Math.min(lineEnd, key + WINDOW + WINDOW / 2) }
        : { start: lineStart, end: lineEnd };
    }
    words.add(word);
  };
  // A character loop rather than a word regex: on megabytes of log it allocates only the words it
  // looks up, several times faster than matchAll.
  let wordStart = -1;
  for (let i = 0; i <= low.length; i++) {
    const c = i < low.length ? low.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0 && i - wordStart >= 2 && i - wordStart <= 40) hit(low.slice(wordStart, i), wordStart);
    wordStart = -1;
    if (c >= 0x3040 && CJK.test(low[i])) hit(low.slice(i, i + 2), i);
  }
  flush();
  return best.map((b) => b.region).sort((a, b) => a.start - b.start);
}
