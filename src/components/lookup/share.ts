/** The text of a copied link, and the link: one encoding, so its size is what the cap counts. */

/** `q=…` as the browser writes it (URLSearchParams: UTF-8, percent-encoded, spaces as `+`). */
export const encodedQuery = (text: string) => new URLSearchParams({ q: text }).toString();

/**
 * The longest start of `text` whose encoded query is at most `max` characters, never cut inside a
 * surrogate pair. Counting encoded characters, not text characters: a Chinese character takes
 * nine (`%E4%B8%AD`), so a cap on characters let 3,000 of them make an 18,000-character link.
 */
export function capEncoded(text: string, max: number): string {
  // Each character encodes to one character or more: nothing beyond `max` can fit.
  let low = 0;
  let high = Math.min(text.length, max);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (encodedQuery(text.slice(0, mid)).length <= max) low = mid;
    else high = mid - 1;
  }
  const code = text.charCodeAt(low - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? low - 1 : low);
}
