import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';

/** The command line as a user runs it: the same engine and catalogue, text in, answer out. */
function lookup(args: string[], input?: string, script = 'scripts/lookup.ts') {
  const run = spawnSync(process.execPath, [script, ...args], {
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
      expect(Object.keys(line)).toEqual(['match', 'confidence', 'candidates', 'found']);
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
    const { code, out, err } = lookup(['--json'], text);
    // An engine bug would answer "no match" and complain on stderr: nothing there.
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveProperty('match');
  });

  it('explains bad usage with exit code 2', () => {
    for (const [args, message] of [
      [['--frobnicate'], /unknown option --frobnicate/],
      [['--json=yes', 'x'], /unknown option --json=yes/],
      [['--json', '--jsonl'], /use --json or --jsonl, not both/],
      [['--jsonl', 'x'], /give no text arguments/],
    ] as const) {
      const { code, err } = lookup([...args], '');
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(message);
      expect(err).toContain('Usage:');
    }
  });

  it('takes text that starts with a dash as text; --help and -h print the usage', () => {
    const { code, out } = lookup(['--json', '-32601 method not found']);
    expect(code).toBe(0);
    expect(JSON.parse(out).candidates[0].slug).toBe('endpoint-not-found');
    for (const help of ['--help', '-h']) expect(lookup([help]).out).toMatch(/^Usage:/);
  });
});

describe('the quick-lookup table', () => {
  it('--jsonl answers every keyword of every entry with its entry', () => {
    const keywords = loadCatalogue().flatMap((entry) => entry.keywords.map((keyword) => ({ keyword, slug: entry.slug })));
    const { code, out } = lookup(['--jsonl'], keywords.map(({ keyword }) => JSON.stringify({ text: keyword })).join('\n'));
    expect(code).toBe(0);
    const answers = out.trim().split('\n').map((line) => JSON.parse(line).match);
    expect(answers).toEqual(keywords.map(({ slug }) => slug));
  });
});

describe('every error of a paste', () => {
  const log = ['WARN The engine is currently overloaded, please try again later', 'WARN The engine is currently overloaded, please try again later', 'ERROR Access terminated.'].join('\n');

  it('--json lists them in order, with counts and lines; match is the last', () => {
    const result = JSON.parse(lookup(['--json'], log).out);
    expect(result.match.slug).toBe('access-terminated');
    expect(result.found).toEqual([
      { slug: 'engine-overloaded', count: 2, firstLine: 1, lastLine: 2 },
      { slug: 'access-terminated', count: 1, firstLine: 3, lastLine: 3 },
    ]);
    expect(JSON.parse(lookup(['--json'], 'zsh: command not found: kimi').out).found).toEqual([]);
  });

  it('--jsonl too, one line each', () => {
    const lines = lookup(['--jsonl'], [log, 'nothing to see'].map((text) => JSON.stringify({ text })).join('\n'))
      .out.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.found.map((f: { slug: string }) => f.slug))).toEqual([['engine-overloaded', 'access-terminated'], []]);
  });

  it('for a person, when there are two or more', () => {
    const { out } = lookup([], log);
    expect(out).toContain('Errors in the paste, in order:');
    expect(out).toMatch(/Inference Engine Overloaded {2}\/errors\/engine-overloaded\/ {2}2 times, lines 1-2/);
    expect(lookup(['Access terminated.']).out).not.toContain('Errors in the paste');
  });
});

describe('an invalid catalogue', () => {
  // A copy of the command line and its catalogue, one entry broken.
  const copy = mkdtempSync(join(tmpdir(), 'lookup-cli-'));
  for (const path of ['scripts', 'src/lib', 'content/errors', 'package.json']) cpSync(path, join(copy, path), { recursive: true });
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  writeFileSync(join(copy, 'content/errors/access-terminated.md'), '---\ntitle: Access Terminated\nstatus: "403"\n---\n');
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('prints what is wrong, file and field, without a stack trace, and exits 2', () => {
    const { code, out, err } = lookup(['Access terminated.'], undefined, join(copy, 'scripts/lookup.ts'));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('lookup: Invalid error catalogue:');
    expect(err).toContain('content/errors/access-terminated.md: field "status"');
    expect(err).not.toMatch(/\n\s+at /);
  });
});
