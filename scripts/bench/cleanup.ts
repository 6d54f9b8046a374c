/**
 * What the benchmark leaves behind is removed when the process ends, however it ends: temporary
 * builds, project copies, the preview server. Ctrl-C included (a signal skips 'exit' otherwise).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const atExit = new Set<() => void>();

process.on('exit', () => {
  for (const undo of atExit) undo();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

/** Runs `undo` when the process ends, unless the returned function ran it first. */
export function onExit(undo: () => void): () => void {
  atExit.add(undo);
  return () => {
    if (atExit.delete(undo)) undo();
  };
}

/** A fresh temporary folder, removed at exit; `remove` removes it earlier. */
export function tempDir(label: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `kimi-bench-${label}-`));
  return { dir, remove: onExit(() => rmSync(dir, { recursive: true, force: true })) };
}
