import type { Signs } from '../catalogue/signs.ts';

/** One catalogue entry as the lookup needs it: small, JSON-serialisable, embedded in the page. */
export interface LookupIndexEntry {
  slug: string;
  title: string;
  status: number;
  /** `borrowed`: the part of the template that another program also prints (see the catalogue schema). */
  messages: { id: string; template: string; borrowed?: string }[];
  keywords: string[];
}

export interface LookupIndex {
  version: 1;
  entries: LookupIndexEntry[];
  /** Who prints a borrowed text (src/lib/catalogue/signs.ts); without them, a borrowed text is judged as if nothing surrounded it. */
  signs?: Signs;
}

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
  /** The match rests only on the message's `borrowed` words (text other programs print too): that text; otherwise null. */
  borrowed: string | null;
}

/** A documented error in the paste: how often it occurs, and its first and last line (1-based lines of the paste as given). */
export interface LookupFound {
  slug: string;
  count: number;
  firstLine: number;
  lastLine: number;
}

export interface LookupResult {
  /** The entry the paste is taken to be (in a log, the error that stopped the run); null when no entry is likely enough. */
  match: LookupCandidate | null;
  /** Likelihood that the best candidate is right, 0..1 (below the acceptance bar: no match). */
  confidence: number;
  /** Best first, at most 4; without a match, the "did you mean" list. */
  candidates: LookupCandidate[];
  /** The HTTP status found in the paste, if any. */
  status: number | null;
  /** Every documented error the paste holds that counts as a match, in order of first appearance; [] when none. */
  found: LookupFound[];
}
