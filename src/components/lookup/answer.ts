/**
 * Everything the paste box needs from one paste, worked out where the engine runs (a Web Worker,
 * or the page if the worker cannot start), so the page never scans the whole paste itself: the
 * secrets are masked first, and only small, masked pieces of the text come back.
 */
import { createLookup, redactSecrets, type LookupIndex, type LookupResult } from '../../lib/lookup/index.ts';
import { capEncoded } from './share.ts';

/** Characters shown on each side of the matched part of the paste. */
const CONTEXT = 80;
/** Characters of the paste a support report carries. */
const REPORT_TEXT = 4000;
/** Encoded size of the text a copied link carries (`?q=…`), so the link stays usable anywhere. */
export const MAX_LINK_QUERY = 2000;

export interface Answer {
  /** How many keys and tokens were masked. */
  redactions: number;
  /** null when there is nothing to look up (an empty or blank box). */
  result: LookupResult | null;
  /** The masked paste around the top match: before it, the matched part, after it (`…` where cut). */
  highlight: [string, string, string] | null;
  /** The masked text a copied link carries: the paste, or for a long one its matched part. */
  share: string;
  /** The start of the masked paste, for the support report. */
  reportText: string;
}

export type AnswerRequest = { index: LookupIndex } | { seq: number; text: string };
export interface AnswerReply {
  seq: number;
  answer: Answer;
}

const EMPTY: Answer = { redactions: 0, result: null, highlight: null, share: '', reportText: '' };

/** Prepares the index once; the returned function answers any text without throwing. */
export function createAnswerer(index: LookupIndex): (text: string) => Answer {
  const lookup = createLookup(index);
  return (text) => {
    try {
      // Everything below works on the masked text, so no key can reach the card, the report or a
      // copied link, however the text is cut for them.
      const { text: safe, redactions } = redactSecrets(text);
      if (!safe.trim()) return { ...EMPTY, redactions };
      const result = lookup(safe);
      const span = result.match?.excerpt;
      const highlight: Answer['highlight'] = span
        ? [
            (span.start > CONTEXT ? '…' : '') + safe.slice(Math.max(0, span.start - CONTEXT), span.start),
            safe.slice(span.start, span.end),
            safe.slice(span.end, span.end + CONTEXT) + (span.end + CONTEXT < safe.length ? '…' : ''),
          ]
        : null;
      // A paste too long for a link is shared by its matched part.
      const whole = capEncoded(safe, MAX_LINK_QUERY);
      const share = whole.length === safe.length || !highlight ? whole : capEncoded(highlight[1], MAX_LINK_QUERY);
      return { redactions, result, highlight, share, reportText: safe.slice(0, REPORT_TEXT) };
    } catch (error) {
      // A bug must cost one answer, not the box; the console still shows it.
      console.error(error);
      return EMPTY;
    }
  };
}
