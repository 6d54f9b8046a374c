import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCommitDates } from '../../src/lib/catalogue/git-dates.ts';

let scratch = '';
const previousCeiling = process.env.GIT_CEILING_DIRECTORIES;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'git-dates-'));
  // Never let git find a repository above the scratch folder (the project's own, say).
  process.env.GIT_CEILING_DIRECTORIES = tmpdir();
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
  if (previousCeiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
  else process.env.GIT_CEILING_DIRECTORIES = previousCeiling;
});

function git(cwd: string, args: string[], date = '2020-01-01T00:00:00Z') {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    stdio: 'pipe',
  });
}

function write(root: string, path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A repository where a.md changed twice, b.md once, c.md never, and a file outside the folder later. */
function repository() {
  const root = join(scratch, 'repo');
  mkdirSync(root);
  git(root, ['init', '-q']);
  write(root, 'content/errors/a.md', 'one');
  write(root, 'content/errors/b.md', 'one');
  git(root, ['add', '.']);
  git(root, ['commit', '-q', '-m', 'first'], '2024-01-02T03:04:05Z');
  write(root, 'content/errors/a.md', 'two');
  git(root, ['commit', '-q', '-am', 'second'], '2025-06-07T08:09:10+02:00');
  write(root, 'README.md', 'elsewhere');
  git(root, ['add', '.']);
  git(root, ['commit', '-q', '-m', 'third'], '2026-01-01T00:00:00Z');
  write(root, 'content/errors/c.md', 'never committed');
  return root;
}

describe('when each entry file last changed', () => {
  it('is the date of the newest commit touching it, keyed by its path from the project root', () => {
    const dates = readCommitDates('content/errors', { root: repository() });
    expect(Object.fromEntries([...dates].map(([file, date]) => [file, date.toISOString()]))).toEqual({
      'content/errors/a.md': '2025-06-07T06:09:10.000Z',
      'content/errors/b.md': '2024-01-02T03:04:05.000Z',
    });
  });

  it('is unknown, without failing, where there is no repository', () => {
    write(scratch, 'content/errors/a.md', 'one');
    expect(readCommitDates('content/errors', { root: scratch }).size).toBe(0);
  });

  it('is unknown, without failing, where git is not installed', () => {
    const root = repository();
    expect(readCommitDates('content/errors', { root, git: join(scratch, 'no-such-git') }).size).toBe(0);
  });

  it('comes from the history a shallow clone has: its one commit stands for every file', () => {
    const origin = repository();
    const clone = join(scratch, 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], { stdio: 'pipe' });
    const dates = readCommitDates('content/errors', { root: clone });
    expect([...dates.keys()].sort()).toEqual(['content/errors/a.md', 'content/errors/b.md']);
    for (const date of dates.values()) expect(date.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
