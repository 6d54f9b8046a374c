import { describe, expect, it } from 'vitest';
import { findNamed } from '../../src/lib/lookup/redact/names.ts';

/** The text with the name rule's spans masked, in order, so a span found twice or misplaced shows. */
const maskedByName = (text: string) =>
  findNamed(text)
    .sort((a, b) => b[0] - a[0])
    .reduce((out, [start, end]) => out.slice(0, start) + '[REDACTED]' + out.slice(end), text);

const check = (input: string, output: string) => expect(maskedByName(input)).toBe(output);

describe('a name is found only where a secret-like word starts a word of its own', () => {
  it('takes API_KEY run together in capitals after a prefix', () => {
    // Only a bare KEY is refused inside capitals (MONKEY); an APIKEY ending a longer name is still one.
    check('MYAPIKEY=abcd1234efgh', 'MYAPIKEY=[REDACTED]');
  });

  it('keeps the encoding suffix in the name', () => {
    // Without its suffix the name would be `pass`, which is no name.
    check('password_hex=abcd1234efgh', 'password_hex=[REDACTED]');
  });
});

describe('a quoted value runs to its closing quote', () => {
  it('closes a typographic quote with its pair, across a blank', () => {
    // Read bare, the value would stop at the blank.
    check('password: “abcd 1234efgh” ok', 'password: “[REDACTED]” ok');
  });

  it('skips an escaped quote inside a plainly quoted value', () => {
    check('password: "ab\\"cd1234efgh"', 'password: "[REDACTED]"');
  });

  it('reads at most 1000 characters before the closing quote', () => {
    // A quote further on is a stray one: the value is then read bare, up to the first blank.
    const within = 'abcd1234 '.repeat(111); // 999 characters
    const beyond = within + 'x'; // 1000 characters
    check(`password: "${within}"`, 'password: "[REDACTED]"');
    check(`password: "${beyond}"`, `password: "[REDACTED] ${beyond.slice(9)}"`);
  });
});

describe('a cookie header masks each secret value in it', () => {
  it('judges a pair by its name, not by its value', () => {
    check('Cookie: theme=mytokenvalue', 'Cookie: theme=mytokenvalue');
  });

  it('masks the value alone, without the blanks around it', () => {
    check('Cookie: sessionid=abcd1234efgh ; theme=dark', 'Cookie: sessionid=[REDACTED] ; theme=dark');
    check('Cookie: sessionid=  abcd1234efgh', 'Cookie: sessionid=  [REDACTED]');
  });

  it('masks a value of four characters but not of three', () => {
    check('Cookie: sid=abcd; sid=abc', 'Cookie: sid=[REDACTED]; sid=abc');
  });

  it('ends at the end of its line', () => {
    // What follows on the next line is no cookie, whatever its name.
    check('Cookie: theme=dark\nx; sessionid=abcd1234efgh', 'Cookie: theme=dark\nx; sessionid=abcd1234efgh');
    check('Cookie: theme=dark\rx; sessionid=abcd1234efgh', 'Cookie: theme=dark\rx; sessionid=abcd1234efgh');
  });

  it('is read as cookies only after a cookie name', () => {
    // `sid=abcd` after another name is that name's short value, not a session cookie.
    check('cache_key=sid=abcd', 'cache_key=sid=abcd');
  });

  it('masks each cookie once', () => {
    // A cookie header is not searched again for names inside it.
    expect(findNamed('Cookie: token=abcd1234efgh')).toEqual([[14, 26]]);
  });
});

describe('a bare value ends where the next pair starts', () => {
  it('stops at a comma before the next name', () => {
    check('password=abcd1234efgh,model=k2', 'password=[REDACTED],model=k2');
  });
});

describe('a value is a secret only when it looks like one', () => {
  it('takes four characters after a strong name', () => {
    check('password=ab12', 'password=[REDACTED]');
  });

  it('refuses a plain word after a name and several blanks', () => {
    check('password  hunter', 'password  hunter');
  });

  it('takes a value starting with a dash after a colon', () => {
    // Only after blanks alone is a dash the next option.
    check('password: -xabcdefgh', 'password: [REDACTED]');
    check('password value: -xabcdefgh', 'password value: [REDACTED]');
  });

  it('takes key= in a query string only as the whole name', () => {
    check('?cache_key=hunter2abc', '?cache_key=hunter2abc');
    check('?key_data=hunter2abc', '?key_data=hunter2abc');
  });
});

describe('what is searched again after a value', () => {
  it('does not search a secret value again for names inside it', () => {
    expect(findNamed('password=token=abcd1234efgh')).toEqual([[9, 27]]);
  });

  it('searches a value of up to 64 characters that is no secret for the next name', () => {
    // `key="DbPassword" value="…"`: a short other value may hold the name of the next.
    const value = 'a.'.repeat(23) + 'token=abcd1234efgh'; // 64 characters
    check(`cache_key=${value}`, `cache_key=${value.slice(0, -12)}[REDACTED]`);
  });
});
