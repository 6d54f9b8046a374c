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
