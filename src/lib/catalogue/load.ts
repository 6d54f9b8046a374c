import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCatalogue, formatProblems } from './check.ts';
import { CatalogueError } from './errors.ts';
import { loadTranslations, type LoadedTranslation } from './load-translations.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from './locales.ts';
import { readMarkdown } from './read.ts';
import { errorEntrySchema, SLUG_PATTERN, type ErrorEntry } from './schema.ts';

export { CatalogueError } from './errors.ts';

/** The folder of the `errors` collection, relative to the project root. */
export const ERRORS_DIR = 'content/errors';


/** The site's own pages under /errors/ (Starlight's docs collection), whose slugs no entry may take. */
const OWN_ERROR_PAGES = fileURLToPath(new URL('../../content/docs/errors/', import.meta.url));

export interface LoadedEntry extends ErrorEntry {
  file: string;
  body: string;
  /** The entry's prose in each other language. */
  translations: Record<TranslatedLocale, LoadedTranslation>;
}

/** Slug → the page that publishes /errors/<slug>/ already, e.g. "not-covered" → that page's file. */
function reservedSlugs(): Map<string, string> {
  if (!existsSync(OWN_ERROR_PAGES)) return new Map();
  return new Map(
    readdirSync(OWN_ERROR_PAGES)
      .filter((name) => /\.(md|mdx|mdoc)$/.test(name))
      .map((name) => [name.slice(0, -extname(name).length).toLowerCase(), `src/content/docs/errors/${name}`]),
  );
}

/**
 * Why a name in the catalogue folder is not an entry file, or undefined if it is one. Each rule
 * closes a way an entry used to be dropped or published under a name nobody chose: the glob
 * loader reads only `*.md` and slugifies file names, and two names that slugify alike collide.
 */
function nameProblem(item: Dirent): string | undefined {
  if (item.isDirectory()) {
    // Subfolders hold translated editions (`zh-cn/<slug>.md`), not entries.
    if ((TRANSLATED_LOCALES as readonly string[]).includes(item.name)) return undefined;
    return `a folder; the catalogue holds <slug>.md files, and translations in ${TRANSLATED_LOCALES.map((name) => `${name}/`).join(', ')} only`;
  }
  if (!item.name.endsWith('.md')) return 'not an entry file: every file here is <slug>.md (Markdown, extension ".md")';
  if (!SLUG_PATTERN.test(item.name.slice(0, -'.md'.length))) {
    return 'the file name is the slug and URL: lowercase letters, digits and single dashes, such as "invalid-api-key.md"';
  }
  return undefined;
}


/**
 * Reads and validates every entry outside Astro (site config, command line, tests), with the
 * same schema the content collection uses, plus the rules on file names, the body and across
 * entries. Throws one error that names each bad file and field.
 */
export function loadCatalogue(root = process.cwd(), dir = ERRORS_DIR): LoadedEntry[] {
  const folder = join(root, dir);
  const items = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  const entries: Omit<LoadedEntry, 'translations'>[] = [];
  const errors: string[] = [];

  for (const item of items) {
    const file = relative(root, join(folder, item.name));
    const problem = nameProblem(item);
    if (problem) errors.push(`${file}: ${problem}`);
    if (problem || item.isDirectory()) continue;

    const read = readMarkdown(root, file, errorEntrySchema);
    if (read.errors) errors.push(...read.errors);
    else entries.push({ ...read.data, slug: item.name.slice(0, -'.md'.length), file, body: read.body });
  }

  // Cross-entry rules only make sense once every file has parsed: a broken file would otherwise
  // also show up as a missing related entry elsewhere.
  if (!errors.length) {
    // Stryker disable next-line OptionalChaining: every problem names the slug of an entry that loaded, so find always finds one
    const fileOf = (slug: string) => entries.find((entry) => entry.slug === slug)?.file ?? slug;
    const problems = checkCatalogue(entries, reservedSlugs());
    if (problems.length) errors.push(formatProblems(problems, fileOf));
  }
  if (errors.length) throw new CatalogueError(`Invalid error catalogue:\n${errors.join('\n')}`);
  return loadTranslations(entries, root, dir);
}
