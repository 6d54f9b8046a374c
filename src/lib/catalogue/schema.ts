import { z } from 'zod';
import { PLACEHOLDER } from '../lookup/templates.ts';
import { SECTION_IDS } from './sections.ts';

/** What a reader should do about an error, in the order of the issue's wording. */
export const RETRY_ADVICE = {
  'retry-now': 'Retry now',
  'retry-with-backoff': 'Retry with backoff',
  'wait-for-quota-reset': 'Wait for the quota to reset',
  'do-not-retry': 'Do not retry: fix the request or account',
} as const;
type RetryAdvice = keyof typeof RETRY_ADVICE;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The lookup reads a placeholder's value up to the literal text after it and files it under the
 * placeholder's name: two placeholders with no words between them cannot be told apart, and a
 * name used twice would file two values under one name.
 */
function placeholderProblems(template: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  let previous: { name: string; end: number } | undefined;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (seen.has(name)) problems.push(`placeholder {${name}} appears twice: give each varying part its own name`);
    seen.add(name);
    if (previous && !template.slice(previous.end, match.index).trim()) {
      problems.push(
        `placeholders {${previous.name}} and {${name}} have no words between them, so a pasted value cannot be split between them: make them one placeholder`,
      );
    }
    previous = { name, end: match.index + match[0].length };
  }
  return problems;
}

const slug = z.string().regex(SLUG_PATTERN, 'must be a lowercase-kebab-case slug such as "invalid-api-key"');

const messageSchema = z
  .object({
    /** Anchor of this variant on the entry page: `/errors/<slug>/#<id>`. */
    id: slug,
    /** The server's text verbatim, with `{placeholders}` for the parts that vary. */
    template: z
      .string()
      .trim()
      .min(3)
      .refine((text) => !/[{}]/.test(text.replace(PLACEHOLDER, '')), {
        message: 'braces may only mark placeholders, written {lowercase_name}',
      })
      .superRefine((text, context) => {
        // Stryker disable next-line StringLiteral: zod reports the message given whatever the code, and nothing here reads the code
        for (const message of placeholderProblems(text)) context.addIssue({ code: 'custom', message });
      }),
    /** One real instance of the message, verbatim as the reference shows it. */
    example: z.string().trim().min(3).optional(),
    /**
     * The part of the template that another program prints in the same words (a database driver's,
     * Go's standard library's): on its own it does not show the error came from this API.
     */
    borrowed: z.string().trim().min(2).optional(),
  })
  .strict()
  .refine((message) => !message.borrowed || message.template.includes(message.borrowed), {
    message: 'must be a part of the template, copied exactly',
    path: ['borrowed'],
  });

export const errorEntrySchema = z
  .object({
    title: z.string().trim().min(3),
    /** The HTTP status the server sends (clients may re-wrap it). */
    status: z.number().int().min(100).max(599),
    /** A remark on the status, where the reference qualifies it. */
    statusNote: z.string().trim().min(3).optional(),
    section: z.enum(SECTION_IDS),
    /** Position within its section, as in the reference. */
    order: z.number().int().min(1),
    /** One line: what happened, in plain words. */
    summary: z.string().trim().min(10).max(200),
    /** Short phrases for the quick-lookup table, as they appear in the message. */
    keywords: z.array(z.string().trim().min(2)).min(1),
    messages: z.array(messageSchema).min(1),
    retry: z.enum(Object.keys(RETRY_ADVICE) as [RetryAdvice, ...RetryAdvice[]]),
    related: z.array(slug).default([]),
    /** Former slugs of this entry; each keeps answering with a redirect here. */
    redirectFrom: z.array(slug).default([]),
  })
  .strict();

type ErrorEntryData = z.infer<typeof errorEntrySchema>;
export interface ErrorEntry extends ErrorEntryData {
  slug: string;
}
