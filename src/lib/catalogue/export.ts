import { entryPath } from './paths.ts';
import { RETRY_ADVICE, type ErrorEntry } from './schema.ts';
import { sectionOf } from './sections.ts';

/**
 * The public JSON form of the catalogue served at /errors.json. Bump `formatVersion` on any change
 * that could break a consumer (a removed or renamed field); adding fields keeps the version.
 */
const EXPORT_FORMAT_VERSION = 1;

export function exportCatalogue(entries: readonly ErrorEntry[], site: URL | undefined) {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  return {
    formatVersion: EXPORT_FORMAT_VERSION,
    entries: entries.map((entry) => ({
      slug: entry.slug,
      url: absolute(entryPath(entry.slug)),
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
        url: absolute(`${entryPath(entry.slug)}#${message.id}`),
      })),
      related: entry.related,
    })),
  };
}
