import { entryPath } from './paths.ts';
import { SECTIONS } from './sections.ts';
import type { ErrorEntry } from './schema.ts';

/** Entries grouped by section, both in the reference's order. */
export function groupBySection<T extends Pick<ErrorEntry, 'section' | 'order'>>(entries: readonly T[]) {
  return SECTIONS.map((section) => ({
    section,
    entries: entries.filter((entry) => entry.section === section.id).sort((a, b) => a.order - b.order),
  })).filter((group) => group.entries.length > 0);
}

/** Per slug and per section id, the label in each other language (keyed by BCP 47 tag, as Starlight's sidebar `translations`). */
export interface SidebarTranslations {
  titles: Record<string, Record<string, string>>;
  sections: Record<string, Record<string, string>>;
}

/**
 * Starlight sidebar groups, one per section, each entry showing its status as a badge. Built when
 * the site config loads, because Starlight's config cannot read a content collection.
 */
export function errorSidebar(entries: readonly ErrorEntry[], labels: SidebarTranslations = { titles: {}, sections: {} }) {
  return groupBySection(entries).map(({ section, entries }) => ({
    label: section.label,
    translations: labels.sections[section.id] ?? {},
    items: entries.map((entry) => ({
      label: entry.title,
      translations: labels.titles[entry.slug] ?? {},
      // Starlight puts the page's locale in front of the link.
      link: entryPath(entry.slug),
      badge: { text: String(entry.status), variant: entry.status >= 500 ? 'caution' : 'note' } as const,
    })),
  }));
}

/** Astro `redirects`: every former slug of an entry answers with a redirect to its page. */
export function entryRedirects(entries: readonly ErrorEntry[]): Record<string, string> {
  return Object.fromEntries(
    entries.flatMap((entry) => entry.redirectFrom.map((old) => [entryPath(old), entryPath(entry.slug)])),
  );
}
