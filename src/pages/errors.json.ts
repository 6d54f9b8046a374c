import type { APIRoute } from 'astro';
import { getErrorEntries } from '../catalogue.ts';
import { exportCatalogue } from '../lib/catalogue/export.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../lib/catalogue/locales.ts';
import { groupBySection } from '../lib/catalogue/navigation.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: /errors.json carries absolute URLs');
  const editions = await Promise.all(TRANSLATED_LOCALES.map(async (locale) => [locale, new Map((await getErrorEntries(locale)).map((entry) => [entry.slug, entry]))] as const));
  const ordered = groupBySection(await getErrorEntries()).flatMap((group) => group.entries);
  const translationsOf = (slug: string) => {
    const translations = {} as Record<TranslatedLocale, { title: string }>;
    for (const [locale, bySlug] of editions) translations[locale] = bySlug.get(slug)!;
    return translations;
  };
  const entries = ordered.map((entry) => ({ ...entry, translations: translationsOf(entry.slug) }));
  return new Response(JSON.stringify(exportCatalogue(entries, site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
