import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { buildLookupIndex, createLookup, type LookupResult } from '../../src/lib/lookup/index.ts';
import { compileTemplate, matchTemplate, collapse } from '../../src/lib/lookup/templates.ts';
import { lower } from '../../src/lib/lookup/text.ts';

const index = buildLookupIndex(loadCatalogue());
const lookup = createLookup(index);

const match = (template: string, text: string) => {
  const view = collapse(text);
  return matchTemplate(compileTemplate(template), view, lower(view));
};

/** Shape checks every answer must pass, whatever the input. */
function wellFormed(result: LookupResult, input: string) {
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(result.candidates.length).toBeLessThanOrEqual(4);
  if (result.match) expect(result.candidates[0]).toEqual(result.match);
  for (const c of result.candidates) {
    expect(c.score).toBeGreaterThanOrEqual(0);
    expect(c.score).toBeLessThanOrEqual(1);
    if (c.excerpt) {
      expect(c.excerpt.start).toBeGreaterThanOrEqual(0);
      expect(c.excerpt.end).toBeLessThanOrEqual(input.length);
      expect(c.excerpt.start).toBeLessThan(c.excerpt.end);
    }
  }
}

describe('buildLookupIndex', () => {
  it('keeps only what the page needs, as JSON', () => {
    expect(index.version).toBe(1);
    expect(index.entries).toHaveLength(28);
    const entry = index.entries.find((e) => e.slug === 'token-limit-exceeded')!;
    expect(Object.keys(entry).sort()).toEqual(['keywords', 'messages', 'slug', 'status', 'title']);
    expect(Object.keys(entry.messages[0]).sort()).toEqual(['id', 'template']);
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe('template matching', () => {
  it('captures placeholder values between literal pieces', () => {
    const hit = match(
      'Invalid request: Your request exceeded model token limit: 262144 (requested: {requested})',
      'error, status code: 400, message: Invalid request: Your request exceeded model token limit: 262144 (requested: 558009)',
    );
    expect(hit?.captures).toEqual([{ name: 'requested', value: '558009' }]);
    expect(hit?.verbatim).toBe(true);
  });

  it('a value at the end stops at its closing quote', () => {
    const hit = match('Invalid request: unsupported image url: {image_url}', `{'message': 'Invalid request: unsupported image url: ./a b.png', 'type': 'x'}`);
    expect(hit?.captures).toEqual([{ name: 'image_url', value: './a b.png' }]);
  });

  it('several placeholders, and quotes inside the template', () => {
    const hit = match(
      'internal: failed to connect to `user={db_user} database={database}`: {detail}: connection reset by peer',
      'internal: failed to connect to `user=kimi_chat_prod_rw database=membership_014`: 10.24.7.19:5432 (10.24.7.19): failed to receive message: read: connection reset by peer',
    );
    expect(hit?.captures.map((c) => [c.name, c.value])).toEqual([
      ['db_user', 'kimi_chat_prod_rw'],
      ['database', 'membership_014'],
      ['detail', '10.24.7.19:5432 (10.24.7.19): failed to receive message: read'],
    ]);
  });

  it('case-insensitive, but tells when the case differs from the server text', () => {
    expect(match('Invalid Authentication', 'INVALID AUTHENTICATION')?.verbatim).toBe(false);
    expect(match('Invalid Authentication', 'body="Invalid Authentication"')?.verbatim).toBe(true);
  });

  it('whole words only; the final full stop is optional', () => {
    expect(match('Invalid Authentication', 'invalid authenticationToken')).toBeNull();
    expect(match('Access terminated.', '403 Access terminated')).not.toBeNull();
  });

  it('returns null when a piece is missing or out of order', () => {
    expect(match('function name {function_name} is duplicated', 'is duplicated: function name x')).toBeNull();
  });
});

describe('the engine on the real catalogue', () => {
  it('reports the message, its captures, the status and where the match is', () => {
    const input =
      "openai.BadRequestError: Error code: 400 - {'error': {'message': 'Invalid request: Your request exceeded model token limit: 262144 (requested: 558009)', 'type': 'invalid_request_error'}}";
    const result = lookup(input);
    expect(result.match?.slug).toBe('token-limit-exceeded');
    expect(result.match?.messageId).toBe('model-token-limit');
    expect(result.match?.captures).toEqual([{ name: 'requested', value: '558009' }]);
    expect(result.status).toBe(400);
    expect(result.confidence).toBeGreaterThan(0.9);
    const { start, end } = result.match!.excerpt!;
    expect(input.slice(start, end)).toBe('Invalid request: Your request exceeded model token limit: 262144 (requested');
  });

  it('captures from a partial copy too', () => {
    const result = lookup('exceeded model token limit: 262144 (requested: 10485');
    expect(result.match?.slug).toBe('token-limit-exceeded');
    expect(result.match?.captures).toEqual([{ name: 'requested', value: '10485' }]);
  });

  it('no status in the paste: null', () => {
    expect(lookup('The engine is currently overloaded, please try again later').status).toBeNull();
  });

  it.each([
    ['403 billing cycle', "You've reached your usage limit for this billing cycle. Your quota will be refreshed in the next cycle.", 'billing-cycle-quota-exhausted'],
    ['429 period', "You've reached your usage limit for this period. Your quota will be refreshed in the next period.", 'rolling-quota-reached'],
    ['429 kimi monthly', "You've reached kimi monthly usage limit for this billing cycle. Your quota will be refreshed in the next cycle.", 'monthly-quota-exhausted'],
    ['partial, billing cycle', 'usage limit for this billing cycle (403)', 'billing-cycle-quota-exhausted'],
    ['partial, period', 'Error: usage limit for this period', 'rolling-quota-reached'],
    ['a quick-lookup phrase typed alone', 'i/o timeout', 'internal-connection-error'],
    ['Invalid Authentication', 'error, status code: 401, message: Invalid Authentication', 'invalid-authentication'],
    ['invalid API key', 'The API Key appears to be invalid or may have expired.', 'invalid-api-key'],
    ['downstream 502', 'API Error: 500 {"error":{"message":"unavailable: 502 Bad Gateway"}}', 'downstream-unavailable'],
    ['web page read 5xx', 'url-to-text request failed: 30043 check url failed, server error (5xx)', 'web-page-read-failed'],
    ['context canceled', 'canceled: context canceled', 'request-canceled'],
    ['spider deadline exceeded', 'spider checkUrl failed: Post "http://x/check": context deadline exceeded', 'web-page-read-failed'],
    ['moderation deadline exceeded', 'image_url:Post "https://api.msh.team/v1/moderations": context deadline exceeded', 'image-moderation-failed'],
  ])('near misses told apart: %s', (_, text, slug) => {
    expect(lookup(text).match?.slug).toBe(slug);
  });

  it.each([
    ['another provider\'s rate limit', "Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1."],
    ['another provider\'s quota', 'You exceeded your current quota, please check your plan and billing details.'],
    ['Anthropic overloaded', 'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'],
    ['JSON-RPC method not found', '{"jsonrpc":"2.0","id":1,"error":{"code":-32601,"message":"Method not found"}}'],
    ['the user\'s own database', 'pq: password authentication failed for user "postgres"'],
    ['the user\'s own proxy', '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>'],
    ['an unrelated Go timeout', 'Get "https://example.com/api": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'],
    ['Ollama model not found', 'Error: model "llama3" not found, try pulling it first'],
    ['a question', 'why does it keep failing when I refactor the auth module?'],
  ])('rejects %s, offering at most 3 guesses', (_, text) => {
    const result = lookup(text);
    expect(result.match).toBeNull();
    expect(result.candidates.length).toBeLessThanOrEqual(3);
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('several errors in one paste: the last whole message is the answer, at full confidence', () => {
    const result = lookup(
      [
        'WARN Error code: 429 - The engine is currently overloaded, please try again later',
        'WARN Error code: 429 - The engine is currently overloaded, please try again later',
        'ERROR Error code: 403 - Access terminated.',
      ].join('\n'),
    );
    expect(result.match?.slug).toBe('access-terminated');
    expect(result.candidates[1]?.slug).toBe('engine-overloaded');
    expect(result.confidence).toBe(result.match?.score);
  });

  it('offers "did you mean" candidates when two entries fit equally', () => {
    // Both the 403 and the monthly 429 message contain this phrase; nothing in the paste decides.
    const result = lookup('usage limit for this billing cycle');
    expect(result.match).toBeNull();
    expect(result.candidates.map((c) => c.slug).sort()).toEqual(['billing-cycle-quota-exhausted', 'monthly-quota-exhausted']);
  });

  it('an empty catalogue answers "no match"', () => {
    expect(createLookup({ version: 1, entries: [] })('Access terminated.')).toEqual({ match: null, confidence: 0, candidates: [], status: null });
  });
});

describe('hostile input: an answer, never a throw', () => {
  const logLine = (i: number) => `2025-06-01T10:00:${String(i % 60).padStart(2, '0')}Z INFO worker[${i}] processed job ${i} in ${i % 97}ms queue=default\n`;

  it('HTML and script injection come back as data, unchanged', () => {
    const input = 'Invalid request: unsupported image url: <script>alert(1)</script><img src=x onerror=alert(document.cookie)>';
    const result = lookup(input);
    expect(result.match?.slug).toBe('unsupported-image-url');
    expect(result.match?.captures[0].value).toBe('<script>alert(1)</script><img src=x onerror=alert(document.cookie)>');
    const { start, end } = result.match!.excerpt!;
    expect(input.slice(start, end)).toBe('Invalid request: unsupported image url');
  });

  it('a 5 MB log with the error in the middle: found and located', () => {
    let half = '';
    for (let i = 0; half.length < 2_500_000; i++) half += logLine(i);
    const error = 'ERROR agent: error, status code: 429, message: We\'re receiving too many requests at the moment. Please wait a moment and try again.\n';
    const input = half + error + half;
    const result = lookup(input);
    expect(result.match?.slug).toBe('too-many-requests');
    expect(result.status).toBe(429);
    const { start, end } = result.match!.excerpt!;
    expect(start).toBeGreaterThan(half.length);
    expect(end).toBeLessThanOrEqual(half.length + error.length);
  });

  it.each([
    ['JSON nested 10000 deep', '{"a":'.repeat(10_000) + '"Access terminated."' + '}'.repeat(10_000)],
    ['arrays nested 10000 deep', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['broken JSON', '{"error":{"message":"The engine is currently overloaded, please try again later'],
    ['1 MB of one character', 'a'.repeat(1 << 20)],
    ['1 MB of quotes', '"'.repeat(1 << 20)],
    ['1 MB of backslashes', '\\'.repeat(1 << 20)],
    ['control characters', '\u0000\u0001\u0007Access\u0008 terminated.\u001b[0m\u007f'],
    ['lone surrogates', '\uD800Invalid \uDFFFAuthentication\uDBFF'],
    ['RTL and zero-width marks', '\u202eInvalid\u200b Authentication\u202c\u200f\u2066'],
    ['only whitespace', ' \n\t '.repeat(1000)],
    ['empty', ''],
  ])('%s', (_, input) => {
    const result = lookup(input);
    wellFormed(result, input);
  });

  it('the marks do not stop a match', () => {
    expect(lookup('\u202eInvalid\u200b Authentication\u202c').match?.slug).toBe('invalid-authentication');
    expect(lookup('\uD800Access\u0007 terminated.\uDFFF').match?.slug).toBe('access-terminated');
    expect(lookup('{"a":'.repeat(10_000) + '"Access terminated."' + '}'.repeat(10_000)).match?.slug).toBe('access-terminated');
  });

  it('not even on a value that is not a string', () => {
    expect(() => lookup(undefined as unknown as string)).not.toThrow();
    expect(() => lookup({ toString: () => 'x' } as unknown as string)).not.toThrow();
  });
});
