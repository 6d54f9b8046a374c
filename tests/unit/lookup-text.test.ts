import { describe, expect, it } from 'vitest';
import { findShapes } from '../../src/lib/lookup/redact/shapes.ts';
import { findDecoded } from '../../src/lib/lookup/redact/decode.ts';

/** The parts of the text that findShapes would mask. */
const found = (text: string) => findShapes(text).map(([start, end]) => text.slice(start, end));

/** Text, and the parts of it that must be masked ([] : none). */
const SHAPES: [family: string, cases: [what: string, text: string, masked: string[]][]][] = [
  [
    'a database client password given as a short option',
    [
      ['the password glued to mysql -p', 'mysql -uroot -pS3cret shop', ['S3cret']],
      ['a password that ends in digits', 'mysql -uroot -pabc123 shop', ['abc123']],
      ['a password that starts with digits', 'mysql -uroot -p123abc shop', ['123abc']],
      ['the port of redis-cli -p', 'redis-cli -p 6379 ping', []],
    ],
  ],
  [
    'a provider key found by its prefix',
    [
      ['a short token after a prefix other than sk', 'id ghp_a1B2c3D4e5 here', []],
      // The token found after the prefix holds its separator: `_a1B2c3D4e5f6g7` is 15 long.
      ['a token of exactly 15 characters after a prefix other than sk', 'id ghp_a1B2c3D4e5f6g7 here', []],
      ['an sk key whose random part is exactly 8 characters', 'key sk-abcdefgh here', ['sk-abcdefgh']],
    ],
  ],
  [
    'a bearer token outside a header',
    [
      ['a long token of letters only', 'token was Bearer abcdefghijklmnopqrst', ['abcdefghijklmnopqrst']],
      ['a 19-letter word after Bearer', 'token was Bearer abcdefghijklmnopqrs', []],
    ],
  ],
  [
    'a password in a DSN without a scheme',
    [
      ['a password that starts with digits', 'shop:1abc@tcp(db:3306)/shop', ['1abc']],
      ['a mixed-case password without digits', 'shop:Pw@tcp(db:3306)/shop', ['Pw']],
      ['a version number before @', 'shop:10.0.0@tcp(db:3306)/shop', []],
    ],
  ],
  [
    'a password given to curl -u',
    [['a password that starts with digits', 'curl -u user:123abc https://api.example.com', ['123abc']]],
  ],
  [
    'a secret in the path of a webhook URL',
    [
      ['a mixed segment of a URL without hook', 'see https://example.com/files/aB3dE5fG7hJ9kL1mN3pQ5/x', []],
      ['a mixed segment of a webhook URL', 'see https://example.com/webhooks/aB3dE5fG7hJ9kL1mN3pQ5/x', ['aB3dE5fG7hJ9kL1mN3pQ5']],
      ['a segment of letters only', 'see https://example.com/webhooks/abcdefghijklmnopqrstuv/x', []],
      ['a segment of mixed-case letters only', 'see https://example.com/webhooks/abcdefghijKLMNOPQRSTUV/x', []],
      ['a segment without lowercase letters', 'see https://example.com/webhooks/AB12CD34EF56GH78IJ90KL/x', []],
    ],
  ],
];

describe.each(SHAPES)('%s', (_, cases) => {
  it.each(cases)('%s', (_what, text, masked) => {
    expect(found(text)).toEqual(masked);
  });
});

describe('a secret hidden behind an escape', () => {
  const foundDecoded = (text: string) => findDecoded(text, findShapes).map(([start, end]) => text.slice(start, end));

  it('masks a key whose dash is percent-escaped, as written', () => {
    const filler = 'word '.repeat(600);
    expect(foundDecoded(`${filler}key sk%2Dabcdefgh12`)).toEqual(['sk%2Dabcdefgh12']);
  });
  it('leaves text where an escape-like mark decodes to nothing new to the search as written', () => {
    // `\xZ` looks like an escape but undoes nothing: the plain key is the plain search's to find.
    expect(foundDecoded('\\xZ key sk-abcdefgh12')).toEqual([]);
  });
  it('does not search text far before the first escape', () => {
    // Far from any escape the search as written has already looked; only the text near an escape is decoded.
    expect(foundDecoded(`key sk-abcdefgh12 ${'word '.repeat(800)}%41`)).toEqual([]);
  });
});
