/**
 * The `errors` collection as pages and components read it: each entry's data and its slug, with
 * the prose (title, summary, status note) in the page's language. Astro-only (it reads the content
 * layer), so it lives beside src/content.config.ts rather than in src/lib.
 */
import { getCollection } from 'astro:content';
import type { Locale } from './lib/catalogue/locales.ts';

export async function getErrorEntries(locale: Locale = 'root') {
  const entries = (await getCollection('errors')).map((entry) => ({ ...entry.data, slug: entry.id }));
  if (locale === 'root') return entries;
  const prose = new Map(
    (await getCollection('errorTranslations', (t) => t.id.startsWith(`${locale}/`))).map((t) => [t.id.slice(locale.length + 1), t.data]),
  );
  return entries.map((entry) => {
    const { title, summary, statusNote } = prose.get(entry.slug)!;
    return { ...entry, title, summary, statusNote };
  });
}
