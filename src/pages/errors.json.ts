import type { APIRoute } from 'astro';
import { getErrorEntries } from '../catalogue.ts';
import { exportCatalogue } from '../lib/catalogue/export.ts';
import { TRANSLATED_LOCALES } from '../lib/catalogue/locales.ts';
import { groupBySection } from '../lib/catalogue/navigation.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: /errors.json carries absolute URLs');
  const editions = await Promise.all(TRANSLATED_LOCALES.map(async (locale) => [locale, new Map((await getErrorEntries(locale)).map((entry) => [entry.slug, entry]))] as const));
  const ordered = groupBySection(await getErrorEntries()).flatMap((group) => group.entries);
  const entries = ordered.map((entry) => ({
    ...entry,
    translations: Object.fromEntries(editions.map(([locale, bySlug]) => [locale, bySlug.get(entry.slug)!])) as Record<(typeof TRANSLATED_LOCALES)[number], { title: string }>,
  }));
  return new Response(JSON.stringify(exportCatalogue(entries, site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
