import { describe, expect, it } from 'vitest';
import { merge, unwrap } from '../../src/lib/lookup/redact/span.ts';
import { generated, keyLike } from '../../src/lib/lookup/redact/values.ts';

describe('what looks machine-made', () => {
  it('a key has letters and digits, or is a long run of mixed case', () => {
    expect(keyLike('abc123')).toBe(true);
    expect(keyLike('abcdef')).toBe(false);
    expect(keyLike('123456')).toBe(false);
    expect(keyLike('abcdefghijABCDEFGHIJ')).toBe(true);
    // One letter short of a long run: a CamelCase name, not a key.
    expect(keyLike('abcdefghiABCDEFGHIJ')).toBe(false);
  });

  it('a generated value is one run of 20 or more key characters, with letters and digits', () => {
    expect(generated('abcdefghij1234567890')).toBe(true);
    expect(generated('key:abcdefghij1234567890')).toBe(false);
    expect(generated('abcdefghij1234567890.txt')).toBe(false);
    expect(generated('abcdefghijklmnopqrstuv')).toBe(false);
    expect(generated('12345678901234567890')).toBe(false);
    // Request and object ids stay readable.
    expect(generated('123e4567-e89b-12d3-a456-426614174000')).toBe(false);
  });
});

describe('spans of secrets', () => {
  it('touching and overlapping spans become one; empty ones go', () => {
    expect(merge([[5, 8], [0, 5], [9, 9], [7, 12]])).toEqual([[0, 12]]);
    expect(merge([[3, 3]])).toEqual([]);
    expect(merge([[0, 2], [3, 4]])).toEqual([[0, 2], [3, 4]]);
  });

  it('a key wrapped by the terminal is followed over at most four more lines', () => {
    const piece = 'Ab3dEf6hIj9l';
    const text = `key=${piece}${`\n${piece}`.repeat(6)}\nnext`;
    const end = unwrap(text, 'key='.length + piece.length);
    expect(text.slice(0, end).split('\n')).toHaveLength(5);
  });
});
