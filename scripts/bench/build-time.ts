/** Build time of the real site and of a catalogue 50 times larger. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERRORS_DIR, loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { astroTotal, buildStages, logTail, runAstro, type AstroRun } from './astro.ts';
import { tempDir } from './cleanup.ts';
import { copyProject } from './copy-project.ts';
import { errorText, secs } from './format.ts';
import { htmlPages } from './page-js.ts';
import { ROOT } from './paths.ts';
import { FACTOR, syntheticCatalogue, writeEntries } from './synthetic.ts';

/** One line per build: wall time, pages, Astro's own figures, HTML size. */
function buildLine(label: string, entries: number, run: AstroRun, outDir: string): { line: string; pages: number } {
  const pages = htmlPages(outDir);
  const bytes = pages.reduce((n, page) => n + readFileSync(join(outDir, page)).length, 0);
  const total = astroTotal(run.output);
  const detail = [total && `astro's total ${total}`, buildStages(run.output), `${(bytes / 1024 / 1024).toFixed(1)} MB of HTML`].filter(Boolean).join('; ');
  return {
    line: `  ${label.padEnd(14)} ${String(entries).padStart(5)} entries  ${secs(run.ms).padStart(7)}  ${String(pages.length).padStart(5)} pages   (${detail})`,
    pages: pages.length,
  };
}

/** Lines of the large build, and its pages for the ratio; the copy is made before the clock starts. */
async function largeBuild(realPages: number, realMs: number | null): Promise<string[]> {
  const copy = copyProject();
  try {
    const real = loadCatalogue(ROOT);
    const entries = syntheticCatalogue(real);
    writeEntries(join(copy.dir, ERRORS_DIR), entries.slice(real.length));
    loadCatalogue(copy.dir); // the build's own validation, failing here with a shorter message
    const outDir = join(copy.dir, 'dist');
    const run = await runAstro(['build', '--root', copy.dir, '--outDir', outDir, ...(copy.config ? ['--config', copy.config] : [])], copy.dir);
    if (run.code !== 0) return [`  ${FACTOR}x catalogue: astro build failed (exit ${run.code}):`, ...logTail(run.output)];
    const { line, pages } = buildLine(`${FACTOR}x catalogue`, entries.length, run, outDir);
    const ratio = realMs === null ? [] : [`  ratio: ${(run.ms / realMs).toFixed(1)}x the time for ${(pages / Math.max(realPages, 1)).toFixed(1)}x the pages`];
    return [line, ...ratio];
  } finally {
    copy.remove();
  }
}

/** The lines, and the fresh build of the real site (removed at exit) for the sections after it. */
export async function buildTimeSection(): Promise<{ lines: string[]; dir: string | null }> {
  const lines: string[] = [];
  const entries = loadCatalogue(ROOT).length;
  const out = tempDir('real');
  const real = await runAstro(['build', '--outDir', out.dir], ROOT);
  let built: { pages: number; ms: number } | null = null;
  if (real.code === 0) {
    const { line, pages } = buildLine('real site', entries, real, out.dir);
    lines.push(line);
    built = { pages, ms: real.ms };
  } else {
    out.remove();
    lines.push(`  real site: astro build failed (exit ${real.code}):`, ...logTail(real.output));
  }
  try {
    lines.push(...(await largeBuild(built?.pages ?? 0, built?.ms ?? null)));
  } catch (error) {
    lines.push(`  ${FACTOR}x catalogue: could not prepare it: ${errorText(error)}`);
  }
  lines.push('  (wall time of the `astro build` process: config, content, routes, Pagefind, integrations; the copy is made before the clock starts)');
  return { lines, dir: built ? out.dir : null };
}
