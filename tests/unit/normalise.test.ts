import { describe, expect, it } from 'vitest';
import { extractMessages, findStatuses, normalise } from '../../src/lib/lookup/normalise.ts';

const OVERLOADED = 'The engine is currently overloaded, please try again later';

describe('normalise: each wrapper kind gives back the server message and the status', () => {
  it('Claude Code: API Error: 429 {json}', () => {
    const n = normalise(`API Error: 429 {"error":{"type":"rate_limit_error","message":"${OVERLOADED}"},"type":"error"}`);
    expect(n.status).toBe(429);
    expect(n.messages[0]).toBe(OVERLOADED);
  });

  it("Claude Code's retry line", () => {
    const n = normalise(
      `  ⎿  API Error (429 {"error":{"type":"rate_limit_error","message":"${OVERLOADED}"},"type":"error"}) · Retrying in 4 seconds… (attempt 3/10)`,
    );
    expect(n.status).toBe(429);
    expect(n.messages[0]).toBe(OVERLOADED);
    expect(n.text).not.toMatch(/Retrying|attempt/);
  });

  it('openai-python: a dict repr, with the apostrophe-holding message in double quotes', () => {
    const message = "You've reached your usage limit for this period. Your quota will be refreshed in the next period.";
    const n = normalise(`openai.RateLimitError: Error code: 429 - {'error': {'message': "${message}", 'type': 'rate_limit_reached_error'}}`);
    expect(n.status).toBe(429);
    expect(n.messages[0]).toBe(message);
  });

  it('openai-node: the stack frames go, the message stays', () => {
    const n = normalise(
      [
        "Error: 402 We're unable to verify your membership benefits at this time. Please ensure your membership is active.",
        '    at APIError.generate (/Users/lena/proj/agent/node_modules/openai/error.js:66:20)',
        '    at OpenAI.makeStatusError (/Users/lena/proj/agent/node_modules/openai/core.js:302:33)',
        '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      ].join('\n'),
    );
    expect(n.status).toBe(402);
    expect(n.text).toBe("Error: 402 We're unable to verify your membership benefits at this time. Please ensure your membership is active.");
  });

  it('Go: error, status code: N, message: …', () => {
    const n = normalise('error, status code: 401, message: Invalid Authentication');
    expect(n.status).toBe(401);
    expect(n.messages).toContain('Invalid Authentication');
  });

  it('raw JSON: no status written, but the error type implies one', () => {
    const n = normalise('{"error":{"message":"Invalid Authentication","type":"invalid_authentication_error"}}');
    expect(n.messages[0]).toBe('Invalid Authentication');
    expect(n.status).toBeNull();
    expect(n.statuses).toEqual([401]);
  });

  it('JSON escaped inside JSON, two layers deep (a response body inside a container log record)', () => {
    const body = JSON.stringify({ error: { message: 'unavailable: 504 Gateway Timeout', type: 'server_error' } });
    const n = normalise(JSON.stringify({ log: JSON.stringify({ level: 'error', body }), stream: 'stderr' }));
    expect(n.messages).toContain('unavailable: 504 Gateway Timeout');
    expect(n.text).toContain('"message":"unavailable: 504 Gateway Timeout"');
  });

  it('HTTP dump: status line read, headers dropped', () => {
    const n = normalise(
      `HTTP/2 429 \ncontent-type: application/json; charset=utf-8\ndate: Tue, 17 Jun 2025 06:12:44 GMT\nretry-after: 3\n\n{"error":{"message":"${OVERLOADED}"}}`,
    );
    expect(n.status).toBe(429);
    expect(n.text).not.toMatch(/retry-after|content-type/);
    expect(n.messages[0]).toBe(OVERLOADED);
  });

  it('curl -v: request and response header lines dropped', () => {
    const n = normalise('> POST /coding/v1/chat/completions HTTP/2\n> Host: api.kimi.com\n< HTTP/2 404\n< content-type: application/json\n<\nmethod not found');
    expect(n.status).toBe(404);
    expect(n.text).not.toMatch(/Host:|content-type/);
    expect(n.text).toContain('method not found');
  });

  it('log line: timestamp dropped, request id kept as noise, status read from status=', () => {
    const n = normalise(
      '2025-05-19T08:42:13.551Z ERROR llm.client: upstream returned 401 base_url=https://api.kimi.com/coding/v1 body="Invalid Authentication" request_id=4f0d7a2e-91b3',
    );
    expect(n.text).not.toContain('2025-05-19');
    expect(n.status).toBe(401);
    expect(n.messages).toContain('Invalid Authentication');
    expect(normalise('[2025-06-02 14:31:07,552] ERROR agent.loop: x status=500').text).not.toMatch(/2025|14:31/);
  });

  it('markdown fence', () => {
    const n = normalise('```\nError: 403 Kimi For Coding is currently only available for Coding Agents\n```');
    expect(n.text).toBe('Error: 403 Kimi For Coding is currently only available for Coding Agents');
    expect(n.status).toBe(403);
  });

  it('\\u escapes, in the text and in the extracted message', () => {
    const n = normalise('{"error":{"message":"unauthenticated: failed_precondition: \\u56e0\\u8fdd\\u53cd\\u7528\\u6237\\u534f\\u8bae"}}');
    expect(n.messages[0]).toBe('unauthenticated: failed_precondition: 因违反用户协议');
    expect(n.text).toContain('因违反用户协议');
  });

  it('fullwidth letters and punctuation fold to ASCII (NFKC)', () => {
    expect(normalise('未找到该账号，请确认是否注册').text).toBe('未找到该账号,请确认是否注册');
    expect(normalise('Ｉｎｖａｌｉｄ Ａｕｔｈｅｎｔｉｃａｔｉｏｎ：４０１').text).toBe('Invalid Authentication:401');
  });

  it('Python traceback: frames and their source lines go', () => {
    const n = normalise(
      [
        'Traceback (most recent call last):',
        '  File "/srv/app/chain.py", line 41, in <module>',
        '    result = chain.invoke({"question": q})',
        "openai.BadRequestError: Error code: 400 - {'error': {'message': 'function name search is duplicated'}}",
      ].join('\n'),
    );
    expect(n.text.split('\n')).toHaveLength(1);
    expect(n.messages).toEqual(['function name search is duplicated']);
  });

  it('Java and Go stack frames', () => {
    const java = normalise('java.io.IOException: conn closed\n\tat com.acme.Client.call(Client.java:12)\n\t... 12 more');
    expect(java.text).toBe('java.io.IOException: conn closed');
    const go = normalise('panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:8 +0x18');
    expect(go.text).not.toMatch(/goroutine|main\.go/);
  });

  it('HTML-escaped JSON from a web page', () => {
    const n = normalise('{&quot;error&quot;:{&quot;message&quot;:&quot;Access terminated.&quot;}}');
    expect(n.messages).toEqual(['Access terminated.']);
  });

  it('control characters, zero-width and bidi marks, lone surrogates are removed', () => {
    const n = normalise('\u202bAccess\u200b termi\u200enated.\u202c\u0007\uD800 \u001b[0m');
    expect(n.text).toMatch(/^Access terminated\. +\[0m$/);
  });
});

describe('status and strings', () => {
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

  it('finds every status of a paste holding several errors', () => {
    expect(findStatuses('WARN Error code: 429 - retrying\nERROR Error code: 400 - giving up')).toEqual([429, 400]);
  });

  it('reads message fields of every quoting style, and only those', () => {
    expect(extractMessages(`{"type": "x_error", "message": "a b"}`)).toEqual(['a b']);
    expect(extractMessages(`{'error': 'c d', 'code': 'e f'}`)).toEqual(['c d']);
    expect(extractMessages(`msg="g h" err='i j' other="k"`)).toEqual(['g h', 'i j']);
    expect(extractMessages(`responseBody: '{"error":{"message":"It\\'s l"}}'`)).toEqual(["It's l", `{"error":{"message":"It's l"}}`]);
    expect(extractMessages("We're sorry, it's broken")).toEqual([]);
    expect(extractMessages('{"message": "never closed')).toEqual([]);
  });
});
