import { describe, expect, it, vi } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { buildLookupIndex, createLookup, type LookupResult } from '../../src/lib/lookup/index.ts';
import { captureValues, collapse, placeholdersOf } from '../../src/lib/lookup/templates.ts';
import { confidence } from '../../src/lib/lookup/rank.ts';
import { tokenize } from '../../src/lib/lookup/tokens.ts';

const catalogue = loadCatalogue();
const index = buildLookupIndex(catalogue);
/** The engine without its safety net: a bug fails the test instead of answering "no match". */
const lookup = createLookup(index, (error) => {
  throw error;
});

const capture = (template: string, text: string) => {
  const view = collapse(text);
  return captureValues(placeholdersOf(template), view, view.toLowerCase());
};

/** The part of the input the match's excerpt covers. */
const excerpt = (input: string) => {
  const span = lookup(input).match?.excerpt;
  return span ? input.slice(span.start, span.end) : null;
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
  // Every error found once, on lines the input has; the match among them.
  const lines = input.split('\n').length;
  expect(new Set(result.found.map((f) => f.slug)).size).toBe(result.found.length);
  for (const f of result.found) {
    expect(f.count).toBeGreaterThanOrEqual(1);
    expect(f.firstLine).toBeGreaterThanOrEqual(1);
    expect(f.lastLine).toBeGreaterThanOrEqual(f.firstLine);
    expect(f.lastLine).toBeLessThanOrEqual(lines);
  }
  if (result.match) expect(result.found.map((f) => f.slug)).toContain(result.match.slug);
}

describe('buildLookupIndex', () => {
  it('keeps only what the page needs, as JSON', () => {
    expect(index.version).toBe(1);
    expect(index.entries).toHaveLength(28);
    expect(Object.keys(index).sort()).toEqual(['entries', 'signs', 'version']);
    const entry = index.entries.find((e) => e.slug === 'token-limit-exceeded')!;
    expect(Object.keys(entry).sort()).toEqual(['keywords', 'messages', 'slug', 'status', 'title']);
    expect(Object.keys(entry.messages[0]).sort()).toEqual(['id', 'template']);
    expect(index.entries.find((e) => e.slug === 'request-canceled')!.messages.find((m) => m.id === 'context-canceled')!.borrowed).toBe('context canceled');
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

describe('captures', () => {
  it('captures placeholder values between literal pieces', () => {
    expect(
      capture(
        'Invalid request: Your request exceeded model token limit: 262144 (requested: {requested})',
        'error, status code: 400, message: Invalid request: Your request exceeded model token limit: 262144 (requested: 558009)',
      ),
    ).toEqual([{ name: 'requested', value: '558009' }]);
  });

  it('a value at the end stops at its closing quote', () => {
    expect(capture('Invalid request: unsupported image url: {image_url}', `{'message': 'Invalid request: unsupported image url: ./a b.png', 'type': 'x'}`)).toEqual([
      { name: 'image_url', value: './a b.png' },
    ]);
  });

  it('several placeholders, and quotes inside the template', () => {
    const captures = capture(
      'internal: failed to connect to `user={db_user} database={database}`: {detail}: connection reset by peer',
      'internal: failed to connect to `user=kimi_chat_prod_rw database=membership_014`: 10.24.7.19:5432 (10.24.7.19): failed to receive message: read: connection reset by peer',
    );
    expect(captures.map((c) => [c.name, c.value])).toEqual([
      ['db_user', 'kimi_chat_prod_rw'],
      ['database', 'membership_014'],
      ['detail', '10.24.7.19:5432 (10.24.7.19): failed to receive message: read'],
    ]);
  });

  it('case-insensitive, keeping the paste\'s spelling of the value', () => {
    expect(capture('function name {function_name} is duplicated', 'FUNCTION NAME Get_Weather IS DUPLICATED')).toEqual([{ name: 'function_name', value: 'Get_Weather' }]);
  });

  it('nothing when the text before the placeholder is missing', () => {
    expect(capture('function name {function_name} is duplicated', 'is duplicated: x')).toEqual([]);
  });
});

describe('words of names, paths and URLs', () => {
  it('are marked as glued; words of a sentence are not', () => {
    const glued = (text: string) => tokenize(text).filter((t) => t.glued).map((t) => t.w);
    expect(glued('Base URL: https://api.kimi.com/coding/v1 · Model: kimi-for-coding')).toEqual(['api', 'kimi', 'com', 'coding', 'v1', 'kimi', 'for', 'coding']);
    expect(glued('at OpenAI.makeStatusError (/app/node_modules/openai/core.js:302:33)')).toEqual(['openai', 'makestatuserror', 'app', 'node_modules', 'openai', 'core', 'js']);
    expect(glued('Kimi For Coding is currently only available for Coding Agents')).toEqual([]);
    expect(glued('error=total message size 2390113 exceeds limit')).toEqual([]);
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
    ['a quick-lookup phrase typed alone', 'url2text', 'web-page-read-failed'],
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

  it('confidence is never below 0, even when the answer (the error on the latest line) has a better runner-up', () => {
    expect(confidence(0.6, 0.99)).toBe(0);
    expect(confidence(0.9, 0.2)).toBeCloseTo(0.9);
  });

  it('offers "did you mean" candidates when two entries fit equally', () => {
    // Both the 403 and the monthly 429 message contain this phrase; nothing in the paste decides.
    const result = lookup('usage limit for this billing cycle');
    expect(result.match).toBeNull();
    expect(result.candidates.map((c) => c.slug).sort()).toEqual(['billing-cycle-quota-exhausted', 'monthly-quota-exhausted']);
  });

  it('an empty catalogue answers "no match"', () => {
    const empty = createLookup({ version: 1, entries: [] }, (error) => {
      throw error;
    });
    expect(empty('Access terminated.')).toEqual({ match: null, confidence: 0, candidates: [], status: null, found: [] });
  });
});

describe('the quick-lookup table', () => {
  // Every keyword of every entry, from the collection: a new entry is covered without a new test.
  const keywords = catalogue.flatMap((entry) => entry.keywords.map((keyword) => [keyword, entry.slug]));

  it.each(keywords)('"%s" typed alone is a match for %s', (keyword, slug) => {
    expect(lookup(keyword).match?.slug).toBe(slug);
  });
});

describe('text other programs print too: who printed it decides', () => {
  it.each([
    [
      'Postgres',
      'database-connection-failed',
      'psycopg.errors.AdminShutdown: terminating connection due to administrator command',
      "LLM provider error: Error code: 500 - {'error': {'message': 'FATAL: terminating connection due to administrator command (SQLSTATE 57P03)'}}",
      'FATAL: terminating connection due to administrator command',
    ],
    [
      'Go context',
      'request-canceled',
      'rpc error: code = Canceled desc = context canceled',
      'Post "https://api.kimi.com/coding/v1/chat/completions": context canceled',
      'context canceled',
    ],
    [
      'a gateway',
      'downstream-unavailable',
      'npm ERR! 504 Gateway Timeout - GET https://registry.example.org/left-pad',
      '[provider.api_error] 504 Gateway Timeout',
      '504 Gateway Timeout',
    ],
    [
      'Go net',
      'internal-connection-error',
      'redis: read tcp 10.1.0.4:52344->10.1.0.9:6379: i/o timeout',
      'kimi-k2-0905-preview: read tcp 10.1.0.4:52344->10.1.0.9:443: i/o timeout',
      'i/o timeout',
    ],
    [
      "Go's database/sql",
      'internal-connection-error',
      '[mysql] 2025/07/01 10:00:00 connection.go:49: driver: bad connection',
      "openai.InternalServerError: Error code: 500 - {'error': {'message': 'driver: bad connection', 'type': 'engine_overloaded_error'}}",
      'driver: bad connection',
    ],
  ])("%s's words: a guess where another program printed them, a match with Kimi's signs or alone", (_, slug, other, kimi, alone) => {
    const guess = lookup(other);
    expect(guess.match).toBeNull();
    expect(guess.candidates[0]?.slug).toBe(slug);
    expect(guess.candidates[0]?.borrowed).toBeTruthy();
    for (const text of [kimi, alone]) {
      const result = lookup(text);
      expect(result.match?.slug, text).toBe(slug);
      expect(result.match?.borrowed, text).toBeTruthy();
    }
  });

  it("the server's own words around them make a match that no longer rests on them", () => {
    const result = lookup('psycopg.errors.AdminShutdown: internal: FATAL: terminating connection due to administrator command (SQLSTATE 57P03)');
    expect(result.match?.slug).toBe('database-connection-failed');
    expect(result.match?.borrowed).toBeNull();
    expect(lookup('Access terminated.').match?.borrowed).toBeNull();
  });

  it("Docker BuildKit's Canceled: context canceled in a build log stays a guess", () => {
    const build = [
      '#8 [builder 3/5] RUN go build -o /out/app ./cmd/app',
      '#8 ERROR: Canceled: context canceled',
      '------',
      ' > [builder 3/5] RUN go build -o /out/app ./cmd/app:',
      '------',
      'Dockerfile:12',
    ].join('\n');
    expect(lookup(build).match).toBeNull();
    expect(lookup(build).candidates[0]?.slug).toBe('request-canceled');
    expect(lookup('ERROR: failed to solve: Canceled: context canceled').match).toBeNull();
  });

  it("a gateway's HTML page is a guess on its own, a match when it came back from the Kimi endpoint", () => {
    const page = '<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx</center></body></html>';
    expect(lookup(page).match).toBeNull();
    expect(lookup(page).candidates[0]?.slug).toBe('downstream-unavailable');
    for (const status of [502, 503, 504]) {
      const title = { 502: '502 Bad Gateway', 503: '503 Service Temporarily Unavailable', 504: '504 Gateway Time-out' }[status];
      const kimi = `Error: POST https://api.kimi.com/coding/v1/chat/completions returned ${status}\n<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>`;
      expect(lookup(kimi).match?.slug, title).toBe('downstream-unavailable');
    }
  });

  it('a short paste is one message and what came with it: the request before a response, settings after an error, across blank lines', () => {
    const page = '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx/1.25.3</center>\n</body>\n</html>';
    const request = `$ curl -s -i -X POST https://api.moonshot.cn/v1/chat/completions -d @req.json\nHTTP/1.1 502 Bad Gateway\nserver: nginx\ncontent-type: text/html\n\n${page}`;
    expect(lookup(request).match?.slug).toBe('downstream-unavailable');
    const settings = `Error: 502 ${page.replaceAll('\n', ' ')}\n\n(base url: https://api.kimi.com/coding/, model kimi-k2-turbo-preview)`;
    expect(lookup(settings).match?.slug).toBe('downstream-unavailable');
    // The same page with another program's request, or none: a guess.
    expect(lookup(request.replace('api.moonshot.cn', 'shop.example.org')).match).toBeNull();
    expect(lookup(page).match).toBeNull();
  });

  it("a database server's own log line is its output, whatever the log around it holds", () => {
    const server = '2025-11-02 07:14:55.201 UTC [4412] FATAL:  terminating connection due to administrator command';
    const bare = [server, '2025-11-02 07:14:55.230 UTC [1] LOG:  database system is shut down'].join('\n');
    expect(lookup(bare).match).toBeNull();
    expect(lookup(bare).candidates[0]?.slug).toBe('database-connection-failed');
    const kimi = 'bot-7f9c app 2025-11-02T07:15:02Z ERROR upstream model=kimi-k2-0905-preview: Error code: 403 - Access terminated.';
    const mixed = ['pg-0 db ' + server, 'bot-7f9c app 2025-11-02T07:14:58Z INFO ready base_url=https://api.moonshot.ai/v1', kimi].join('\n');
    expect(lookup(mixed).found.map((f) => f.slug)).toEqual(['access-terminated']);
    // The server's message through the Kimi API keeps its one space: a match.
    expect(lookup('Error code: 500 - internal: FATAL: terminating connection due to administrator command (SQLSTATE 57P03)').match?.slug).toBe('database-connection-failed');
  });

  it("Kimi CLI's own tool names, in their own case, are a sign of Kimi", () => {
    const tool = '• SearchWeb "go context cancel"\n  ✗ canceled: context canceled';
    expect(lookup(tool).match?.slug).toBe('request-canceled');
    expect(lookup('• FetchURL https://docs.python.org/3/\n  ✗ canceled: context canceled').match?.slug).toBe('request-canceled');
    expect(lookup('    at searchWeb (https://cdn.example.com/app.js:3:14)\ncanceled: context canceled').match).toBeNull();
  });

  it("Postgres's own code for an administrator's shutdown, and its drivers in Elixir, PHP, .NET, Go and Rust, are another program", () => {
    for (const text of [
      '** (Postgrex.Error) FATAL 57P01 (admin_shutdown) terminating connection due to administrator command',
      'Postgrex.Protocol (#PID<0.412.0>) disconnected: ** (Postgrex.Error) FATAL: terminating connection due to administrator command',
      'PDOException: SQLSTATE[57P01]: Admin shutdown: 7 FATAL:  terminating connection due to administrator command',
      'Npgsql.PostgresException (0x80004005): 57P01: terminating connection due to administrator command',
      'failed to query orders: FATAL: terminating connection due to administrator command (SQLSTATE 57P01)',
      'error returned from database: terminating connection due to administrator command',
    ]) {
      const result = lookup(text);
      expect(result.match, text).toBeNull();
      expect(result.candidates[0]?.slug, text).toBe('database-connection-failed');
    }
  });

  it("a log's record without a sign is the logging program's: its own words alone are a guess, the server's whole message a match", () => {
    // A JSON-lines log: the service's own http server and Kimi requests, one record a line.
    const record = (fields: object) => JSON.stringify({ level: 'info', ts: '2025-06-03T13:00:22.505Z', ...fields });
    const lines = Array.from({ length: 30 }, (_, i) =>
      i % 3 ? record({ logger: 'agent', msg: 'kimi request', url: 'https://api.kimi.com/coding/v1/chat/completions' }) : record({ logger: 'http', msg: 'client went away', error: 'context canceled' }),
    );
    expect(lookup(lines.join('\n')).found).toEqual([]);
    lines.push(record({ logger: 'agent', msg: 'kimi call failed', status: 499, error: 'canceled: context canceled' }));
    expect(lookup(lines.join('\n')).found).toEqual([{ slug: 'request-canceled', count: 1, firstLine: 31, lastLine: 31 }]);
    // In a short log too; with a sign of Kimi in the record, a match. A timestamped line alone is nothing around the text.
    const own = '2025-07-03 09:08:11,002 ERROR worker: job store lost its connection: terminating connection due to administrator command';
    expect(lookup(`2025-07-03 09:08:10,118 INFO worker: job 1007 done\n${own}`).match).toBeNull();
    expect(lookup(own).match?.slug).toBe('database-connection-failed');
    expect(lookup('2025-07-03 09:08:10 INFO start\n2025-07-03 09:08:11 ERROR model=kimi-k2-0905-preview: context canceled').match?.slug).toBe('request-canceled');
  });

  it('a command a CI job echoes opens its output: a page that answered another host is not the Kimi step\'s', () => {
    const page = '<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx</center></body></html>';
    const steps = (host: string) =>
      [...Array.from({ length: 16 }, (_, i) => `[Pipeline] step ${i}`), `+ curl -fsS -X POST https://${host}/api/upload -F file=@report.csv`, page, 'curl: (22) The requested URL returned error: 504', "+ ./notify --summary 'generated with kimi-for-coding'", 'notify: done'].join('\n');
    expect(lookup(steps('reports.internal.example')).match).toBeNull();
    expect(lookup(steps('api.kimi.com/coding/v1')).match?.slug).toBe('downstream-unavailable');
  });

  it('in a long log, only the lines around the text count, not a sign elsewhere in the paste', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `2025-08-02T10:00:${String(i).padStart(2, '0')}Z INFO worker: step ${i} done`);
    const kimiFirst = ['POST https://api.kimi.com/coding/v1/chat/completions model=kimi-for-coding', ...filler, 'rpc error: code = Canceled desc = context canceled'];
    expect(lookup(kimiFirst.join('\n')).match).toBeNull();
    const dockerFirst = ['docker: Error response from daemon: No such container: web', ...filler, 'LLM provider error: context canceled'];
    expect(lookup(dockerFirst.join('\n')).match?.slug).toBe('request-canceled');
  });
});

describe('cut-off pastes', () => {
  it('a paste cut off inside a word or a name still matches', () => {
    expect(lookup('Not found the model kimi-for-codin').match?.slug).toBe('model-not-found');
    expect(lookup("Error code: 404 - {'error': {'message': 'Not found the model kimi-k2-turbo-prev").match?.slug).toBe('model-not-found');
    expect(lookup('The engine is currently overlo').match?.slug).toBe('engine-overloaded');
  });
});

describe('what held-out pastes taught', () => {
  it('reads look-alike characters of a transcribed screenshot (1 for l, O for 0) as the word they stand for', () => {
    expect(lookup('thinking is enab1ed but reasoning_content is missing in assistant too1 call message').match?.slug).toBe(
      'reasoning-content-missing',
    );
    expect(lookup('total message size 31337 exceeds 1imit 2O97152').match?.slug).toBe('message-size-exceeded');
    // Only into a catalogue word: a real mixed token stays as it is.
    expect(lookup('request id a1b2c3 failed with code e5 at node k8s-1').match).toBeNull();
  });

  it('product words in URLs, model names and stack paths do not make the client-whitelist message', () => {
    for (const text of [
      '401 Invalid Authentication\nBase URL: https://api.kimi.com/coding/v1 · Model: kimi-for-coding · Provider: OpenAI Compatible',
      "AI_APICallError: Invalid Authentication\n    at OpenAICompatibleChatLanguageModel.doGenerate (/app/node_modules/@ai-sdk/openai-compatible/dist/index.mjs:400:15)\n  url: 'https://api.kimi.com/coding/v1/chat/completions'",
    ]) {
      expect(lookup(text).match?.slug, text).toBe('invalid-authentication');
    }
    expect(lookup('AI_APICallError: method not found\n    at OpenAICompatibleChatLanguageModel.doGenerate (/app/node_modules/@ai-sdk/openai-compatible/dist/index.mjs:400:15)').match?.slug).toBe(
      'endpoint-not-found',
    );
    expect(lookup('Which base URL goes with model kimi-for-coding in Kimi Code? I use https://api.kimi.com/coding/v1').match).toBeNull();
  });

  it('prose in another language around a quoted message does not hide it', () => {
    const input = '关于这个错误我想问一下:\n\n> unauthenticated: failed_precondition: 因违反用户协议,该账号已被暂时禁用。\n\n请问这个是什么原因,要多久才能恢复?';
    const result = lookup(input);
    expect(result.match?.slug).toBe('account-status-abnormal');
    expect(result.match?.messageId).toBe('account-temporarily-disabled');
    expect(excerpt(input)).toBe('unauthenticated: failed_precondition: 因违反用户协议,该账号已被暂时禁用');
    expect(lookup('今天一直报这个错误：unauthenticated: failed_precondition: 因违反用户协议,该账号已被禁言。怎么解决？').match?.messageId).toBe('account-muted');
  });

  it('UTF-8 shown as Latin-1 (mojibake) is read as the text it was', () => {
    const mojibake = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));
    const message = 'unauthenticated: failed_precondition: 因违反用户协议,该账号已被禁言。';
    expect(lookup(`Error: ${mojibake(message)}`).match?.messageId).toBe('account-muted');
    // As a Python repr prints it: the C1 control characters escaped.
    const repr = mojibake(message).replace(/[\x80-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16)}`);
    expect(lookup(`openai.InternalServerError: Error code: 500 - {'error': {'message': '${repr}'}}`).match?.messageId).toBe('account-muted');
  });

  it('upper case, a cut-off last word and a typo in a short message still match', () => {
    expect(lookup('404 METHOD NOT FOUND — POST HTTPS://API.KIMI.COM/CODING/V1/CHAT/COMPLETIONS').match?.slug).toBe('endpoint-not-found');
    expect(lookup('Kimi For Coding is currently only available for Coding Ag').match?.slug).toBe('client-not-whitelisted');
    expect(lookup('Invalid Authentciation').match?.slug).toBe('invalid-authentication');
    expect(lookup('Error: 401 Invalid Authentcation').match?.slug).toBe('invalid-authentication');
  });

  it('but not their look-alikes', () => {
    for (const text of ['HTTP 405 METHOD NOT ALLOWED', '429 Too Many Requests', 'Invalid Authorization header', 'Error: connection refused while dialing upstr']) {
      expect(lookup(text).match, text).toBeNull();
    }
  });

  it('product and client names alone are chatter, not a copy of the message that lists them', () => {
    for (const text of ['Claude Code or Roo Code?', 'Kimi CLI vs Claude Code', 'Kimi For Coding', 'Roo Code 和 Kilo Code 哪个更好用?', 'Claude Code 里怎么配置 Kimi 的 base url?']) {
      expect(lookup(text).match, text).toBeNull();
    }
    expect(lookup('用 Roo Code 的时候出现 only available for Coding Agents 这个提示').match?.slug).toBe('client-not-whitelisted');
  });

  it('prose in another script around text that other programs print too is something around it, as English prose is', () => {
    for (const text of ['下午一直报 context canceled，是什么意思？', 'ずっと context canceled が出ます', '계속 502 Bad Gateway 오류가 나요', 'Kimi 回复:`context canceled` 一般表示调用方主动取消了请求']) {
      expect(lookup(text).match, text).toBeNull();
    }
    expect(lookup('I keep getting context canceled, what is it?').match).toBeNull();
    // A sign of Kimi, or the server's own words around it, make it a match.
    expect(lookup('kimi-cli 一直报 context canceled').match?.slug).toBe('request-canceled');
    expect(lookup('日志里有 canceled: context canceled (499)，要管吗').match?.slug).toBe('request-canceled');
  });

  it('a quick-lookup phrase in quotes inside a sentence is a copy of the message; a JSON value or a borrowed text is not', () => {
    expect(lookup('kimi code keeps saying "unable to verify your membership benefits" but my sub is active until june??').match?.slug).toBe('membership-unverified');
    expect(lookup(`Getting "You've reached kimi monthly usage limit" in kimi-cli, but the page shows 40% left`).match?.slug).toBe('monthly-quota-exhausted');
    expect(lookup('客户端一直提示「unsupported image url」，换了图床也不行').match?.slug).toBe('unsupported-image-url');
    // Unquoted, the same words may be the sentence's own.
    expect(lookup('kimi code keeps saying unable to verify your membership benefits but my sub is active until june??').match).toBeNull();
    expect(lookup('{"jsonrpc":"2.0","id":7,"error":{"code":-32601,"message":"Method not found"}}').match).toBeNull();
    expect(lookup('my build says "context canceled" every time docker pushes').match).toBeNull();
  });

  it('a borrowed text alone is a match, unless two entries share it', () => {
    expect(lookup('unexpected EOF').match?.slug).toBe('internal-connection-error');
    expect(lookup('500 unexpected EOF').match?.slug).toBe('internal-connection-error');
    expect(lookup('Error: unexpected EOF').match).toBeNull();
    const shared = lookup('context deadline exceeded');
    expect(shared.match).toBeNull();
    expect(shared.candidates.map((c) => c.slug).sort()).toEqual(['image-moderation-failed', 'web-page-read-failed']);
  });

  it('one word of a message at the edge of a line is no copy of it', () => {
    const log = ['● Bash(npm test -- --runInBand)', '  ⎿  Tests: 212 passed, 212 total', '● Read(src/ledger.ts)'].join('\n');
    expect(lookup(log).match).toBeNull();
    expect(lookup(log).found).toEqual([]);
  });

  it('a chat export is a log: each "[hh:mm] name: …" is its own record, a Kimi sign in another says nothing about it', () => {
    const chat = [
      '[10:12] 告警机器人：【模型调用失败】POST https://api.kimi.com/coding/v1/chat/completions',
      '         错误：500 image_url:moderation request error: 非法输入',
      '[10:40] 运维-老周：顺便说下，今天上午 CDN 回源偶发 504 Gateway Timeout，是我们自己的静态站',
      '[10:41] 小林：收到',
    ].join('\n');
    expect(lookup(chat).found.map((f) => f.slug)).toEqual(['image-moderation-failed']);
  });

  it('in a Kimi session, a remark in Chinese about a borrowed text is no error; the same text with a sign on its line is', () => {
    const session = ['kimi> 顺便跑一下测试', '  • StrReplaceFile internal/pay/pay_test.go', 'TestPayCallback 里 mock 服务器提前关闭了，导致 context canceled。', 'kimi> /exit'].join('\n');
    expect(lookup(session).found).toEqual([]);
    expect(lookup(session.replace('mock 服务器提前关闭了，导致', 'kimi-for-coding 返回')).found.map((f) => f.slug)).toEqual(['request-canceled']);
  });

  it("another program's log line sharing only everyday words with the message is its own", () => {
    const promtail =
      'level=warn caller=client.go:419 msg="error sending batch, will retry" error="Post \\"http://loki.monitoring.svc:3100/loki/api/v1/push\\": context canceled"';
    expect(lookup(promtail).match).toBeNull();
    expect(lookup(`error sending 'CallDataSourceTool' request: Post "http://10.0.0.8/x": context canceled`).match?.slug).toBe('request-canceled');
    // Right next to the borrowed part, an everyday word is the server's own framing of it.
    expect(lookup('unavailable: 502 Bad Gateway').match).toMatchObject({ slug: 'downstream-unavailable', borrowed: null });
  });

  it("a database's switch-over notice and Go's test output are their programs' own", () => {
    expect(lookup('【DBA 通知】今晚 02:00 主库切换，期间应用可能出现：\nFATAL: terminating connection due to administrator command (SQLSTATE 57P03)\n属正常现象').match).toBeNull();
    expect(lookup('During tonight\'s failover you may see:\nFATAL: terminating connection due to administrator command (SQLSTATE 57P03)').match).toBeNull();
    expect(lookup('--- FAIL: TestPay (2.00s)\n    pay_test.go:44: Post "http://127.0.0.1:18080/callback": context canceled').match).toBeNull();
  });

  it('OCR reads "m" as "rn"', () => {
    expect(lookup('total rnessage size 4019221 exceeds lirnit 2097152').match?.slug).toBe('message-size-exceeded');
  });

  it("a cloud SDK's or Terraform's own output prints context canceled too", () => {
    const terraform = [
      '│ Error: error reading EC2 Instance (i-0a1b2c3d): operation error EC2: DescribeInstances, https response error StatusCode: 0, RequestID: , canceled, context canceled',
      '│',
      '│   with aws_instance.bastion,',
      '│   on main.tf line 12, in resource "aws_instance" "bastion":',
    ].join('\n');
    expect(lookup(terraform).match).toBeNull();
  });

  it('a fragment quoted in prose of another script counts as copied from its start or end', () => {
    expect(lookup('调用接口返回 Your request exceeded model token limit 要怎么处理').match?.slug).toBe('token-limit-exceeded');
    expect(lookup('提示 reasoning_content is missing 是什么意思').match?.slug).toBe('reasoning-content-missing');
  });

  it('a word a terminal wrapped across two lines is one word again, and the excerpt spans both', () => {
    const input = 'total message size 8811203 exceeds lim\nit 2097152';
    expect(lookup(input).match?.slug).toBe('message-size-exceeded');
    expect(excerpt(input)).toBe(input);
    // Two words that are words on their own stay two.
    expect(lookup('Invalid\nAuthentication').match?.slug).toBe('invalid-authentication');
  });

  it('a long run of a template\'s words, in order, outweighs chatter around it and cuts at both ends', () => {
    expect(lookup('t failed: 30043 check url failed, server error (5x').match?.slug).toBe('web-page-read-failed');
    const slack = ':money_with_wings: ugh, kimi now says *"You\'ve reached your usage limit for this billing cycle"* on every request :sob:';
    expect(lookup(slack).match?.slug).toBe('billing-cycle-quota-exhausted');
  });

  it('a whole message, word for word, inside a sentence of the paste is quoted, not part of a longer message', () => {
    expect(lookup('my agent keeps saying total message size 3871002 exceeds limit 2097152 after every big diff').match?.slug).toBe('message-size-exceeded');
    expect(lookup('claude code keeps printing thinking is enabled but reasoning_content is missing in assistant tool call message at index 4 whenever I switch models').match?.slug).toBe(
      'reasoning-content-missing',
    );
    // A message of a few words is as often a phrase of another sentence; so is one retyped in other letters.
    for (const text of [
      'Access terminated by remote host after 3 failed login attempts',
      'Kerberos: Invalid Authentication token presented by client host01',
      'Request had invalid authentication credentials. Expected OAuth 2 access token',
    ]) {
      expect(lookup(text).match, text).toBeNull();
    }
  });

  it('a remark in brackets after a message cut short is the sender\'s aside, not the message going on', () => {
    expect(lookup("You've reached kimi monthly usage limit (shared by PPT and Kimi Code?)").match?.slug).toBe('monthly-quota-exhausted');
    expect(lookup('错误：You\'ve reached your usage limit for this billing cycle（我才用了一天？）').match?.slug).toBe('billing-cycle-quota-exhausted');
    expect(lookup("You've reached kimi monthly usage limit - is PPT sharing the quota?").match?.slug).toBe('monthly-quota-exhausted');
    expect(lookup("You've reached kimi monthly usage limit — PPT 和 Kimi Code 共用额度吗").match?.slug).toBe('monthly-quota-exhausted');
    expect(lookup("You've reached kimi monthly usage limit, said the bot, and then it crashed").match).toBeNull();
    // What a bracket opens is no copy of a message's end: Postgres's own code is not Kimi's.
    expect(lookup('db: error: sorry, too many clients already (SQLSTATE 53300)').candidates.map((c) => c.slug)).not.toContain('database-connection-failed');
  });

  it('a generic tail without any of the message\'s telling words is no match', () => {
    expect(lookup('Post "https://api.kimi.com/coding/v1/messages": context deadline exceeded (Client.Timeout exceeded while awaiting headers)').match).toBeNull();
    // With them, it is.
    expect(lookup('spider checkUrl failed: Post "https://a.example/x": context deadline exceeded').match?.slug).toBe('web-page-read-failed');
  });

  it('a paste that starts or ends inside a word, and fields separated by tabs', () => {
    expect(lookup('rently overloaded, please try again later').match?.slug).toBe('engine-overloaded');
    expect(lookup('Invalid Authent…').match?.slug).toBe('invalid-authentication');
    expect(lookup('ERROR\t500\tInvalid Authentication\treq_abc123').match?.slug).toBe('invalid-authentication');
  });

  it('a match that ends before the template\'s placeholder does not take the words after it as the value', () => {
    expect(lookup("Error: 400 Invalid request: unsupported parameter: 'reasoning_effort'").match).toBeNull();
  });

  it('the excerpt is found in the original after unescaping and NFKC folding', () => {
    expect(excerpt('{"error":{"message":"\\u0041ccess terminated."}}')).toBe('\\u0041ccess terminated');
    expect(excerpt('ＩＮＶＡＬＩＤ　ＡＵＴＨＥＮＴＩＣＡＴＩＯＮ')).toBe('ＩＮＶＡＬＩＤ　ＡＵＴＨＥＮＴＩＣＡＴＩＯＮ');
    const escaped = '{"error":{"message":"unauthenticated: not_found: \\u672a\\u627e\\u5230\\u8be5\\u8d26\\u53f7"}}';
    expect(excerpt(escaped)).toBe('unauthenticated: not_found: \\u672a\\u627e\\u5230\\u8be5\\u8d26\\u53f7');
  });
});

describe('hostile input: an answer, never a throw (these tests see any exception: the safety net rethrows it)', () => {
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

describe('the safety net', () => {
  const evil = { toString: () => { throw new Error('a bug') } } as unknown as string;

  it('turns an exception into "no match" and tells onError', () => {
    const caught: unknown[] = [];
    const safe = createLookup(index, (error) => caught.push(error));
    expect(safe(evil)).toEqual({ match: null, confidence: 0, candidates: [], status: null, found: [] });
    expect(caught).toEqual([new Error('a bug')]);
  });

  it('logs to the console by default', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(createLookup(index)(evil).match).toBeNull();
    expect(log).toHaveBeenCalledWith(new Error('a bug'));
    log.mockRestore();
  });

  it('hides nothing from these tests: their lookup rethrows', () => {
    expect(() => lookup(evil)).toThrow('a bug');
  });
});
