/**
 * The error lookup: paste in, documented entry out. Plain TypeScript without Node or DOM APIs, so
 * the page, the command line and the tests run the same engine.
 */
import { align, readPaste, type Alignment, type Paste } from './align.ts';
import { locate } from './locate.ts';
import { normalise, type Normalised } from './normalise.ts';
import { phrase, prepare, type Prepared, type PreparedMessage } from './prepare.ts';
import { ACCEPT, confidence, scoreMessage, SUGGEST } from './rank.ts';
import { redactSecrets } from './redact.ts';
import { selectRegions, type Region } from './regions.ts';
import { captureByContext, collapse, matchTemplate, type TemplateMatch } from './templates.ts';
import { lower } from './text.ts';
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
  message: PreparedMessage;
  score: number;
  alignment: Alignment;
  exact: TemplateMatch | null;
}

interface Reading {
  input: string;
  regions: Region[];
  norm: Normalised;
  paste: Paste;
  views: string[];
  folded: string[];
}

const NOTHING: LookupResult = { match: null, confidence: 0, candidates: [], status: null };

/** Prepares the index once; the returned function answers any input, of any size, without throwing. */
export function createLookup(index: LookupIndex): (text: string) => LookupResult {
  const prep = prepare(index);
  return (text) => {
    try {
      return lookup(prep, typeof text === 'string' ? text : String(text ?? ''));
    } catch {
      // A bug must cost one answer, not the page.
      return NOTHING;
    }
  };
}

function lookup(prep: Prepared, input: string): LookupResult {
  const regions = selectRegions(input, prep.anchors);
  if (!regions.length) return NOTHING;
  const norm = normalise(regions.map((r) => input.slice(r.start, r.end)).join('\n'));
  const paste = readPaste(tokenize(norm.text), prep);
  const views = [...norm.messages, ...norm.text.split('\n')].map(collapse);
  const reading: Reading = { input, regions, norm, paste, views, folded: views.map(lower) };

  // A paste that is just one of an entry's quick-lookup phrases ("bot_id", "502 Bad Gateway"):
  // someone looking that entry up. Only short pastes can be one.
  const phraseOf = norm.text.length <= MAX_PHRASE ? prep.keywords.get(phrase(norm.text)) ?? [] : [];
  const best = new Map<number, Found>();
  for (const i of shortlist(prep, paste)) {
    const message = prep.messages[i];
    const alignment = align(message, paste);
    if (!alignment) continue;
    const exact = findExact(message, reading);
    const score = scoreMessage(message, paste, alignment, {
      verbatim: !!exact?.verbatim,
      phrase: phraseOf.includes(message.entry),
      statusAgrees: norm.statuses.includes(prep.entries[message.entry].status),
    });
    const current = best.get(message.entry);
    if (!current || score > current.score) best.set(message.entry, { message, score, alignment, exact });
  }

  const ranked = rank([...best.values()]);
  // A runner-up explaining the same words makes the best a guess; one found elsewhere in the
  // paste is a second error, and takes nothing from the first.
  const rival = ranked.find((f, i) => i > 0 && overlap(f.alignment, ranked[0].alignment));
  const conf = ranked.length ? confidence(ranked[0].score, rival?.score ?? 0) : 0;
  const accepted = conf >= ACCEPT;
  const shown = ranked
    .filter((f, i) => f.score >= SUGGEST || (i === 0 && accepted))
    .slice(0, accepted ? MAX_CANDIDATES : MAX_SUGGESTIONS)
    .map((f) => candidate(prep, reading, f));
  return { match: accepted ? shown[0] : null, confidence: round(conf), candidates: shown, status: norm.status };
}

/**
 * Best first; but when the paste holds several whole messages, each likely on its own, the last
 * comes first: in a log, the last error is the one that stopped the run (retries come before it).
 */
function rank(found: Found[]): Found[] {
  const ranked = found.sort((a, b) => b.score - a.score);
  const whole = ranked.filter((f) => f.exact && f.score >= ACCEPT);
  const last = whole.reduce<Found | undefined>((l, f) => (!l || f.alignment.first > l.alignment.last ? f : l), undefined);
  if (last && last !== ranked[0] && whole.includes(ranked[0])) ranked.unshift(...ranked.splice(ranked.indexOf(last), 1));
  return ranked;
}

const overlap = (a: Alignment, b: Alignment) => a.first <= b.last && b.first <= a.last;

/** Messages sharing the most telling words with the paste, weighted toward the share of each message found. */
function shortlist(prep: Prepared, paste: Paste): number[] {
  const found = new Map<number, number>();
  for (const word of paste.at.keys()) {
    const weight = prep.weights.get(word);
    // Function words would put every message on the list at a large catalogue.
    if (weight === undefined || weight < 0.15) continue;
    for (const m of prep.postings.get(word)!) found.set(m, (found.get(m) ?? 0) + weight);
  }
  return [...found]
    .map(([m, w]) => [m, w * Math.min(1, w / prep.messages[m].total)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, SHORTLIST)
    .map(([m]) => m);
}

/** The template matched whole in one of the paste's messages or lines; those come first. */
function findExact(message: PreparedMessage, r: Reading): TemplateMatch | null {
  for (let v = 0; v < r.views.length; v++) {
    const hit = matchTemplate(message.template, r.views[v], r.folded[v]);
    if (hit) return hit;
  }
  return null;
}

function candidate(prep: Prepared, r: Reading, f: Found): LookupCandidate {
  const { paste, norm } = r;
  const word = (k: number) => norm.text.slice(paste.tokens[k].start, paste.tokens[k].end);
  const a = f.alignment;
  let captures = f.exact?.captures ?? [];
  for (let v = 0; !f.exact && !captures.length && v < r.views.length; v++) {
    captures = captureByContext(f.message.template, r.views[v], r.folded[v]);
  }
  return {
    slug: prep.entries[f.message.entry].slug,
    score: round(f.score),
    messageId: f.message.id,
    captures: captures.map(({ name, value }) => ({ name, value: redactSecrets(value.slice(0, MAX_CAPTURE)).text })),
    excerpt: locate(r.input, r.regions, a.positions.map(word), a.anchor),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
