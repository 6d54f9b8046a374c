/** Where the benchmark finds the project, its case files and Astro, wherever it is run from. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CASES_DIR = join(ROOT, 'tests/lookup-cases');
export const ASTRO_BIN = join(ROOT, 'node_modules/astro/bin/astro.mjs');
