import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** A project rule: small modules with one job each. A file past this is doing more than one. */
const MAX_LINES = 300;
const SOURCE = /\.(?:ts|mts|mjs|js|astro)$/;

it(`keeps every source file under src/ and scripts/ within ${MAX_LINES} lines`, () => {
  const files = ['src', 'scripts'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => SOURCE.test(name))
      .map((name) => join(dir, name)),
  );
  expect(files.length).toBeGreaterThan(10);
  const lines = (file: string) => readFileSync(file, 'utf8').split('\n').length;
  expect(files.filter((file) => lines(file) > MAX_LINES).map((file) => `${file}: ${lines(file)} lines`)).toEqual([]);
});
