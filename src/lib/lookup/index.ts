/**
 * The error lookup: paste in, documented entry out. Plain TypeScript without Node or DOM APIs, so
 * the page, the command line and the tests run the same engine.
 */
import { matches, rank, read, score, shortlist, type Reading, type Scored } from './candidates.ts';
import { findAll } from './found.ts';
import { prepare, type Prepared } from './prepare.ts';
import { ACCEPT, SUGGEST } from './rank.ts';
import { redactSecrets } from './redact.ts';
import { allLines, readable, scan, selectRegions, WHOLE } from './scan.ts';
import { captureValues, collapse, type Capture } from './templates.ts';
import type { LookupCandidate, LookupFound, LookupIndex, LookupResult } from './types.ts';

export type { LookupCandidate, LookupFound, LookupIndex, LookupIndexEntry, LookupResult } from './types.ts';
export { buildLookupIndex } from './prepare.ts';
export { redactSecrets } from './redact.ts';

const MAX_CANDIDATES = 4;
const MAX_SUGGESTIONS = 3;
const MAX_CAPTURE = 200;

const nothing = (): LookupResult => ({ match: null, confidence: 0, candidates: [], status: null, found: [] });

/**
 * Prepares the index once; the returned function answers any input, of any size, and never
 * throws: a bug costs one answer, not the page. `onError` hears of the bug (the console by
 * default; tests make it throw, so that the safety net hides nothing from them).
 */
export function createLookup(index: LookupIndex, onError: (error: unknown) => void = console.error): (text: string) => LookupResult {
  const prep = prepare(index);
  return (text) => {
    try {
      return lookup(prep, typeof text === 'string' ? text : String(text ?? ''));
    } catch (error) {
      onError(error);
      return nothing();
    }
  };
}

/**
 * Every error of a paste of several lines, line by line: up to WHOLE characters the reading of the
 * whole paste serves; a longer log is read again, in the lines that may hold an error. Then
 * shortlist the messages the paste may hold, score them, the error found on the latest line first
 * (it stopped the run), and present the answer; a paste of one line has its errors from that answer.
 */
function lookup(prep: Prepared, input: string): LookupResult {
  const log = input.length > WHOLE ? scan(input, prep.weights) : null;
  const reading = read(prep, input, log ? selectRegions(input, log) : [{ start: 0, end: input.length }]);
  const lines = log ? findAll(prep, read(prep, input, readable(log.lines)), log.lines) : input.includes('\n') ? findAll(prep, reading, allLines(input)) : null;
  const last = lines?.reduce<LookupFound | undefined>((l, f) => (!l || f.lastLine > l.lastLine ? f : l), undefined);
  const { ranked, confidence } = rank(score(prep, reading, shortlist(prep, reading.paste)), last && prep.entries.findIndex((e) => e.slug === last.slug));
  const result = present(prep, reading, ranked, confidence);
  const found = lines ?? countOnOneLine(prep, matches(ranked, confidence));
  if (result.match) placeMatch(found, result.match, input);
  return { ...result, found };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The answer as the page shows it: the match, or the closest entries, with the values the paste gives the template's placeholders. */
function present(prep: Prepared, { norm }: Reading, ranked: Scored[], confidence: number): LookupResult {
  const accepted = confidence >= ACCEPT;
  const views = norm.text.split('\n').map(collapse);
  const candidates = ranked
    .filter((f, i) => f.score >= SUGGEST || (!i && accepted))
    .slice(0, accepted ? MAX_CANDIDATES : MAX_SUGGESTIONS)
    .map(({ message, score, excerpt, borrowed }): LookupCandidate => {
      let captures: Capture[] = [];
      for (const view of views) if (!captures.length) captures = captureValues(message.placeholders, view, view.toLowerCase());
      return {
        slug: prep.entries[message.entry].slug,
        score: round(score),
        messageId: message.id,
        captures: captures.map(({ name, value }) => ({ name, value: redactSecrets(value.slice(0, MAX_CAPTURE)).text })),
        excerpt,
        borrowed: borrowed ? message.borrowed : null,
      };
    });
  // Stryker disable next-line ArrayDeclaration: lookup always replaces this found list with its own
  return { match: accepted ? candidates[0] : null, confidence: round(confidence), candidates, status: norm.status, found: [] };
}

/** The errors of a paste of one line, from its answer's ranking: score() keeps one message per entry, so each is there once. */
const countOnOneLine = (prep: Prepared, matched: Scored[]): LookupFound[] =>
  matched
    .sort((a, b) => a.excerpt.start - b.excerpt.start)
    .map((f) => ({ slug: prep.entries[f.message.entry].slug, count: 1, firstLine: 1, lastLine: 1 }));

/**
 * The match is one of the errors found, on all the lines it spans (a message over several lines,
 * which no line holds whole); added in its place when reading line by line missed it.
 */
function placeMatch(found: LookupFound[], { slug, excerpt }: LookupCandidate, input: string) {
  const lineAt = (offset: number) => {
    let line = 1;
    for (let i = input.indexOf('\n'); i >= 0 && i < offset; i = input.indexOf('\n', i + 1)) line++;
    return line;
  };
  const [first, last] = [lineAt(excerpt!.start), lineAt(excerpt!.end - 1)];
  const known = found.find((f) => f.slug === slug);
  // One line of it alone is no message spread over lines: the lines read one by one counted it, or it is a look-alike they did not count.
  if (known && first < last) [known.firstLine, known.lastLine] = [Math.min(known.firstLine, first), Math.max(known.lastLine, last)];
  else if (!known) {
    const at = found.findIndex((f) => f.firstLine > first);
    found.splice(at < 0 ? found.length : at, 0, { slug, count: 1, firstLine: first, lastLine: last });
  }
}
