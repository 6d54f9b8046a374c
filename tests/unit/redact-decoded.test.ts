import { describe, expect, it } from 'vitest';
import { findDecoded } from '../../src/lib/lookup/redact/decode.ts';
import { findShapes } from '../../src/lib/lookup/redact/shapes.ts';

/** The parts of `text` that the shape search finds once the text around an escape is decoded, as written in `text`. */
const foundDecoded = (text: string) => findDecoded(text, findShapes).map(([start, end]) => text.slice(start, end));

/** `-` percent-escaped `layers` times over: `%2D`, `%252D`, `%25252D`... */
const dash = (layers: number) => `%${'25'.repeat(layers - 1)}2D`;

describe('escape layers undone before the search', () => {
  it('finds a key whose dash is escaped four times over, as the lookup undoes four layers', () => {
    expect(foundDecoded(`key sk${dash(4)}abcdefgh12`)).toEqual([`sk${dash(4)}abcdefgh12`]);
  });

  it('stops at four layers: a fifth is left escaped and nothing is found', () => {
    // The lookup's own normalising undoes four layers too; a fifth is no text it would read as a key.
    expect(foundDecoded(`key sk${dash(5)}abcdefgh12`)).toEqual([]);
  });
});

describe('a secret ending in an escape is masked up to the end of that escape', () => {
  it('takes in the whole of a one-character escape ending the key', () => {
    // `%32` is the key's last `2`: the mask must cover all three characters, not stop inside the escape.
    expect(foundDecoded('key sk-abcdefgh1%32 next')).toEqual(['sk-abcdefgh1%32']);
  });

  it('takes in the whole of a run of escapes when the key ends inside it', () => {
    // `%31%32%20` decodes at once to `12 `; the key ends inside that run, so the mask runs to the run's end.
    expect(foundDecoded('key sk-abcdefgh%31%32%20next')).toEqual(['sk-abcdefgh%31%32%20']);
  });
});

describe('only the text near an escape is decoded', () => {
  it('does not search text far after the last escape', () => {
    // The plain search has already looked there; decoding it again would only cost time.
    expect(foundDecoded(`%41 ${'word '.repeat(1000)}key sk-abcdefgh12`)).toEqual([]);
  });

  it('keeps one stretch when the next escape is exactly as far as the first one reaches, so a key across the join is whole', () => {
    const context = 2048;
    // The first escape's stretch ends 2 * context after it; the second escape, context further on, starts its own
    // stretch exactly there. A key lying across that point is only found whole if the two stay one stretch.
    const key = 'sk-abcdefgh12';
    const keyAt = 2 * context - 6;
    const head = `%41${'x'.repeat(keyAt - 'key '.length - 3 - 1)} key `;
    const middle = `${head}${key} `;
    const text = `${middle}${'y'.repeat(3 * context - middle.length)}%42 tail`;
    expect(text.indexOf(key)).toBe(keyAt);
    expect(text.indexOf('%42')).toBe(3 * context);
    expect(foundDecoded(text)).toEqual([key]);
  });
});

/** Plain text of `length` characters, words between blanks and an escape every thousand characters, with `parts` written over it at their places. */
function textWith(length: number, parts: [number, string][]): string {
  let text = Array.from({ length: Math.ceil(length / 1000) }, () => `%41 ${'wordy '.repeat(166)}`)
    .join('')
    .slice(0, length);
  for (const [at, part] of parts) text = text.slice(0, at) + part + text.slice(at + part.length);
  return text;
}

describe('a long stretch is decoded in pieces, each cut after a blank', () => {
  const piece = 1 << 16;
  const context = 2048;

  it('never cuts a piece inside a word, so neither a word’s tail nor a key’s head is taken for a key', () => {
    // The first cut is looked for from `piece` on: `x…` words around it are no keys as written, but their
    // tails are; the first piece reaches `context` past the cut, and a key there must be found whole.
    const key = 'sk-abcdefgh12345678';
    const text = textWith(piece + context + 4000, [
      [0, '%41zzzzz '],
      [piece - 14, ' xsk-abcdefghxsk-abcdefgh12 '],
      [piece + context + 3, ` ${key} `],
    ]);
    expect(text.slice(piece - 1, piece + 14)).toBe('xsk-abcdefgh12 ');
    expect([...new Set(foundDecoded(text))]).toEqual([key]);
  });

  it('decodes no further than the stretch around the escapes, also when a piece would reach just past its end', () => {
    // The first piece is cut after the blank at `next` and reaches `context` further, exactly to where the
    // stretch ends, 2 * context after the last escape: a key across that end is left to the plain search.
    const next = piece + 13;
    const lastEscape = next - context;
    const key = 'sk-abcdefgh12';
    const withKeyAt = (keyAt: number) =>
      textWith(next + context + 4000, [
        [lastEscape - 2000, 'x'.repeat(2000)],
        [lastEscape, '%42'],
        [lastEscape + 3, 'y'.repeat(6000)],
        [piece - 1, ' abcdefghijkl '],
        [keyAt - 1, ` ${key} `],
      ]);
    expect(foundDecoded(withKeyAt(lastEscape + 2 * context - 8))).toEqual([]);
    // The same key wholly inside the stretch is found.
    expect(foundDecoded(withKeyAt(lastEscape + 2 * context - 20))).toEqual([key]);
  });
});
