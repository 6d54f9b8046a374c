import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/lib/lookup/redact.ts';

const masked = (text: string) => redactSecrets(text).text;

describe('redactSecrets: each kind of secret is masked', () => {
  it.each([
    ['an sk- key', 'key sk-kimi-4f0d7a2e91b34c6a8d2577e1', 'key [REDACTED]'],
    ['an sk-proj- key in an error', "Incorrect API key provided: sk-proj-AbC123dEf456.", 'Incorrect API key provided: [REDACTED].'],
    ['a bearer token', 'token was Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc123', 'token was Bearer [REDACTED]'],
    ['KIMI_API_KEY=', 'KIMI_API_KEY=sk-kimi-0123456789abcdef claude', 'KIMI_API_KEY=[REDACTED] claude'],
    ['export OPENAI_API_KEY="…"', 'export OPENAI_API_KEY="abc123def456ghi"', 'export OPENAI_API_KEY="[REDACTED]"'],
    ['ANTHROPIC_AUTH_TOKEN: …', 'ANTHROPIC_AUTH_TOKEN: tok_9f8e7d6c5b4a', 'ANTHROPIC_AUTH_TOKEN: [REDACTED]'],
    ['an Authorization header', 'Authorization: Bearer sk-test-9f3a2b7c1d8e', 'Authorization: Bearer [REDACTED]'],
    ['a lowercase authorization header from curl -v', '> authorization: Bearer abcdef123456', '> authorization: Bearer [REDACTED]'],
    ['an x-api-key header', 'x-api-key: 9f8e7d6c5b4a3f2e', 'x-api-key: [REDACTED]'],
    ['an x-api-key in JSON', '{"x-api-key": "9f8e7d6c5b4a3f2e"}', '{"x-api-key": "[REDACTED]"}'],
    ['api_key in a URL', 'GET https://x.example/v1?model=k2&api_key=abc123def&x=1', 'GET https://x.example/v1?model=k2&api_key=[REDACTED]&x=1'],
    ['key= in a URL', 'https://generativelanguage.googleapis.com/v1/models?key=AIzaSyA1b2C3', 'https://generativelanguage.googleapis.com/v1/models?key=[REDACTED]'],
    ['"api_key": in a config dump', "{'api_key': 'abcd1234efgh', 'model': 'k2'}", "{'api_key': '[REDACTED]', 'model': 'k2'}"],
  ])('%s', (_, input, output) => {
    const result = redactSecrets(input);
    expect(result.text).toBe(output);
    expect(result.redactions).toBe(1);
  });

  it.each([
    ['any name ending in SECRET', 'MY_SERVICE_SECRET=s3cr3t-value', 'MY_SERVICE_SECRET=[REDACTED]'],
    ['a client_secret in JSON', '{"client_secret": "abc-def-ghi"}', '{"client_secret": "[REDACTED]"}'],
    ['a token in a query string', 'GET /v1/files?token=abcd1234 HTTP/1.1', 'GET /v1/files?token=[REDACTED] HTTP/1.1'],
    ['a proxy-authorization header', 'Proxy-Authorization: Basic dXNlcjpwYXNz', 'Proxy-Authorization: Basic [REDACTED]'],
  ])('%s', (_, input, output) => {
    expect(redactSecrets(input)).toEqual({ text: output, redactions: 1 });
  });

  it('counts every secret and is idempotent', () => {
    const once = redactSecrets('KIMI_API_KEY=sk-kimi-aaaaaaaaaa\nAuthorization: Bearer sk-kimi-bbbbbbbbbb');
    expect(once.redactions).toBe(2);
    expect(redactSecrets(once.text)).toEqual({ text: once.text, redactions: 0 });
  });
});

describe('redactSecrets: what is not a secret stays', () => {
  it.each([
    'The API Key appears to be invalid or may have expired. Please verify your credentials and try again.',
    'Check whether a KIMI_API_KEY or OPENAI_API_KEY environment variable is overriding your config: echo $KIMI_API_KEY',
    'KIMI_API_KEY=$KIMI_API_KEY',
    'Invalid request: Your request exceeded model token limit: 262144 (requested: 558009)',
    'MAX_TOKENS=4096',
    'Bearer authentication failed for this endpoint',
    'task-1234567890 finished; ask-me-anything',
    'invalid_argument: field kimi.billing.v1.ClawExtension.bot_id: value "KIMI_CLAW_ID" (id_kind=uuid_v4)',
    "internal: failed to connect to `user=kimi_chat_prod_rw database=membership_009`",
    'monkey: banana',
    'token_count: 1234; max_tokens: 4096',
    'Invalid request: Your request exceeded model token limit: 262144',
  ])('%s', (text) => {
    expect(redactSecrets(text)).toEqual({ text, redactions: 0 });
  });

  it.each([
    ['a request id', 'x-request-id: req_011CUvX4tQz8b1yJ2kLmN9pQ; chatcmpl-9f3a2b7c1d8e4f6a0b5c9d2e'],
    ['a commit hash and a digest in a stack trace', 'at main (/app/main.go:88) build=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
    ['a UUID next to a weak name', 'idempotency_key: 7c9e6679-7425-40de-944b-e07fc1f90ae7'],
    ['a URL without a password', 'https://api.moonshot.cn:443/v1/chat/completions?model=kimi-k2 ssh://git@github.com/acme/api.git'],
    ['a uid:gid', 'docker run -u 1000:1000 acme/gw'],
    ['a plain word after a colon', 'Error: api_key: field required; token: Expired.'],
    ['a null, a variable, a placeholder', '{"api_key": null, "token": "${TOKEN}", "password": "<your password>", "secret": "YOUR_SECRET_KEY"}'],
    ['a server-masked key', 'Incorrect API key provided: sk-proj-****abcd.'],
  ])('%s', (_, text) => {
    expect(redactSecrets(text)).toEqual({ text, redactions: 0 });
  });
});

describe('redactSecrets: the families found missing before', () => {
  it.each([
    ['a bare JWT', 'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig_abc-123 expired', 'jwt [REDACTED] expired'],
    ['a Cookie header', '> Cookie: sid=abc123; theme=dark\n< HTTP/2 401', '> Cookie: sid=[REDACTED]; theme=dark\n< HTTP/2 401'],
    ['a password in a URL', 'connect postgres://app:pw1234@db:5432/prod failed', 'connect postgres://app:[REDACTED]@db:5432/prod failed'],
    ['a Google key', 'key not valid: AIzaSyD4x9Q2mV7nL1pR8tW3zB6cK0fH5jY2sE4.', 'key not valid: [REDACTED].'],
    ['a GitHub token', 'token ghp_R7xQ2mV9nL4pT8wZ1bC6dF3gH5jK0sY2aE4u revoked', 'token [REDACTED] revoked'],
    ['an AWS access key id', 'AccessKeyId AKIAIOSFODNN7EXAMPLE is invalid', 'AccessKeyId [REDACTED] is invalid'],
    ['a Slack token', 'invalid_auth for xoxb-2948371650-Qm7Vn2Lp9Rt4', 'invalid_auth for [REDACTED]'],
    ['a Stripe key', 'Invalid API Key provided: sk_live_51Hq8XyL2mN9vB4c', 'Invalid API Key provided: [REDACTED]'],
    ['a PEM private key body', '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\nhkiG9w0BAQEF==\n-----END PRIVATE KEY-----', '-----BEGIN PRIVATE KEY-----\n[REDACTED]\n-----END PRIVATE KEY-----'],
    ['a camelCase name', '{accessToken: "at-9f3a2b7c", userId: 42}', '{accessToken: "[REDACTED]", userId: 42}'],
    ['curl -u', 'curl -u admin:Hunter2 https://x.example', 'curl -u admin:[REDACTED] https://x.example'],
    ['--api-key VALUE', 'kimi --api-key 4f0d7a2e91b3 --model k2', 'kimi --api-key [REDACTED] --model k2'],
    ['a pair in JSON escaped in JSON', '"{\\"api_key\\": \\"abc123def\\"}"', '"{\\"api_key\\": \\"[REDACTED]\\"}"'],
    ['a percent-encoded pair', '?q=api_key%3Dabc123def%26m%3Dk2', '?q=api_key%3D[REDACTED]%26m%3Dk2'],
    ['a \\u-escaped key', '"\\u0073\\u006b-kimi-abcdefghij"', '"[REDACTED]"'],
    ['a fullwidth key', '密钥 ｓｋ－ｋｉｍｉ－ａｂｃｄｅｆｇｈ1 无效', '密钥 [REDACTED] 无效'],
    ['a key split over two lines', 'Bearer sk-kimi-abcdefgh12\nijklmnop34\nError: 401', 'Bearer [REDACTED]\nError: 401'],
    ['a value starting with $', 'DB_PASSWORD=$2b$12$Qm7Vn2Lp9R', 'DB_PASSWORD=[REDACTED]'],
    ['a value holding , ; & # and spaces', '{"secret": "a,b;c&d#e f"}', '{"secret": "[REDACTED]"}'],
    ['an all-digit api_key', 'api_key=839201746583 model=k2', 'api_key=[REDACTED] model=k2'],
    ['KEY_sk-', 'OPENAI_KEY_sk-proj-AbC123dEf456', 'OPENAI_KEY_[REDACTED]'],
  ])('%s', (_, input, output) => {
    expect(redactSecrets(input)).toEqual({ text: output, redactions: 1 });
  });
});

describe('redactSecrets: the classes behind the held-out misses', () => {
  it.each([
    ['a cookie header keeps its ordinary pairs', 'cookie: sessionid=Qm7Vn2Lp9Rt4Wz8Bc1Df; theme=dark; _ga=GA1.1.18874.17593', 'cookie: sessionid=[REDACTED]; theme=dark; _ga=GA1.1.18874.17593'],
    ['a set-cookie header keeps its attributes', 'set-cookie: token=Ab12Cd34Ef56; Path=/; Expires=Fri, 14 Nov 2025 10:00:00 GMT; HttpOnly', 'set-cookie: token=[REDACTED]; Path=/; Expires=Fri, 14 Nov 2025 10:00:00 GMT; HttpOnly'],
    ['a DSN without a scheme', 'dial failed for dsn "shop:pa55w0rd-3p9zB9@tcp(10.0.0.7:3306)/shop"', 'dial failed for dsn "shop:[REDACTED]@tcp(10.0.0.7:3306)/shop"'],
    ['curl -u with a quoted password', "curl -u admin:'hunter2-Prod!adLP' https://ci.example", "curl -u admin:'[REDACTED]' https://ci.example"],
    ['a webhook URL', 'notify https://hooks.slack.com/services/T0001/B0001/gFtZd3PZiqwVoZ1mXBCGmWEE: 400', 'notify https://hooks.slack.com/services/T0001/B0001/[REDACTED]: 400'],
    ['a Telegram bot token', 'url: https://api.telegram.org/bot9911534196:AARsjsiUgyZs-DXsH7x2iZ7ydV1qOT5bJ09/sendMessage', 'url: https://api.telegram.org/bot9911534196:[REDACTED]/sendMessage'],
  ])('%s', (_, input, output) => {
    expect(masked(input)).toBe(output);
  });

  it.each([
    ['a placeholder key', 'export OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx   # replace with YOUR_API_KEY'],
    ['an image digest and an npm alias', 'python:3.12-slim@sha256:b8a52b6119d53868 "react": "npm:preact@10.19.3"'],
    ['a GitHub link under hooks/', 'https://github.com/acme/app/blob/main/src/hooks/useChatCompletion2024.ts'],
    ['prose after a name and blanks', "SyntaxError: Unexpected token 'export'; token limit! password authentication failed"],
  ])('%s', (_, text) => {
    expect(redactSecrets(text)).toEqual({ text, redactions: 0 });
  });
});

/** '' when equal; else where they part, without printing megabytes. */
function difference(actual: string, expected: string): string {
  if (actual === expected) return '';
  let i = 0;
  while (actual[i] === expected[i]) i++;
  return `lengths ${actual.length} and ${expected.length}, first difference at ${i}: ${JSON.stringify(actual.slice(i, i + 60))} vs ${JSON.stringify(expected.slice(i, i + 60))}`;
}

describe('redactSecrets: a megabyte per pattern family, answered right', () => {
  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));
  /** A megabyte of `unit`, and what it must become: each unit as `masked` (`null`: left as it is). */
  const each = (unit: string, masked: string | null): [string, string] => [fill(unit), masked === null ? fill(unit) : masked.repeat(Math.ceil(MB / unit.length))];
  it.each([
    ['provider prefixes, no end to the run', [`sk-${fill('a1')}`, '[REDACTED]']],
    ['provider prefixes, one after another with nothing random', each('sk-', null)],
    ['provider prefixes, each too short', each(`hf_${'a'.repeat(29)} `, null)],
    ['provider prefixes, one fixed-length id after another', each('AKIA', null)],
    ['JWT, no dots', each('eyJ-', null)],
    ['JWT, a payload too short each time', each('eyJabcdefgh.eyJ-.', null)],
    ['PEM, BEGIN lines without a body', each('-----BEGIN PRIVATE KEY-----', null)],
    ['PEM, a body without END', [`-----BEGIN PRIVATE KEY-----\n${fill('QUJD')}`, '-----BEGIN PRIVATE KEY-----\n[REDACTED]']],
    ['URL passwords without an @', each('a://b:', null)],
    ['URL password, a long one without an @', [`x://u:${fill('p')}`, `x://u:${fill('p')}`]],
    ['curl -u without a colon', [`-u ${fill('a')}`, `-u ${fill('a')}`]],
    ['bearer tokens, each a word', each('bearer ', null)],
    ['names, one long hyphenated run', [`${fill('a-')}key: sk-kimi-abcdefghij`, `${fill('a-')}key: [REDACTED]`]],
    ['names, each the value of the one before', each('key:', null)],
    ['names, a quote that never closes', [`"api_key": "${fill('a1')}`, '"api_key": "[REDACTED]']],
    ['names, a typographic quote that never closes', [`password=“${fill('a1')}`, 'password=“[REDACTED]']],
    ['names, commas in a value', [`password=${fill(',x')}`, 'password=[REDACTED]']],
    ['names, options with no value', each('--api-key ', null)],
    ['names, a word never followed by a separator', each('tokenkey', null)],
    ['names, one pair after another', each('api_key=abcd1234&n=1&', 'api_key=[REDACTED]&n=1&')],
    ['names, short values read again as names', each('key="a" ', null)],
    ['names, name/value pairs', each('"name": "DB_PASSWORD", "value": "Xy7#pQ2!", ', '"name": "DB_PASSWORD", "value": "[REDACTED]", ')],
    ['names, XML elements', each('<password>a1b2c3d4e5', '<password>[REDACTED]')],
    ['names, blanks alone', each('password Zq8!Lp9Rt4w ', 'password [REDACTED] ')],
    ['DSN passwords, colons and no @', each('=a:b', null)],
    ['webhook URLs, one long path', [`https://hooks.example/${fill('aB3/')}`, `https://hooks.example/${fill('aB3/')}`]],
    ['Telegram bot ids, no token after', each('1234567890:AA', null)],
    ['short options, each without a value', each('redis-cli -a \n', null)],
    ['blanks and line breaks', each(' \t\n', null)],
    ['cookies', [`Cookie: ${fill('sid=abcd1234; ')}`, `Cookie: ${'sid=[REDACTED]; '.repeat(Math.ceil(MB / 14))}`]],
    ['wrapped lines', [fill('sk-abcdefgh12\n'), '[REDACTED]\n']],
    ['decoding, percent escapes', each('%41', null)],
    ['decoding, \\u escapes', each('\\u0041', null)],
    ['decoding, fullwidth text and a key at its end', [`${fill('ａ')} ｓｋ－ｋｉｍｉ－ａｂｃｄｅｆｇｈ1`, `${fill('ａ')} [REDACTED]`]],
    ['decoding, names escaped around plain values on one line', each('"\\u0061pi_key": "abcdefgh12", ', '"\\u0061pi_key": "[REDACTED]", ')],
    ['decoding, escaped keys on one line', each('key=\\u0073k-abcdefgh12 ', 'key=[REDACTED] ')],
    ['decoding, percent-encoded keys', each('%73k-abcdefgh12,', '[REDACTED],')],
    ['decoding, fullwidth keys', each('ｓｋ－ａｂｃｄｅｆｇｈ１２，', '[REDACTED]，')],
  ] as [string, [string, string]][])('%s', (_, [input, output]) => {
    expect(difference(redactSecrets(input).text, output)).toBe('');
  });
});
