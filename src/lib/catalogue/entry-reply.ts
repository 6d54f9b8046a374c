import { entryUrls } from './entry-urls.ts';
import type { EntryFormOptions, EntryWithBody } from './entry-markdown.ts';
import { numberedSteps, parseBody, plainText } from './markdown-body.ts';

/**
 * A plain-text answer a support person pastes into an email: the title, what happened, the fix as
 * numbered steps and the entry's address. No Markdown or HTML marks: a link becomes "text (address)".
 */
export function entryReply(entry: EntryWithBody, { base, labels }: EntryFormOptions): string {
  const { page } = entryUrls(base, entry.slug);
  const steps = numberedSteps(parseBody(entry.body, page, entry.slug), labels.fixHeading);
  return [
    entry.title,
    '',
    `${labels.replyWhatHappened} ${entry.summary}`,
    '',
    labels.replyFix,
    ...steps.map((step, index) => `${index + 1}. ${plainText(step).replace(/\n/g, '\n   ')}`),
    '',
    `${labels.replyDetails} ${page}`,
    '',
  ].join('\n');
}
