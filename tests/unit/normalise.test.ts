import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { buildLookupIndex, createLookup } from '../../src/lib/lookup/index.ts';
import { findStatuses, normalise } from '../../src/lib/lookup/normalise.ts';
import { clean, unmarkup } from '../../src/lib/lookup/text.ts';

const OVERLOADED = 'The engine is currently overloaded, please try again later';
const lookup = createLookup(buildLookupIndex(loadCatalogue()), (error) => {
  throw error;
});

describe('normalise: escapes, entities and odd characters undone', () => {
  it('JSON escaped inside JSON, two layers deep (a response body inside a container log record)', () => {
    const body = JSON.stringify({ error: { message: 'unavailable: 504 Gateway Timeout', type: 'server_error' } });
    const n = normalise(JSON.stringify({ log: JSON.stringify({ level: 'error', body }), stream: 'stderr' }));
    expect(n.text).toContain('"message":"unavailable: 504 Gateway Timeout"');
  });

  it('\\u and \\x escapes; a backslash before a letter is a Windows path', () => {
    expect(normalise('{"message":"unauthenticated: failed_precondition: \\u56e0\\u8fdd\\u53cd\\u7528\\u6237\\u534f\\u8bae"}').text).toContain('因违反用户协议');
    expect(normalise("{'message': 'It\\x27s'}").text).toBe("{'message': 'It's'}");
    expect(normalise('C:\\Users\\pc\\shot.png').text).toBe('C:\\Users\\pc\\shot.png');
  });

  it('fullwidth letters and punctuation fold to ASCII (NFKC)', () => {
    expect(normalise('未找到该账号，请确认是否注册').text).toBe('未找到该账号,请确认是否注册');
    expect(normalise('Ｉｎｖａｌｉｄ Ａｕｔｈｅｎｔｉｃａｔｉｏｎ：４０１').text).toBe('Invalid Authentication:401');
  });

  it('HTML-escaped JSON from a web page', () => {
    expect(normalise('{&quot;error&quot;:{&quot;message&quot;:&quot;Access terminated.&quot;}}').text).toBe('{"error":{"message":"Access terminated."}}');
  });

  it('control characters, zero-width and bidi marks, lone surrogates are removed; typographic quotes straightened', () => {
    expect(normalise('\u202bAccess\u200b termi\u200enated.\u202c\u0007\uD800 \u001b[0m').text).toMatch(/^Access terminated\. +\[0m$/);
    expect(normalise('\u201cWe\u2019re receiving\u201d').text).toBe('"We\'re receiving"');
  });
});

describe('URL encoding: percent-escapes and form-encoded spaces', () => {
  it('decodes percent-escapes, UTF-8 sequences included, and maps back to the input', () => {
    const raw = 'msg=%E5%9B%A0%E8%BF%9D%E5%8F%8D%20ok%3A%22x%22';
    const n = normalise(raw);
    expect(n.text).toBe('msg=因违反 ok:"x"');
    expect(n.from[n.text.indexOf('ok')]).toBe(raw.indexOf('ok'));
    expect(n.from[n.text.length]).toBe(raw.length);
  });

  it('leaves invalid sequences as they are, without throwing', () => {
    expect(normalise('100% sure, %ZZ, %E5%9B and %C0%AF').text).toBe('100% sure, %ZZ, %E5%9B and %C0%AF');
    expect(normalise('%E5%9B%A0%E5').text).toBe('%E5%9B%A0%E5');
  });

  it('"+" is a space in query values and beside percent-escapes; elsewhere it stays', () => {
    expect(normalise('/cb?msg=Access+terminated.').text).toBe('/cb?msg=Access terminated.');
    expect(normalise('Access+terminated%2E').text).toBe('Access terminated.');
    expect(normalise('C++ and a+b').text).toBe('C++ and a+b');
  });

  it('a percent-encoded message is found', () => {
    expect(lookup('error=The%20engine%20is%20currently%20overloaded%2C%20please%20try%20again%20later').match?.slug).toBe('engine-overloaded');
  });
});

describe('markup', () => {
  it('HTML tags read as line breaks, each character keeping its place', () => {
    const page = '<html><head><title>504 Gateway Time-out</title></head><body class="x"><h1>Oops</h1><br/></body></html>';
    const text = unmarkup(page);
    expect(text).toHaveLength(page.length);
    expect(text.split('\n').map((line) => line.trim()).filter(Boolean)).toEqual(['504 Gateway Time-out', 'Oops']);
    expect(text.indexOf('Oops')).toBe(page.indexOf('Oops'));
  });

  it('leaves what only looks like markup', () => {
    expect(unmarkup('a < b and c > d, <3, 1<2>0')).toBe('a < b and c > d, <3, 1<2>0');
  });
});

describe('mojibake: UTF-8 shown as Latin-1', () => {
  const asLatin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

  it('is decoded again, also when it came escaped', () => {
    expect(clean(asLatin1('因违反用户协议 – é'))).toBe('因违反用户协议 – é');
    expect(normalise(JSON.stringify({ message: asLatin1('非法输入') })).text).toBe('{"message":"非法输入"}');
  });

  it('leaves real Latin-1 text alone', () => {
    for (const text of ['Erreur : la requête a échoué', 'Größe überschritten', 'café crème à 100 °C', 'Â']) expect(clean(text)).toBe(text);
  });
});

describe('each wrapper kind: the engine finds the message and the status through it', () => {
  it.each([
    ['Claude Code: API Error: 429 {json}', `API Error: 429 {"error":{"type":"rate_limit_error","message":"${OVERLOADED}"},"type":"error"}`, 429],
    ["Claude Code's retry line", `  ⎿  API Error (429 {"error":{"type":"rate_limit_error","message":"${OVERLOADED}"},"type":"error"}) · Retrying in 4 seconds… (attempt 3/10)`, 429],
    [
      'openai-node: stack frames after the message',
      "Error: 402 We're unable to verify your membership benefits at this time. Please ensure your membership is active.\n    at APIError.generate (/Users/lena/proj/agent/node_modules/openai/error.js:66:20)\n    at OpenAI.makeStatusError (/Users/lena/proj/agent/node_modules/openai/core.js:302:33)",
      402,
    ],
    [
      'Python traceback',
      'Traceback (most recent call last):\n  File "/srv/app/chain.py", line 41, in <module>\n    result = chain.invoke({"question": q})\nopenai.BadRequestError: Error code: 400 - {\'error\': {\'message\': \'function name search is duplicated\'}}',
      400,
    ],
    ['Java stack frames', 'java.io.IOException: internal: conn closed\n\tat com.acme.Client.call(Client.java:12)\n\t... 12 more', null],
    ['HTTP dump', `HTTP/2 429 \ncontent-type: application/json; charset=utf-8\nretry-after: 3\n\n{"error":{"message":"${OVERLOADED}"}}`, 429],
    ['curl -v', '> POST /coding/v1/chat/completions HTTP/2\n> Host: api.kimi.com\n< HTTP/2 404\n< content-type: application/json\n<\nmethod not found', 404],
    [
      'log line with a timestamp and key=value fields',
      '2025-05-19T08:42:13.551Z ERROR llm.client: upstream returned 401 base_url=https://api.kimi.com/coding/v1 body="Invalid Authentication" request_id=4f0d7a2e-91b3',
      401,
    ],
    ['markdown fence', '```\nError: 403 Kimi For Coding is currently only available for Coding Agents\n```', 403],
  ])('%s', (_, text, status) => {
    const result = lookup(text);
    expect(result.match).not.toBeNull();
    expect(result.status).toBe(status);
  });
});

describe('status', () => {
  it('finds the status after the usual words, or at the start of a line; not inside other numbers', () => {
    expect(findStatuses('RateLimitError: 429 You have')).toEqual([429]);
    expect(findStatuses('Tool call failed (499): error sending')).toEqual([499]);
    expect(findStatuses('{"statusCode":403}')).toEqual([403]);
    expect(findStatuses('404 method not found')).toEqual([404]);
    expect(findStatuses('usage limit for this billing cycle (403)')).toEqual([403]);
    expect(findStatuses('url-to-text request failed: 30043 check url failed')).toEqual([]);
    expect(findStatuses('MCP error -32601: Method not found')).toEqual([]);
    expect(findStatuses('unavailable: 503 Service Unavailable')).toEqual([]);
  });

  it('finds every status of a paste holding several errors; the first is the status', () => {
    expect(findStatuses('WARN Error code: 429 - retrying\nERROR Error code: 400 - giving up')).toEqual([429, 400]);
    expect(normalise('WARN Error code: 429 - retrying\nERROR Error code: 400 - giving up').status).toBe(429);
    expect(normalise('The engine is currently overloaded').status).toBeNull();
  });
});

describe('normalise: what decoding stops at', () => {
  it('reads `+` as a space only in query values, unless the paste is percent-encoded', () => {
    expect(normalise('https://h/p?q=a+b').text).toContain('q=a b');
    expect(normalise('keys: bar=a+b').text).toContain('bar=a+b');
    // `%2` is no escape: the paste is not percent-encoded, so its `+` stays.
    expect(normalise('50%2 done, c+d').text).toContain('c+d');
    expect(normalise('100%25 done, c+d').text).toContain('c d');
  });

  it('undoes at most four layers of percent-encoding', () => {
    expect(normalise('a%25252520b').text).toBe('a b');
    expect(normalise('a%2525252520b').text).toBe('a%20b');
  });

  it('keeps at most 16 statuses', () => {
    expect(findStatuses(Array.from({ length: 20 }, () => 'status 429').join('\n'))).toHaveLength(16);
  });
});
