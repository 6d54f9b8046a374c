import { getCollection, getEntry, render } from 'astro:content';
import type { EntryFormOptions, EntryWithBody } from './lib/catalogue/entry-markdown.ts';
import { readCommitDates } from './lib/catalogue/git-dates.ts';
import { entryLabels } from './lib/catalogue/labels.ts';
import { ERRORS_DIR } from './lib/catalogue/load.ts';

// Read once per build (one `git log` for the whole folder), not once per page.
let commitDates: Map<string, Date> | undefined;

/**
 * The `errors` collection in the one shape the site works with: each entry's data, its slug, its
 * Markdown body and when its file last changed (absent without git history).
 */
export async function getErrorEntries(): Promise<EntryWithBody[]> {
  commitDates ??= readCommitDates(ERRORS_DIR);
  const dates = commitDates;
  return (await getCollection('errors')).map((entry) => ({
    ...entry.data,
    slug: entry.id,
    body: entry.body ?? '',
    ...(entry.filePath && dates.has(entry.filePath) ? { updated: dates.get(entry.filePath) } : {}),
  }));
}

/** An entry's body rendered for its page, with the headings for the table of contents. */
export async function renderErrorEntry(slug: string) {
  const entry = await getEntry('errors', slug);
  if (!entry) throw new Error(`No entry "${slug}" in the errors collection`);
  return render(entry);
}

/**
 * What the Markdown and plain-text forms of an entry need from the page or endpoint making them:
 * the site's address under which entry URLs are made absolute (a locale's root for a translated
 * edition, e.g. `zh-cn`) and the labels in the reader's language, from Starlight's i18n strings.
 */
export function entryFormOptions(t: App.Locals['t'], site: URL | undefined, locale?: string): EntryFormOptions {
  if (!site) throw new Error('astro.config.mjs must set `site`: entry forms carry absolute URLs');
  return {
    base: new URL(locale ? `/${locale}/` : '/', site),
    labels: entryLabels((key) => t(key)),
  };
}
