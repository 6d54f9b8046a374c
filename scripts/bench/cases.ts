/**
 * The lookup's case files (tests/lookup-cases/*.jsonl): one JSON object a line, `{"text", "expect"}`,
 * `expect` a slug or null (no entry should match), optionally `"found": [slug, ...]`, the distinct
 * documented errors of a whole log in order. Read here for both the benchmark and the unit test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CASES_DIR, ROOT } from './paths.ts';

export interface LookupCase {
  text: string;
  expect: string | null;
  found?: string[];
}

export interface CaseFile {
  /** The path from the project root (or as given, for a file outside it). */
  name: string;
  cases: LookupCase[];
  /** Written by people who never saw the engine: only totals are ever printed, never its lines. */
  heldOut: boolean;
}

/** The project's case files, in natural order (holdout-2 before holdout-10). */
export function caseFilePaths(dir = CASES_DIR): string[] {
  const stem = (name: string) => name.slice(0, -'.jsonl'.length);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort((a, b) => stem(a).localeCompare(stem(b), 'en', { numeric: true }))
    .map((name) => join(dir, name));
}

const isSlugList = (value: unknown): value is string[] => Array.isArray(value) && value.every((slug) => typeof slug === 'string');

function parseCase(line: string, where: string): LookupCase {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`${where}: not JSON: ${(error as Error).message}`);
  }
  const { text, expect, found } = (value ?? {}) as Record<string, unknown>;
  if (typeof text !== 'string') throw new Error(`${where}: "text" must be a string`);
  if (expect !== null && typeof expect !== 'string') throw new Error(`${where}: "expect" must be a slug or null`);
  if (found !== undefined && !isSlugList(found)) throw new Error(`${where}: "found" must be a list of slugs`);
  return { text, expect, ...(found && { found }) };
}

export function readCaseFile(path: string): CaseFile {
  const rel = relative(ROOT, path);
  const name = rel.startsWith('..') ? path : rel.split('\\').join('/');
  const cases: LookupCase[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim()) cases.push(parseCase(line, `${name}:${i + 1}`));
    });
  return { name, cases, heldOut: /holdout/i.test(basename(path)) };
}
