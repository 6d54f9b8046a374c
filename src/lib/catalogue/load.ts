import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { checkCatalogue, formatProblems } from './check.ts';
import { errorEntrySchema, type ErrorEntry } from './schema.ts';

/** The folder of the `errors` collection, relative to the project root. */
export const ERRORS_DIR = 'content/errors';

export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

interface LoadedEntry extends ErrorEntry {
  file: string;
  body: string;
}

/**
 * Reads and validates every entry outside Astro (site config, command line, tests), with the
 * same schema the content collection uses, plus the cross-entry rules. Throws one error that
 * names each bad file and field.
 */
export function loadCatalogue(root = process.cwd(), dir = ERRORS_DIR): LoadedEntry[] {
  const folder = join(root, dir);
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const entries: LoadedEntry[] = [];
  const errors: string[] = [];

  for (const name of files) {
    const file = relative(root, join(folder, name));
    const slug = name.slice(0, -'.md'.length);
    const match = FRONTMATTER.exec(readFileSync(join(folder, name), 'utf8'));
    if (!match) {
      errors.push(`${file}: no frontmatter block (--- ... ---) at the top of the file`);
      continue;
    }
    let data: unknown;
    try {
      data = yaml.load(match[1]);
    } catch (error) {
      errors.push(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
      continue;
    }
    const parsed = errorEntrySchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push(`${file}: field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
      }
      continue;
    }
    entries.push({ ...parsed.data, slug, file, body: match[2] });
  }

  // Cross-entry rules only make sense once every file has parsed: a broken file would otherwise
  // also show up as a missing related entry elsewhere.
  if (!errors.length) {
    const fileOf = (slug: string) => entries.find((entry) => entry.slug === slug)?.file ?? slug;
    const problems = checkCatalogue(entries);
    if (problems.length) errors.push(formatProblems(problems, fileOf));
  }
  if (errors.length) throw new CatalogueError(`Invalid error catalogue:\n${errors.join('\n')}`);
  return entries;
}
