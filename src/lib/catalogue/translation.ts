import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * A translation carries prose only: everything else (status, messages, keywords, retry advice,
 * related entries) comes from its English entry, so the two can never disagree. The server's
 * messages are never translated: people paste and compare them verbatim.
 */
export const translationSchema = z
  .object({
    title: z.string().trim().min(2),
    summary: z.string().trim().min(5).max(200),
    statusNote: z.string().trim().min(3).optional(),
    /** The fingerprint of the English prose this text translates (see proseFingerprint). */
    translatedFrom: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character fingerprint of the English prose'),
  })
  .strict();

export type TranslationData = z.infer<typeof translationSchema>;

/** What a translation renders: the English entry's prose. */
export interface EnglishProse {
  title: string;
  summary: string;
  statusNote?: string | undefined;
  body: string;
}

/**
 * A short hash of an entry's English prose. A translation records the one it was made from; when
 * the English text changes, the two differ and the translation is behind.
 */
export function proseFingerprint({ title, summary, statusNote, body }: EnglishProse): string {
  return createHash('sha256')
    .update(JSON.stringify([title, summary, statusNote ?? '', body.trim()]))
    .digest('hex')
    .slice(0, 12);
}

export const isBehind = (translation: Pick<TranslationData, 'translatedFrom'>, english: EnglishProse) =>
  translation.translatedFrom !== proseFingerprint(english);
