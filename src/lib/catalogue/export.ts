import { isoTimestamp } from './git-dates.ts';
import { entryUrls } from './entry-urls.ts';
import { catalogueExportSchema, EXPORT_FORMAT_VERSION, type CatalogueExport } from './export-schema.ts';
import { LOCALES, localePrefix, TRANSLATED_LOCALES, type TranslatedLocale } from './locales.ts';
import { RETRY_ADVICE, type ErrorEntry } from './schema.ts';
import { sectionOf } from './sections.ts';

/** Where the JSON Schema of /errors.json is published. */
export const EXPORT_SCHEMA_PATH = '/errors.schema.json';

/**
 * The public JSON form of the catalogue served at /errors.json, checked against its schema
 * (src/lib/catalogue/export-schema.ts) so that the published schema never lags behind.
 */
type Exported = ErrorEntry & { updated?: Date; translations: Record<TranslatedLocale, { title: string }> };

export function exportCatalogue(entries: readonly Exported[], site: URL): CatalogueExport {
  return catalogueExportSchema.parse({
    $schema: new URL(EXPORT_SCHEMA_PATH, site).href,
    formatVersion: EXPORT_FORMAT_VERSION,
    entries: entries.map((entry) => {
      const urls = entryUrls(site, entry.slug);
      return {
        slug: entry.slug,
        url: urls.page,
        markdown: urls.markdown,
        title: entry.title,
        status: entry.status,
        ...(entry.statusNote ? { statusNote: entry.statusNote } : {}),
        section: { id: entry.section, label: sectionOf(entry.section).label },
        summary: entry.summary,
        retry: { id: entry.retry, label: RETRY_ADVICE[entry.retry] },
        keywords: entry.keywords,
        messages: entry.messages.map((message) => ({
          id: message.id,
          template: message.template,
          ...(message.example ? { example: message.example } : {}),
          url: `${urls.page}#${message.id}`,
        })),
        related: entry.related,
        ...(entry.updated ? { updated: isoTimestamp(entry.updated) } : {}),
        translations: TRANSLATED_LOCALES.map((locale) => {
          const translated = entryUrls(new URL(`${localePrefix(locale)}/`, site), entry.slug);
          return { lang: LOCALES[locale].lang, url: translated.page, markdown: translated.markdown, title: entry.translations[locale].title };
        }),
      };
    }),
  });
}
