import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCommitDates } from '../../src/lib/catalogue/git-dates.ts';

/**
 * How the dates are read from git's output, with a stand-in for git that prints a log as given:
 * cases a real repository makes hard to set up (merges out of date order, a git that fails midway).
 */

let scratch = '';
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** A program that prints `log` and ends with `status`, as git would. */
function fakeGit(log: string, status: number) {
  scratch = mkdtempSync(join(tmpdir(), 'fake-git-'));
  const program = join(scratch, 'git');
  writeFileSync(program, `#!/bin/sh\ncat <<'EOF'\n${log}EOF\nexit ${status}\n`);
  chmodSync(program, 0o755);
  return program;
}

const at = (seconds: number) => new Date(seconds * 1000);

describe('the dates in a git log', () => {
  it('are each file\'s latest, even when an older commit comes first (a merge)', () => {
    const git = fakeGit('t:1600000000\ncontent/errors/a.md\nt:1700000000\ncontent/errors/a.md\ncontent/errors/b.md\n', 0);
    expect(readCommitDates('content/errors', { root: scratch, git })).toEqual(
      new Map([
        ['content/errors/a.md', at(1700000000)],
        ['content/errors/b.md', at(1700000000)],
      ]),
    );
  });

  it('are none when git fails, even after printing part of a log', () => {
    const git = fakeGit('t:1600000000\ncontent/errors/a.md\n', 128);
    expect(readCommitDates('content/errors', { root: scratch, git })).toEqual(new Map());
  });
});
