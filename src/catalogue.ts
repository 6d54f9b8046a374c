import { getCollection, getEntry, render } from 'astro:content';
import { entryMarkdown, type EntryFormOptions, type EntryWithBody } from './lib/catalogue/entry-markdown.ts';
import { entryReply } from './lib/catalogue/entry-reply.ts';
import { entryUrls } from './lib/catalogue/entry-urls.ts';
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

// The page, its .md and llms-full.txt all need an entry's Markdown: a build makes it once per
// edition. The dev server makes it afresh each time, so that an edited entry shows at once.
const madeForms = new Map<string, { markdown: string; reply: string }>();

/** An entry's Markdown (as served at /errors/<slug>.md) and its plain-text reply for an email. */
export function entryForms(entry: EntryWithBody, entries: readonly EntryWithBody[], options: EntryFormOptions) {
  const make = () => ({ markdown: entryMarkdown(entry, entries, options), reply: entryReply(entry, options) });
  if (import.meta.env.DEV) return make();
  const key = entryUrls(options.base, entry.slug).markdown;
  const forms = madeForms.get(key) ?? make();
  madeForms.set(key, forms);
  return forms;
}
