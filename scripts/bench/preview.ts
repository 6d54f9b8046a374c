/** `astro preview` of a given build on a free port, for the browser sections. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ASTRO_ENV } from './astro.ts';
import { onExit } from './cleanup.ts';
import { ASTRO_BIN, ROOT } from './paths.ts';

export interface Preview {
  base: string;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Serves the build in `dir` until `stop()` or the end of the process; resolves once it answers. */
export async function startPreview(dir: string): Promise<Preview> {
  const port = await freePort();
  const child = spawn(process.execPath, [ASTRO_BIN, 'preview', '--port', String(port), '--ignore-lock', '--outDir', dir], {
    cwd: ROOT,
    env: ASTRO_ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  // Never what keeps this process alive: stop() or the exit hook ends it.
  child.unref();
  (child.stdout as unknown as { unref(): void }).unref();
  (child.stderr as unknown as { unref(): void }).unref();
  const stop = onExit(() => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  const base = `http://localhost:${port}`;
  // Loading the config (and the catalogue) takes seconds on a busy machine.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`astro preview did not come up:\n${output.trim().split('\n').slice(-6).join('\n')}`);
}
