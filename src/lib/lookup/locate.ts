import type { Region } from './regions.ts';
import { lower } from './text.ts';

/** Farthest apart two consecutive matched words may be in the original. */
const REACH = 400;

/**
 * Finds the matched span in the original input from the matched words as the paste spelt them:
 * the normalised text has other offsets, so the span is searched, not mapped. Starts at the
 * weightiest word, then walks outward word by word. Null when that word does not appear verbatim
 * (escaped or fullwidth in the original).
 */
export function locate(original: string, regions: Region[], spelt: string[], anchor: number): { start: number; end: number } | null {
  const words = spelt.map(lower);
  for (const r of regions) {
    const hay = lower(original.slice(r.start, Math.min(r.end, original.length)));
    const a = hay.indexOf(words[anchor]);
    if (a < 0) continue;
    let start = a;
    for (let k = anchor - 1; k >= 0; k--) {
      const at = hay.lastIndexOf(words[k], start - 1);
      if (at < 0 || start - at > REACH) break;
      start = at;
    }
    let end = a + words[anchor].length;
    for (let k = anchor + 1; k < words.length; k++) {
      const at = hay.indexOf(words[k], end);
      if (at < 0 || at - end > REACH) break;
      end = at + words[k].length;
    }
    return { start: r.start + start, end: r.start + end };
  }
  return null;
}
