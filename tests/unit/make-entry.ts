import type { ErrorEntry } from '../../src/lib/catalogue/schema.ts';

/** A valid entry named `slug`, with `fields` in place of the defaults. */
export function makeEntry(slug: string, fields: Partial<ErrorEntry> = {}): ErrorEntry {
  return {
    slug,
    title: `Title of ${slug}`,
    status: 400,
    section: 'request-format',
    order: 1,
    summary: `What ${slug} means.`,
    keywords: [slug],
    messages: [{ id: `${slug}-message`, template: `the ${slug} message` }],
    retry: 'do-not-retry',
    related: [],
    redirectFrom: [],
    ...fields,
  };
}
