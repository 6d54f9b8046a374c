/**
 * The error lookup: paste in, documented entry out. Plain TypeScript without Node or DOM APIs, so
 * the page, the command line and the tests run the same engine.
 */
import { align, readPaste, type Alignment } from './align.ts';
import { normalise } from './normalise.ts';
import { phrase, prepare, type Prepared, type PreparedMessage } from './prepare.ts';
import { ACCEPT, confidence, scoreMessage, SUGGEST } from './rank.ts';
import { redactSecrets } from './redact.ts';
import { selectRegions } from './regions.ts';
import { captureValues, collapse, type Capture } from './templates.ts';
import { tokenize } from './tokens.ts';
import type { LookupCandidate, LookupIndex, LookupResult } from './types.ts';

export type { LookupCandidate, LookupIndex, LookupIndexEntry, LookupResult } from './types.ts';
export { buildLookupIndex } from './prepare.ts';
export { redactSecrets } from './redact.ts';

/** Messages whose words the paste shares most, the only ones aligned in full. */
const SHORTLIST = 12;
const MAX_CANDIDATES = 4;
const MAX_SUGGESTIONS = 3;
const MAX_CAPTURE = 200;
const MAX_PHRASE = 120;

interface Found {
  m: PreparedMessage;
  score: number;
  a: Alignment;
  /** Every template word found, in order, nothing else between them. */
  whole: boolean;
}

const NOTHING: LookupResult = { match: null, confidence: 0, candidates: [], status: null };

/** Prepares the index once; the returned function answers any input, of any size, without throwing. */
export function createLookup(index: LookupIndex): (text: string) => LookupResult {
  const prep = prepare(index);
  return (text) => {
    try {
      return lookup(prep, typeof text === 'string' ? text : String(text ?? ''));
    } catch (error) {
      // A bug must cost one answer, not the page; the console still shows it.
      console.error(error);
      return NOTHING;
    }
  };
}

// Lower case, upper case or mixed: a copy keeps the server's, a retyped or reformatted text often not.
const shape = (word: string) => (word === word.toLowerCase() ? 0 : word === word.toUpperCase() ? 2 : 1);
const round = (x: number) => Math.round(x * 1000) / 1000;

function lookup(prep: Prepared, input: string): LookupResult {
  // The regions of the input to read, joined by line breaks, each character mapped to its place in the input.
  let joined = '';
  const from: number[] = [];
  for (const { start, end } of selectRegions(input, prep.weights)) {
    joined += input.slice(start, end) + '\n';
    for (let i = start; i <= end; i++) from.push(i);
  }
  from.push(input.length);
  const norm = normalise(joined, from);
  const paste = readPaste(tokenize(norm.text), prep);
  const spelt = (k: number) => norm.text.slice(paste.tokens[k].start, paste.tokens[k].end);
  // Where the input character that ends at `k` of the text ends (escapes and folded characters map
  // several to one).
  const endOf = (k: number) => {
    while (norm.from[k] === norm.from[k - 1]) k++;
    return norm.from[k];
  };

  // Messages sharing the most telling words with the paste, weighted toward the share of each
  // message found. Function words would put every message on the list at a large catalogue.
  const shared = new Map<number, number>();
  for (const word of paste.at.keys()) {
    const weight = prep.weights.get(word) ?? 0;
    if (weight >= 0.15) for (const i of prep.postings.get(word)!) shared.set(i, (shared.get(i) ?? 0) + weight);
  }
  const shortlist = [...shared].sort(([i, a], [j, b]) => b * Math.min(1, b / prep.messages[j].total) - a * Math.min(1, a / prep.messages[i].total));

  // A paste that is just one of an entry's quick-lookup phrases ("bot_id", "502 Bad Gateway"):
  // someone looking that entry up. Only short pastes can be one.
  const phraseOf = norm.text.trim().length > MAX_PHRASE ? [] : prep.keywords.get(phrase(paste.tokens)) ?? [];
  const best: Found[] = [];
  for (const [i] of shortlist.slice(0, SHORTLIST)) {
    const m = prep.messages[i];
    const a = align(m, paste);
    if (!a) continue;
    const whole = a.positions.length === m.words.length && a.gaps < 0.01;
    const score = scoreMessage(m, paste, a, {
      verbatim: whole && a.positions.every((k, c) => shape(spelt(k)) === shape(m.cased[c])),
      phrase: phraseOf.includes(m.entry),
      statusAgrees: norm.statuses.includes(prep.entries[m.entry].status),
    });
    if ((best[m.entry]?.score ?? -1) < score) best[m.entry] = { m, score, a, whole };
  }

  // Best first; but when the paste holds several whole messages, each likely on its own, the last
  // comes first: in a log, the last error is the one that stopped the run (retries come before it).
  const ranked = best.filter(Boolean).sort((x, y) => y.score - x.score);
  const whole = ranked.filter((f) => f.whole && f.score >= ACCEPT);
  const lastWhole = whole.reduce<Found | undefined>((l, f) => (!l || f.a.first > l.a.last ? f : l), undefined);
  if (lastWhole && whole.includes(ranked[0])) ranked.unshift(...ranked.splice(ranked.indexOf(lastWhole), 1));

  // A runner-up explaining the same words makes the best a guess; one found elsewhere in the
  // paste is a second error, and takes nothing from the first.
  const [first] = ranked;
  const rival = ranked.find((f, i) => i && f.a.first <= first.a.last && first.a.first <= f.a.last);
  const conf = first ? confidence(first.score, rival?.score ?? 0) : 0;
  const accepted = conf >= ACCEPT;
  const views = norm.text.split('\n').map(collapse);
  const shown = ranked
    .filter((f, i) => f.score >= SUGGEST || (!i && accepted))
    .slice(0, accepted ? MAX_CANDIDATES : MAX_SUGGESTIONS)
    .map(({ m, score, a }): LookupCandidate => {
      let captures: Capture[] = [];
      for (const view of views) if (!captures.length) captures = captureValues(m.template, view, view.toLowerCase());
      return {
        slug: prep.entries[m.entry].slug,
        score: round(score),
        messageId: m.id,
        captures: captures.map(({ name, value }) => ({ name, value: redactSecrets(value.slice(0, MAX_CAPTURE)).text })),
        excerpt: { start: norm.from[paste.tokens[a.first].start], end: endOf(paste.tokens[a.last].end) },
      };
    });
  return { match: accepted ? shown[0] : null, confidence: round(conf), candidates: shown, status: norm.status };
}
