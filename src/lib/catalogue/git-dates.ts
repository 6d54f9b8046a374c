import { spawnSync } from 'node:child_process';

interface CommitDateOptions {
  /** The folder git runs in; keys are relative to it. */
  root?: string;
  /** The git program (a test passes one that does not exist). */
  git?: string;
}

/**
 * When each file under `folder` last changed, from a single `git log` over the folder, the way
 * Starlight reads its own pages' dates. Keys are paths relative to `root` with forward slashes,
 * as content entries' `filePath`. A file git does not know (no git, no repository, a shallow clone
 * that lacks its commits, a file never committed) is simply missing: its date is left out.
 */
export function readCommitDates(folder: string, { root = process.cwd(), git = 'git' }: CommitDateOptions = {}) {
  const dates = new Map<string, Date>();
  const log = spawnSync(
    git,
    ['-c', 'core.quotePath=false', 'log', '--format=t:%ct', '--name-only', '--relative', '--', folder],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (log.error || log.status !== 0) return dates;
  let committed: Date | undefined;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('t:')) {
      committed = new Date(Number(line.slice(2)) * 1000);
    } else if (line && committed) {
      // Commits come newest first, but not strictly (merges): keep the latest date seen.
      const known = dates.get(line);
      if (!known || known < committed) dates.set(line, committed);
    }
  }
  return dates;
}

/** A date as ISO 8601 in UTC to the second: `2026-11-30T14:03:12Z`. */
export const isoTimestamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
