import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The command line as a user runs it: the same engine and catalogue, text in, answer out. */
function lookup(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['scripts/lookup.ts', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run lookup', () => {
  it('names the matching entry for a person', () => {
    const { code, out } = lookup(['error, status code: 401, message: Invalid Authentication']);
    expect(code).toBe(0);
    expect(out).toContain('Invalid Authentication (HTTP 401)');
    expect(out).toContain('/errors/invalid-authentication/');
  });

  it('says honestly when nothing matches, and still exits 0', () => {
    const { code, out } = lookup(['fatal: not a git repository']);
    expect(code).toBe(0);
    expect(out).toContain('/errors/not-covered/');
  });

  it('prints one JSON object with --json', () => {
    const { code, out } = lookup(['--json', 'total message size 5943865 exceeds limit 2097152']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.match.slug).toBe('message-size-exceeded');
    expect(result.match.captures).toContainEqual({ name: 'size', value: '5943865' });
  });

  it('answers JSON lines in order with --jsonl', () => {
    const input = ['Invalid Authentication', 'zsh: command not found: kimi', 'url2text:v2:fresh-request timeout']
      .map((text) => JSON.stringify({ text }))
      .join('\n');
    const { code, out } = lookup(['--jsonl'], input);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.match)).toEqual(['invalid-authentication', null, 'web-page-read-failed']);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['match', 'confidence', 'candidates']);
      expect(line.confidence).toBeGreaterThanOrEqual(0);
      expect(line.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reports a bad JSON line and answers the others', () => {
    const { code, out } = lookup(['--jsonl'], `${JSON.stringify({ text: 'Invalid Authentication' })}\nnot json\n`);
    expect(code).toBe(2);
    const lines = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines[0].match).toBe('invalid-authentication');
    expect(lines[1].error).toMatch(/line 2/);
  });

  it('reads a large log on stdin and finds the error in it', () => {
    const filler = 'INFO worker: processed batch in 17ms ok\n'.repeat(60_000);
    const { code, out } = lookup(['--json'], `${filler}ERROR The engine is currently overloaded, please try again later\n${filler}`);
    expect(code).toBe(0);
    expect(JSON.parse(out).match.slug).toBe('engine-overloaded');
  });

  it.each([
    ['markup', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
    ['deeply nested JSON', '['.repeat(50_000)],
    ['control characters and lone surrogates', '\u0000\u001b[31m\ud800\u202e'],
    ['one character a million times', 'a'.repeat(1_000_000)],
  ])('answers %s without crashing', (_, text) => {
    const { code, out } = lookup(['--json'], text);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveProperty('match');
  });

  it('explains bad usage with exit code 2', () => {
    const { code, err } = lookup(['--frobnicate']);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown option --frobnicate/);
  });
});
