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
    ['an Authorization header', 'Authorization: Bearer sk-test-XXXXXXXX', 'Authorization: Bearer [REDACTED]'],
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

  it('answers on a megabyte of one long hyphenated name', () => {
    const text = `${'a-'.repeat(500_000)}key: sk-kimi-abcdefghij`;
    expect(redactSecrets(text).text.endsWith('key: [REDACTED]')).toBe(true);
  });

  it('answers on megabytes of near-misses and still finds the one key in them', () => {
    const noise = 'KIMI_API_KEY Bearer sk- x-api-key '.repeat(30_000);
    const result = masked(`${noise} sk-kimi-abcdefghij ${noise}`);
    // Compared as booleans: a failure must not print megabytes.
    expect(result.includes('sk-kimi-abcdefghij')).toBe(false);
    expect(result.length < 2 * noise.length + 30).toBe(true);
  });
});
