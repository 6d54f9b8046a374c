/**
 * The one block of data the paste box embeds in its page, keyed by slug: what a card shows and what
 * the engine reads of each entry, side by side, so nothing is sent twice; plus the box's words in
 * the page's language and the base of its links. Built by build-payload.ts.
 */
import type { LookupIndex, LookupIndexEntry } from '../../lib/lookup/index.ts';
import type { Strings } from './strings.ts';

export interface PayloadEntry extends Omit<LookupIndexEntry, 'slug'> {
  summary: string;
  /** The retry advice, as a label. */
  retry: string;
}

export interface Payload {
  /** Where the box's links start (`/`, later `/zh-cn/`): see links.ts. */
  base: string;
  entries: Record<string, PayloadEntry>;
  /** The lookup index but its entries, which are in `entries`. */
  index: Omit<LookupIndex, 'entries'>;
  strings: Strings;
}

/** The lookup index as the engine takes it, put back together from the payload. */
export function lookupIndex({ index, entries }: Payload): LookupIndex {
  return {
    ...index,
    entries: Object.entries(entries).map(([slug, { summary, retry, ...entry }]) => ({ slug, ...entry })),
  };
}
