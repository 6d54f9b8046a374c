/** One catalogue entry as the lookup needs it: small, JSON-serialisable, embedded in the page. */
export interface LookupIndexEntry {
  slug: string;
  title: string;
  status: number;
  /** `borrowed`: which template words, from and up to, another program also prints (see the catalogue schema). */
  messages: { id: string; template: string; borrowed?: [number, number] }[];
  keywords: string[];
}

export type LookupIndex = { version: 1; entries: LookupIndexEntry[] };

export interface LookupCandidate {
  slug: string;
  /** How likely this entry is the paste's error, 0..1. */
  score: number;
  /** The message variant that matched best (anchor on the entry page). */
  messageId: string | null;
  /** Values of the template's `{placeholders}` found in the paste. */
  captures: { name: string; value: string }[];
  /** Span of the original input that matched, when it can be located, for highlighting. */
  excerpt: { start: number; end: number } | null;
  /** The match rests only on text other programs print too (Go's, Postgres's): that text; else null. */
  borrowed: string | null;
}

export interface LookupResult {
  /** The entry the paste is taken to be; null when no entry is likely enough. */
  match: LookupCandidate | null;
  /** Likelihood that the best candidate is right, 0..1 (below the acceptance bar: no match). */
  confidence: number;
  /** Best first, at most 4; without a match, the "did you mean" list. */
  candidates: LookupCandidate[];
  /** The HTTP status found in the paste, if any. */
  status: number | null;
  /** Every documented error in the paste, in order of first appearance, with its 1-based lines. */
  found: { slug: string; count: number; firstLine: number; lastLine: number }[];
}
