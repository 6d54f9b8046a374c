import { RETRY_ADVICE, type ErrorEntry } from './schema.ts';
import { sectionOf } from './sections.ts';

/**
 * The words around an entry's data in its Markdown and plain-text forms. They come in as
 * parameters so that each edition (English, Chinese) passes its own.
 */
export interface EntryLabels {
  status: string;
  retry: string;
  section: string;
  updated: string;
  page: string;
  messages: string;
  placeholders: string;
  example: string;
  borrowed: string;
  related: string;
  replyWhatHappened: string;
  replyFix: string;
  replyDetails: string;
  /** The heading of the numbered steps in the entries' bodies (`## Fix` in English). */
  fixHeading: string;
  retryAdvice: (id: ErrorEntry['retry']) => string;
  sectionLabel: (id: ErrorEntry['section']) => string;
}

/** The translation keys of the labels that are plain strings, as in src/content/i18n/<lang>.json. */
export const ENTRY_LABEL_KEYS = {
  status: 'entry.md.status',
  retry: 'entry.md.retry',
  section: 'entry.md.section',
  updated: 'entry.md.updated',
  page: 'entry.md.page',
  messages: 'entry.md.messages',
  placeholders: 'entry.md.placeholders',
  example: 'entry.md.example',
  borrowed: 'entry.md.borrowed',
  related: 'entry.md.related',
  replyWhatHappened: 'entry.reply.whatHappened',
  replyFix: 'entry.reply.fix',
  replyDetails: 'entry.reply.details',
  fixHeading: 'entry.body.fixHeading',
} as const satisfies Record<string, string>;

type StringLabel = keyof typeof ENTRY_LABEL_KEYS;
export type EntryLabelKey = (typeof ENTRY_LABEL_KEYS)[StringLabel];

/**
 * Labels from a translation function (Starlight's `Astro.locals.t`, or a lookup in the JSON file in
 * tests). Retry advice and section names default to the catalogue's own English wording.
 */
export function entryLabels(
  t: (key: EntryLabelKey) => string,
  names: Pick<EntryLabels, 'retryAdvice' | 'sectionLabel'> = {
    retryAdvice: (id) => RETRY_ADVICE[id],
    sectionLabel: (id) => sectionOf(id).label,
  },
): EntryLabels {
  const strings = Object.fromEntries(
    Object.entries(ENTRY_LABEL_KEYS).map(([name, key]) => [name, t(key)]),
  ) as Record<StringLabel, string>;
  return { ...strings, ...names };
}
