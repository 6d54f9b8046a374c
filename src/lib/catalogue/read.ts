import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { bodyProblems } from './body.ts';
import { fieldPath } from './check.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export type ReadResult<T> = { data: T; body: string; errors?: undefined } | { errors: string[] };

/**
 * One Markdown file of the catalogue (an entry or a translation): its frontmatter validated by
 * `schema`, and its body, which must be Markdown only. Every problem names the file and the field
 * or body line.
 */
export function readMarkdown<S extends z.ZodType>(root: string, file: string, schema: S): ReadResult<z.infer<S>> {
  const text = readFileSync(join(root, file), 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) return { errors: [`${file}: no frontmatter block (--- ... ---) at the top of the file`] };
  const body = match[2]!;
  // Line numbers of the file, counting the frontmatter.
  const offset = text.slice(0, text.length - body.length).split('\n').length - 1;
  const errors = bodyProblems(body).map((problem) => `${file}: body, line ${offset + problem.line}: ${problem.message}`);
  let data: unknown;
  try {
    data = yaml.load(match[1]!);
  } catch (error) {
    return { errors: [...errors, `${file}: frontmatter is not valid YAML: ${(error as Error).message}`] };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => `${file}: field "${fieldPath(issue.path)}": ${issue.message}`));
  return errors.length ? { errors } : { data: parsed.data as z.infer<S>, body };
}
