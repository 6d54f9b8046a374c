
/** A span of the original input. */
interface Region {
  start: number;
  end: number;
}

/** Up to this size a paste is read whole. */
const WHOLE = 20000;
const WINDOW = 1000;
const KEEP = 4;
/** Weight from which a catalogue word tells where an error is. */
const ANCHOR = 0.5;
const WORDS = /[a-z\d_]{2,40}|[\u3400-\u9fff]{2}/g;

/**
 * For a long log, the few windows holding the most distinct telling catalogue words, each with
 * half a window of context on either side: the error is found wherever it sits, rather than the
 * text being cut at some length. One linear scan.
 */
export function selectRegions(text: string, weights: Map<string, number>): Region[] {
  if (text.length <= WHOLE) return [{ start: 0, end: text.length }];
  const best: (Region & { score: number })[] = [];
  for (let at = 0; at < text.length; at += WINDOW) {
    const score = new Set(text.slice(at, at + WINDOW).toLowerCase().match(WORDS)?.filter((w) => weights.get(w)! >= ANCHOR)).size;
    if (score > (best[KEEP - 1]?.score ?? 0)) {
      best[Math.min(best.length, KEEP - 1)] = { score, start: Math.max(0, at - WINDOW / 2), end: Math.min(text.length, at + WINDOW * 1.5) };
      best.sort((a, b) => b.score - a.score);
    }
  }
  // In text order, overlapping windows merged: a position of the input is read once.
  const regions: Region[] = [];
  for (const { start, end } of best.sort((a, b) => a.start - b.start)) {
    const last = regions[regions.length - 1];
    if (last && last.end >= start) last.end = end;
    else regions.push({ start, end });
  }
  return regions;
}
