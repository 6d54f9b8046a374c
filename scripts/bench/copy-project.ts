/** A copy of the project that builds on its own, for the build of a larger catalogue. */
import { cpSync, linkSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { tempDir } from './cleanup.ts';
import { ROOT } from './paths.ts';

/** Project files a build needs: all but outputs, caches, tests and reports. */
const SKIP_TOP = new Set(['node_modules', 'dist', '.astro', 'tests', '.git', 'playwright-report', 'test-results', 'reports', '.stryker-tmp']);

/** Build caches a copy must not share with the project. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** Hard-links a tree (same file system only), recreating symlinks as they are. */
function linkTree(from: string, to: string, top = true) {
  mkdirSync(to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (top && CACHES.has(entry.name)) continue;
    const src = join(from, entry.name);
    const dest = join(to, entry.name);
    if (entry.isDirectory()) linkTree(src, dest, false);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(src), dest);
    else linkSync(src, dest);
  }
}

export interface ProjectCopy {
  dir: string;
  /** The config file to build it with, when not the project's own. */
  config?: string;
  remove: () => void;
}

/**
 * Copies the project so that its caches (node_modules/.astro, .vite) and outputs stay in the copy.
 * Its node_modules is hard-linked: Astro treats a module whose real path shares no folder with the
 * root as root-relative, so links to the project's packages break the build. Across file systems it
 * falls back to symbolic links with Vite's `preserveSymlinks`, through a config file beside the
 * copied one.
 */
export function copyProject(): ProjectCopy {
  const { dir, remove } = tempDir('large');
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(ROOT, src);
      return !rel || !SKIP_TOP.has(rel.split(sep)[0]!);
    },
  });
  const modules = join(dir, 'node_modules');
  try {
    linkTree(join(ROOT, 'node_modules'), modules);
    return { dir, remove };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM') throw error;
  }
  rmSync(modules, { recursive: true, force: true });
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  const config = 'astro.bench-symlinks.config.mjs';
  writeFileSync(
    join(dir, config),
    "import config from './astro.config.mjs';\n" +
      'export default { ...config, vite: { ...config.vite, resolve: { ...config.vite?.resolve, preserveSymlinks: true } } };\n',
  );
  return { dir, config, remove };
}
