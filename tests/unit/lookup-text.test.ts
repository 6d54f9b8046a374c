import { describe, expect, it } from 'vitest';
import { findShapes } from '../../src/lib/lookup/redact/shapes.ts';
import { findDecoded } from '../../src/lib/lookup/redact/decode.ts';

/** The parts of the text that findShapes would mask. */
const found = (text: string) => findShapes(text).map(([start, end]) => text.slice(start, end));

describe('a database client password given as a short option', () => {
  it('masks the password glued to mysql -p', () => {
    expect(found('mysql -uroot -pS3cret shop')).toEqual(['S3cret']);
  });
  it('masks a password that ends in digits', () => {
    expect(found('mysql -uroot -pabc123 shop')).toEqual(['abc123']);
  });
  it('masks a password that starts with digits', () => {
    expect(found('mysql -uroot -p123abc shop')).toEqual(['123abc']);
  });
  it('leaves the port of redis-cli -p alone', () => {
    expect(found('redis-cli -p 6379 ping')).toEqual([]);
  });
});

describe('a provider key found by its prefix', () => {
  it('leaves a short token after a prefix other than sk alone', () => {
    expect(found('id ghp_a1B2c3D4e5 here')).toEqual([]);
  });
  it('leaves a token of exactly 15 characters after a prefix other than sk alone', () => {
    // The token found after the prefix holds its separator: `_a1B2c3D4e5f6g7` is 15 long.
    expect(found('id ghp_a1B2c3D4e5f6g7 here')).toEqual([]);
  });
  it('masks an sk key whose random part is exactly 8 characters', () => {
    expect(found('key sk-abcdefgh here')).toEqual(['sk-abcdefgh']);
  });
});

describe('a bearer token outside a header', () => {
  it('masks a long token of letters only', () => {
    expect(found('token was Bearer abcdefghijklmnopqrst')).toEqual(['abcdefghijklmnopqrst']);
  });
  it('leaves a 19-letter word after Bearer alone', () => {
    expect(found('token was Bearer abcdefghijklmnopqrs')).toEqual([]);
  });
});

describe('a password in a DSN without a scheme', () => {
  it('masks a password that starts with digits', () => {
    expect(found('shop:1abc@tcp(db:3306)/shop')).toEqual(['1abc']);
  });
  it('masks a mixed-case password without digits', () => {
    expect(found('shop:Pw@tcp(db:3306)/shop')).toEqual(['Pw']);
  });
  it('leaves a version number before @ alone', () => {
    expect(found('shop:10.0.0@tcp(db:3306)/shop')).toEqual([]);
  });
});

describe('a password given to curl -u', () => {
  it('masks a password that starts with digits', () => {
    expect(found('curl -u user:123abc https://api.example.com')).toEqual(['123abc']);
  });
});

describe('a secret in the path of a webhook URL', () => {
  it('leaves a mixed segment of a URL without hook alone', () => {
    expect(found('see https://example.com/files/aB3dE5fG7hJ9kL1mN3pQ5/x')).toEqual([]);
  });
  it('masks a mixed segment of a webhook URL', () => {
    expect(found('see https://example.com/webhooks/aB3dE5fG7hJ9kL1mN3pQ5/x')).toEqual(['aB3dE5fG7hJ9kL1mN3pQ5']);
  });
  it('leaves a segment of letters only alone', () => {
    expect(found('see https://example.com/webhooks/abcdefghijklmnopqrstuv/x')).toEqual([]);
    expect(found('see https://example.com/webhooks/abcdefghijKLMNOPQRSTUV/x')).toEqual([]);
  });
  it('leaves a segment without lowercase letters alone', () => {
    expect(found('see https://example.com/webhooks/AB12CD34EF56GH78IJ90KL/x')).toEqual([]);
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
