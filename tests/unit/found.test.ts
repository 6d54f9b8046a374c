import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { buildLookupIndex, createLookup } from '../../src/lib/lookup/index.ts';

/** Every documented error of a paste, with how often and on which lines (result.found). */
const lookup = createLookup(buildLookupIndex(loadCatalogue()), (error) => {
  throw error;
});

const OVERLOADED = 'WARN Error code: 429 - The engine is currently overloaded, please try again later';
const TERMINATED = 'ERROR Error code: 403 - Access terminated.';

describe('every documented error of a paste', () => {
  it('in order of first appearance, with counts and lines; the match is the last, which stopped the run', () => {
    const result = lookup([OVERLOADED, OVERLOADED, TERMINATED].join('\n'));
    expect(result.found).toEqual([
      { slug: 'engine-overloaded', count: 2, firstLine: 1, lastLine: 2 },
      { slug: 'access-terminated', count: 1, firstLine: 3, lastLine: 3 },
    ]);
    expect(result.match?.slug).toBe('access-terminated');
  });

  it('lines of the paste as given: blank lines and CRLF count, chatter does not', () => {
    const paste = ['retrying...', '', OVERLOADED, 'still failing:', '', '', OVERLOADED, 'Invalid Authentication', OVERLOADED].join('\r\n');
    expect(lookup(paste).found).toEqual([
      { slug: 'engine-overloaded', count: 3, firstLine: 3, lastLine: 9 },
      { slug: 'invalid-authentication', count: 1, firstLine: 8, lastLine: 8 },
    ]);
  });

  it('one line, one error; two errors on one line are two', () => {
    expect(lookup('Access terminated.').found).toEqual([{ slug: 'access-terminated', count: 1, firstLine: 1, lastLine: 1 }]);
    const both = '{"first":"The engine is currently overloaded, please try again later","then":"Access terminated."}';
    expect(lookup(both).found.map((f) => f.slug)).toEqual(['engine-overloaded', 'access-terminated']);
  });

  it('none: an empty list', () => {
    expect(lookup('fatal: not a git repository\nhint: run git init').found).toEqual([]);
    expect(lookup('').found).toEqual([]);
  });

  it('only what counts as a match: a guess is not listed', () => {
    const paste = ['rpc error: code = Canceled desc = context canceled', '', 'LLM provider error: context canceled'].join('\n');
    expect(lookup(paste).found).toEqual([{ slug: 'request-canceled', count: 1, firstLine: 3, lastLine: 3 }]);
    expect(lookup('usage limit for this billing cycle\nusage limit for this billing cycle').found).toEqual([]);
  });

  it('a message a terminal wrapped onto the next line is one error, on both lines', () => {
    expect(lookup('total message size 8811203 exceeds lim\nit 2097152').found).toEqual([{ slug: 'message-size-exceeded', count: 1, firstLine: 1, lastLine: 2 }]);
    // Each half alone would match: still one error.
    const wrapped = "We're receiving too many requests at the moment. Please wait\na moment and try again.";
    expect(lookup(wrapped).found).toEqual([{ slug: 'too-many-requests', count: 1, firstLine: 1, lastLine: 2 }]);
    expect(lookup(`${wrapped}\n${wrapped}`).found).toEqual([{ slug: 'too-many-requests', count: 2, firstLine: 1, lastLine: 4 }]);
    // The same whole message on the next line is another error.
    expect(lookup('Invalid Authentication\nInvalid Authentication').found).toEqual([{ slug: 'invalid-authentication', count: 2, firstLine: 1, lastLine: 2 }]);
  });

  it('a message wrapped inside a word, and going on after it on the next line, is one error', () => {
    const wrapped = 'Error: 400 Invalid request: Your request exceeded model token limit: 2621\n44 (requested: 300112)';
    expect(lookup(wrapped).found).toEqual([{ slug: 'token-limit-exceeded', count: 1, firstLine: 1, lastLine: 2 }]);
  });

  it("a web server's error page says it twice, in its title and its heading: one error", () => {
    const page = '<html>\n<head><title>504 Gateway Time-out</title></head>\n<body>\n<center><h1>504 Gateway Time-out</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>';
    const once = `POST https://api.kimi.com/coding/v1/chat/completions\n${page}`;
    expect(lookup(once).found).toEqual([{ slug: 'downstream-unavailable', count: 1, firstLine: 3, lastLine: 5 }]);
    const twice = `${once}\nretrying in 2s: POST https://api.kimi.com/coding/v1/chat/completions\n${page}`;
    expect(lookup(twice).found).toEqual([{ slug: 'downstream-unavailable', count: 2, firstLine: 3, lastLine: 13 }]);
  });

  it('the answer is the error on the latest line, whole message or not, however telling the earlier ones', () => {
    const partial = [
      `2025-07-06 08:00:01 ${OVERLOADED}`,
      `2025-07-06 08:00:05 ${OVERLOADED}`,
      '2025-07-06 08:00:13 ERROR Error code: 500 - internal: failed to connect to `user=kimi_chat_prod_rw database=membership_021`: dial tcp 10.32.9.21:5432: i/o timeout',
    ];
    expect(lookup(partial.join('\n')).match?.slug).toBe('database-connection-failed');
    // An error seen before comes back last: it stopped the run.
    const again = ['API Error: 401 Invalid Authentication', 'API Error: 400 Invalid request: Your request exceeded model token limit: 262144 (requested: 301554)', '/compact', 'API Error: 401 Invalid Authentication'];
    const result = lookup(again.join('\n'));
    expect(result.found.map((f) => f.slug)).toEqual(['invalid-authentication', 'token-limit-exceeded']);
    expect(result.match?.slug).toBe('invalid-authentication');
  });

  it("a line is judged by the status it states, not by another line's", () => {
    // JSON-RPC's own "Method not found" (a language server) is no 404 of the Kimi API because a 404 is two lines away.
    const editor = ['LSP[lua_ls] Method not found: textDocument/inlineCompletion', '[CodeCompanion] Error: 404 method not found', 'LSP[gopls] Method not found: textDocument/semanticTokens/range'];
    expect(lookup(editor.join('\n')).found).toEqual([{ slug: 'endpoint-not-found', count: 1, firstLine: 2, lastLine: 2 }]);
    const chain = ['Error: upload failed', '', 'Caused by:', '    0: API error (400): Invalid request: unsupported image url: ./shot.png', '    1: request rejected'];
    expect(lookup(chain.join('\n')).found.map((f) => f.slug)).toEqual(['unsupported-image-url']);
  });

  it('a message spread over lines is listed on all of them', () => {
    const result = lookup('Error: 401\nInvalid\nAuthentication');
    expect(result.match?.slug).toBe('invalid-authentication');
    expect(result.found).toEqual([{ slug: 'invalid-authentication', count: 1, firstLine: 2, lastLine: 3 }]);
    expect(lookup('url-to-text request failed:\n30043\ncheck url failed').found).toEqual([{ slug: 'web-page-read-failed', count: 1, firstLine: 1, lastLine: 3 }]);
  });
});

describe('a long log', () => {
  const info = (i: number) => `2025-06-01T10:00:${String(i % 60).padStart(2, '0')}Z INFO worker[${i}] processed job ${i} in ${i % 97}ms queue=default`;
  const block = (from: number, n: number) => Array.from({ length: n }, (_, i) => info(from + i));

  it('5 MB: every error found with exact counts and lines, wherever it sits', () => {
    const lines = block(0, 62_000);
    const at = { overloaded: [10, 29_999, 30_000], terminated: [61_990] };
    for (const n of at.overloaded) lines[n - 1] = `2025-06-01T10:00:00Z ${OVERLOADED}`;
    for (const n of at.terminated) lines[n - 1] = `2025-06-01T10:00:00Z ${TERMINATED}`;
    const paste = lines.join('\n');
    expect(paste.length).toBeGreaterThan(5_000_000);
    const result = lookup(paste);
    expect(result.found).toEqual([
      { slug: 'engine-overloaded', count: 3, firstLine: 10, lastLine: 30_000 },
      { slug: 'access-terminated', count: 1, firstLine: 61_990, lastLine: 61_990 },
    ]);
    expect(result.match?.slug).toBe('access-terminated');
  });

  it('a log of the same error over and over: each time counted, past what is read line by line', () => {
    const paste = Array.from({ length: 100_000 }, (_, i) => `${i} ERROR Error code: 401 - Invalid Authentication req=${i}`).join('\n');
    const result = lookup(paste);
    expect(result.match?.slug).toBe('invalid-authentication');
    expect(result.found).toEqual([{ slug: 'invalid-authentication', count: 100_000, firstLine: 1, lastLine: 100_000 }]);
  });

  it('its answer is its last error, however telling the earlier ones', () => {
    const lines = block(0, 3000);
    lines[100] = 'ERROR internal: failed to connect to `user=kimi_chat_prod_rw database=membership_009`: 10.0.0.1:5432: connection reset by peer';
    lines[2990] = 'ERROR Error code: 403 - Access terminated.';
    expect(lookup(lines.join('\n')).match?.slug).toBe('access-terminated');
  });
});
