/** Runs the Astro command line with this process's Node (24) and reads its log. */
import { spawn } from 'node:child_process';
import { ASTRO_BIN } from './paths.ts';

export interface AstroRun {
  code: number | null;
  ms: number;
  output: string;
}

export const ASTRO_ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** `astro <args>` in `cwd`, its output captured, ended after `timeoutMs`. */
export function runAstro(args: string[], cwd: string, timeoutMs = 240_000): Promise<AstroRun> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [ASTRO_BIN, ...args], { cwd, env: ASTRO_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    const done = (code: number | null, extra = '') => {
      clearTimeout(timer);
      resolve({ code, ms: performance.now() - start, output: output + extra });
    };
    child.on('close', (code) => done(code));
    child.on('error', (error) => done(-1, String(error)));
  });
}

/** The last lines of a log, indented under a section's line. */
export const logTail = (output: string, n = 8) =>
  output
    .trim()
    .split('\n')
    .slice(-n)
    .map((line) => `    | ${line}`);

/** Astro's own figure from its log: "N page(s) built in X s". */
export const astroTotal = (output: string) => /(\d+) page\(s\) built in ([\d.]+\s*m?s)/.exec(output)?.[2];

/** Where the time went, from Astro's log: rendering the routes and Pagefind's index. */
export function buildStages(output: string): string {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
  const routes = /generating static routes[\s\S]*?Completed in ([\d.]+\s*m?s)/.exec(clean)?.[1];
  const pagefind = /Finished building search index in ([\d.]+\s*m?s)/.exec(clean)?.[1];
  return [routes && `routes ${routes}`, pagefind && `Pagefind ${pagefind}`].filter(Boolean).join(', ');
}
