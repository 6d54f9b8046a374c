/**
 * The `errors` collection in the one shape the site works with, in the page's language: each
 * entry's data, its slug, its prose (title, summary, status note, Markdown body: the English
 * entry's, or its translation's) and when it last changed (absent without git history). Astro-only
 * (it reads the content layer), so it lives beside src/content.config.ts rather than in src/lib.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { entryMarkdown, type EntryFormOptions, type EntryWithBody } from './lib/catalogue/entry-markdown.ts';
import { entryReply } from './lib/catalogue/entry-reply.ts';
import { entryUrls } from './lib/catalogue/entry-urls.ts';
import { readCommitDates } from './lib/catalogue/git-dates.ts';
import { entryLabels } from './lib/catalogue/labels.ts';
import { ERRORS_DIR } from './lib/catalogue/load.ts';
import { localePrefix, type Locale } from './lib/catalogue/locales.ts';
import { RETRY_ADVICE } from './lib/catalogue/schema.ts';
import { sectionOf } from './lib/catalogue/sections.ts';
import { isBehind } from './lib/catalogue/translation.ts';

export interface LocalizedEntry extends EntryWithBody {
  /** A translation whose English prose has changed since it was made. */
  behind: boolean;
}

// Read once per build (one `git log` for the whole folder, translations included), not once per page.
let commitDates: Map<string, Date> | undefined;
const latest = (...dates: (Date | undefined)[]) => dates.filter((d) => d !== undefined).sort((a, b) => +b - +a)[0];

export async function getErrorEntries(locale: Locale = 'root'): Promise<LocalizedEntry[]> {
  commitDates ??= readCommitDates(ERRORS_DIR);
  const dates = commitDates;
  const dateOf = (file: string | undefined) => (file ? dates.get(file) : undefined);
  const translations = locale === 'root' ? new Map() : new Map((await getCollection('errorTranslations', (t) => t.id.startsWith(`${locale}/`))).map((t) => [t.id.slice(locale.length + 1), t]));
  return (await getCollection('errors')).map((entry) => {
    const english = { ...entry.data, slug: entry.id, body: entry.body ?? '' };
    const translation = translations.get(entry.id);
    const updated = latest(dateOf(entry.filePath), dateOf(translation?.filePath));
    const prose = translation
      ? { title: translation.data.title, summary: translation.data.summary, statusNote: translation.data.statusNote, body: translation.body ?? '' }
      : {};
    return { ...english, ...prose, ...(updated ? { updated } : {}), behind: !!translation && isBehind(translation.data, english) };
  });
}

/** An entry's body rendered for its page in the page's language, with the headings for the table of contents. */
export async function renderErrorEntry(slug: string, locale: Locale = 'root') {
  const entry = locale === 'root' ? await getEntry('errors', slug) : await getEntry('errorTranslations', `${locale}/${slug}`);
  if (!entry) throw new Error(`No entry "${slug}" (${locale}) in the content collections`);
  return render(entry);
}

/**
 * What the Markdown and plain-text forms of an entry need from the page or endpoint making them:
 * the site's address under which entry URLs are made absolute (with the locale's prefix) and the
 * labels in the reader's language, from Starlight's i18n strings.
 */
export function entryFormOptions(t: App.Locals['t'], site: URL | undefined, locale: Locale = 'root'): EntryFormOptions {
  if (!site) throw new Error('astro.config.mjs must set `site`: entry forms carry absolute URLs');
  return {
    base: new URL(`${localePrefix(locale)}/`, site),
    labels: entryLabels((key) => t(key), {
      retryAdvice: (id) => t(`errors.retry.${id}`, { defaultValue: RETRY_ADVICE[id] }),
      sectionLabel: (id) => t(`errors.section.${id}.label`, { defaultValue: sectionOf(id).label }),
    }),
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
