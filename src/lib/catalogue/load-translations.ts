import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { CatalogueError, ERRORS_DIR } from './load.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from './locales.ts';
import type { ErrorEntry } from './schema.ts';
import { isBehind, translationSchema, type TranslationData } from './translation.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export interface LoadedTranslation extends TranslationData {
  locale: TranslatedLocale;
  slug: string;
  file: string;
  body: string;
}

/**
 * Reads every translation (content/errors/<locale>/<slug>.md) and checks it against the English
 * entries: one per entry, none for an entry that does not exist, prose fields only. Throws one
 * error naming each bad file; returns the translations and those whose English text has changed
 * since they were made.
 */
export function loadTranslations(
  english: readonly (ErrorEntry & { body: string })[],
  root = process.cwd(),
  dir = ERRORS_DIR,
): { translations: LoadedTranslation[]; behind: LoadedTranslation[] } {
  const bySlug = new Map(english.map((entry) => [entry.slug, entry]));
  const translations: LoadedTranslation[] = [];
  const errors: string[] = [];
  for (const locale of TRANSLATED_LOCALES) {
    const folder = join(dir, locale);
    const names = existsSync(join(root, folder)) ? readdirSync(join(root, folder)).sort() : [];
    for (const name of names) {
      const file = `${folder}/${name}`;
      const slug = name.replace(/\.md$/, '');
      const entry = bySlug.get(slug);
      if (!name.endsWith('.md') || !entry) {
        errors.push(`${file}: no English entry ${dir}/${slug}.md to translate (a translation is named after its entry's file)`);
        continue;
      }
      const match = FRONTMATTER.exec(readFileSync(join(root, file), 'utf8'));
      let data: unknown;
      try {
        data = match && yaml.load(match[1]!);
      } catch (error) {
        errors.push(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
        continue;
      }
      const parsed = translationSchema.safeParse(data);
      if (!match || !parsed.success) {
        for (const issue of parsed.error?.issues ?? [{ path: [], message: 'no frontmatter block (--- ... ---) at the top of the file' }]) {
          const keys = 'keys' in issue ? ` (${(issue.keys as string[]).join(', ')}: data comes from the English entry; a translation holds prose only)` : '';
          errors.push(`${file}: field "${issue.path.join('.') || '(root)'}": ${issue.message}${keys}`);
        }
        continue;
      }
      if (!!parsed.data.statusNote !== !!entry.statusNote) {
        errors.push(`${file}: field "statusNote": ${entry.statusNote ? 'the English entry has a status note; translate it' : 'the English entry has no status note'}`);
      }
      translations.push({ ...parsed.data, locale, slug, file, body: match[2]! });
    }
    for (const entry of english) {
      if (!translations.some((t) => t.locale === locale && t.slug === entry.slug)) {
        errors.push(`${folder}/${entry.slug}.md: missing; every entry needs its ${locale} translation`);
      }
    }
  }
  if (errors.length) throw new CatalogueError(`Invalid translations:\n${[...new Set(errors)].join('\n')}`);
  const behind = translations.filter((t) => isBehind(t, bySlug.get(t.slug)!));
  return { translations, behind };
}
