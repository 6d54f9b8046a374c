import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogueError } from './errors.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from './locales.ts';
import { readMarkdown } from './read.ts';
import type { ErrorEntry } from './schema.ts';
import { proseFingerprint, translationSchema, type TranslationData } from './translation.ts';

export interface LoadedTranslation extends TranslationData {
  locale: TranslatedLocale;
  file: string;
  body: string;
}

type English = ErrorEntry & { file: string; body: string };

/**
 * Reads every translation (`<dir>/<locale>/<slug>.md`) and attaches it to its English entry:
 * one per entry and locale, none for an entry that does not exist, prose fields only. Throws one
 * error naming each bad file.
 */
export function loadTranslations<E extends English>(english: readonly E[], root: string, dir: string) {
  const bySlug = new Map(english.map((entry) => [entry.slug, entry]));
  const found = new Map<string, Partial<Record<TranslatedLocale, LoadedTranslation>>>();
  const errors: string[] = [];
  for (const locale of TRANSLATED_LOCALES) {
    const folder = `${dir}/${locale}`;
    const names = existsSync(join(root, folder)) ? readdirSync(join(root, folder)).sort() : [];
    for (const name of names) {
      const file = `${folder}/${name}`;
      // Stryker disable next-line Regex: a name that reaches an entry ends in .md and holds no other dot (slugs have none), so its first .md is its last
      const entry = bySlug.get(name.replace(/\.md$/, ''));
      if (!name.endsWith('.md') || !entry) {
        errors.push(`${file}: translates no entry: a translation is named after its English entry's file (${dir}/<slug>.md), and there is no ${dir}/${name}`);
        continue;
      }
      const read = readMarkdown(root, file, translationSchema);
      if (read.errors) {
        // An unknown field of a translation is nearly always data copied from the English entry.
        errors.push(...read.errors.map((error) => (/Unrecognized key/.test(error) ? `${error} (data comes from the English entry; a translation holds prose only)` : error)));
        continue;
      }
      if (!read.data.statusNote !== !entry.statusNote) {
        errors.push(`${file}: field "statusNote": ${entry.statusNote ? 'the English entry has a status note; translate it' : 'the English entry has no status note'}`);
      }
      (found.get(entry.slug) ?? found.set(entry.slug, {}).get(entry.slug)!)[locale] = { ...read.data, locale, file, body: read.body };
    }
    for (const entry of english) {
      if (!found.get(entry.slug)?.[locale]) errors.push(`${folder}/${entry.slug}.md: missing; every entry needs its ${locale} translation`);
    }
  }
  if (errors.length) throw new CatalogueError(`Invalid translations:\n${errors.join('\n')}`);
  return english.map((entry) => ({ ...entry, translations: found.get(entry.slug) as Record<TranslatedLocale, LoadedTranslation> }));
}

/** The translations whose English prose has changed since they were made, with the fingerprint of the English prose now. */
export function translationsBehind(entries: readonly (English & { translations: Record<TranslatedLocale, LoadedTranslation> })[]) {
  return entries.flatMap((entry) => {
    const fingerprint = proseFingerprint(entry);
    return Object.values(entry.translations)
      .filter((translation) => translation.translatedFrom !== fingerprint)
      .map(({ file }) => ({ file, fingerprint }));
  });
}

/** What the build prints about translations that are behind; empty when none is. */
export function behindReport(behind: readonly { file: string; fingerprint: string }[]): string {
  if (!behind.length) return '';
  return [
    `${behind.length} translation(s) behind their English entry, whose prose changed since they were made. Update each, then set its translatedFrom as shown:`,
    ...behind.map(({ file, fingerprint }) => `  ${file}  translatedFrom: '${fingerprint}'`),
  ].join('\n');
}
