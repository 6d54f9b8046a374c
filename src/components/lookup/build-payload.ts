/** The paste box's payload (payload.ts), made when the page is built. */
import { buildLookupIndex } from '../../lib/lookup/index.ts';
import { RETRY_ADVICE } from '../../lib/catalogue/schema.ts';
import type { Payload } from './payload.ts';
import type { Strings } from './strings.ts';

type CatalogueEntry = Parameters<typeof buildLookupIndex>[0][number] & { summary: string; retry: keyof typeof RETRY_ADVICE };

/** `retryLabel`: the retry advice in the page's language. */
export function buildPayload(
  catalogue: readonly CatalogueEntry[],
  strings: Strings,
  base: string,
  retryLabel: (id: CatalogueEntry['retry']) => string = (id) => RETRY_ADVICE[id],
): Payload {
  const { entries, ...index } = buildLookupIndex(catalogue);
  const bySlug = new Map(catalogue.map((entry) => [entry.slug, entry]));
  return {
    base,
    entries: Object.fromEntries(
      entries.map(({ slug, ...entry }) => {
        const { summary, retry } = bySlug.get(slug)!;
        return [slug, { ...entry, summary, retry: retryLabel(retry) }];
      }),
    ),
    index,
    strings,
  };
}

/** As JSON inside `<script type="application/json">`: no `<` can end the element early. */
export const embed = (payload: Payload) => JSON.stringify(payload).replace(/</g, '\\u003c');
