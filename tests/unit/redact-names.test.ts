import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/lib/lookup/redact.ts';
import { findNamed } from '../../src/lib/lookup/redact/names.ts';

const masked = (text: string) => redactSecrets(text).text;
/** The text with only the name rule's spans masked, so a case fails when that rule alone goes wrong. */
const maskedByName = (text: string) =>
  findNamed(text)
    .sort((a, b) => b[0] - a[0])
    .reduce((out, [start, end]) => out.slice(0, start) + '[REDACTED]' + out.slice(end), text);

describe('a value after a secret-like name is masked only when the name is one and the value a secret', () => {
  it.each([
    ['a camelCase name', 'accessToken: abcd1234efgh', 'accessToken: [REDACTED]'],
    ['capitals run together', 'PGPASSWORD=hunter2xyz', 'PGPASSWORD=[REDACTED]'],
    ['KEY inside a capitalised word is no name', 'MONKEY=abcd1234efgh', 'MONKEY=abcd1234efgh'],
    ['key inside a lowercase word is no name', 'monkey=abcd1234efgh', 'monkey=abcd1234efgh'],
    ['a joined apikey', 'apikey=abcd1234efgh', 'apikey=[REDACTED]'],
    ['KEY after a lowercase letter is no name', 'xKEY=abcd1234efgh', 'xKEY=abcd1234efgh'],
    ['Token after a capital is no name', 'AToken=abcd1234efgh', 'AToken=abcd1234efgh'],
    ['a value in typographic quotes', 'password: “abc123def456” ok', 'password: “[REDACTED]” ok'],
    ['a quote left open across a line', 'password: "abc\ndef123456"', 'password: "abc\ndef123456"'],
    ['a session cookie but not the theme', 'Cookie: sessionid=abcd1234efgh; theme=dark', 'Cookie: sessionid=[REDACTED]; theme=dark'],
    ['a cookie in the middle of the header', 'Cookie: theme=dark; csrftoken=abcd1234efgh; a=b', 'Cookie: theme=dark; csrftoken=[REDACTED]; a=b'],
    ['a value ended by a comma and prose', 'password=abcd1234, next', 'password=[REDACTED], next'],
    ['a comma inside the value', 'password=ab,cd1234efgh x', 'password=[REDACTED] x'],
    ['a value ended by the next pair after ;', 'password=abcd1234efgh;model=k2', 'password=[REDACTED];model=k2'],
    ['a value ended by the next pair after &', 'password=abcd1234efgh&x=1', 'password=[REDACTED]&x=1'],
    ['closing punctuation after the value', 'password=abcd1234efgh).', 'password=[REDACTED]).'],
    ['a placeholder in angle brackets', 'password=abc<def>', 'password=abc<def>'],
    ['a CJK word after the value', 'password=abcdef密码', 'password=[REDACTED]密码'],
    ['a password after blanks', 'password hunter2x', 'password [REDACTED]'],
    ['a plain word after blanks', 'password hunter', 'password hunter'],
    ['prose after token', 'token limit', 'token limit'],
    ['a short value after a weak name', 'cache_key=abcd', 'cache_key=abcd'],
    ['a made value after a weak name that is no key', 'cache_key=abcd1234ABCDxyz9', 'cache_key=abcd1234ABCDxyz9'],
    ['key= in a query string', '?key=hunter2abc', '?key=[REDACTED]'],
    ['sig= in a query string', '?sig=hunter2abc', '?sig=[REDACTED]'],
    ['keys= in a query string is no key', '?keys=hunter2abc', '?keys=hunter2abc'],
    ['a plain word after token:', 'token: Expired', 'token: Expired'],
    ['code after token =', 'token = await foo', 'token = await foo'],
    ['a quoted plain word', 'token: "Expired"', 'token: "[REDACTED]"'],
    ['an option after the name', 'password:  -x', 'password:  -x'],
    ['an option after blanks', 'password  -xabcdefg', 'password  -xabcdefg'],
    ['an object after the name', 'password = {abc}', 'password = {abc}'],
    ['a token after another pair', 'a=1 token=abcd1234efgh', 'a=1 token=[REDACTED]'],
    ['pass alone is no name', 'pass=abcd1234efgh', 'pass=abcd1234efgh'],
    ['an XML element', '<password>abcd1234efgh</password>', '<password>[REDACTED]</password>'],
    ['a name before > without <', 'password>abcd1234efgh', 'password>abcd1234efgh'],
    ['a name/value pair', 'key="DbPassword" value="abcd1234efgh"', 'key="DbPassword" value="[REDACTED]"'],
    ['an Authorization scheme not in the pattern', 'Authorization: SSWS abcd1234efgh5678', 'Authorization: SSWS [REDACTED]'],
  ])('%s', (_, input, output) => {
    expect(masked(input)).toBe(output);
    expect(maskedByName(input)).toBe(output);
  });

  it('leaves a token written as a URL user to the URL rule, which masks it', () => {
    const input = 'https://x-access-token:abcd1234efgh@github.com';
    expect(findNamed(input)).toEqual([]);
    expect(masked(input)).toBe('https://x-access-token:[REDACTED]@github.com');
  });
});

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
