import { matches, phraseOf, rank, score, type Reading } from './candidates.ts';
import type { Prepared, PreparedMessage } from './prepare.ts';
import { ACCEPT, ceiling } from './rank.ts';
import type { Line } from './scan.ts';
import { unmarkup } from './text.ts';
import type { LookupFound } from './types.ts';

/**
 * A message that cannot score this much on a line is not aligned there: it can neither be the
 * line's error nor, that far below any match, a rival that would make one a guess. Of the others,
 * only the few that can score most.
 */
const ROOM = 0.3;
const SHORTLIST = 6;

/** A documented error on a line: its message, which of its words, where on the line. */
interface Hit {
  message: PreparedMessage;
  firstI: number;
  lastI: number;
  start: number;
  end: number;
}

const NO_WORD = /^\W*$/;
const MAX_MARKUP = 300;

/**
 * Every documented error the lines hold that counts as a match, in order of first appearance, with
 * how often and on which lines. Each line's words in the reading are scored on their own, only
 * against the messages they could be. A line seen before, numbers aside (a retry with another
 * timestamp), is not scored again, unless what it holds depends on its surroundings; a line the
 * reading does not hold counts only as such a repeat. A message a terminal wrapped onto the next
 * line is one error, not two.
 */
export function findAll(prep: Prepared, reading: Reading, lines: Line[]): LookupFound[] {
  const { input, norm, paste } = reading;
  const known = new Map<string, Hit[]>();
  const found = new Map<string, LookupFound>();
  let previous: (Hit & { line: Line }) | undefined;
  let to = 0;
  for (const line of lines) {
    // The paste words of this line: the reading maps each back to the input.
    const from = to;
    while (to < paste.tokens.length && norm.from[paste.tokens[to].start] < line.end) to++;
    const key = input.slice(line.start, line.end).replace(/\d+/g, '0');
    let hits = known.get(key);
    if (!hits) {
      // A line the reading does not hold (past what a long log reads) counts only as a repeat.
      if (from === to) continue;
      const range: [number, number] = [from, to];
      const messages = possible(prep, reading, range);
      const candidates = messages.length ? score(prep, reading, messages, range) : [];
      const { ranked, confidence } = rank(candidates);
      hits = matches(ranked, confidence)
        .map(({ message, alignment, excerpt }) => ({ message, firstI: alignment.firstI, lastI: alignment.lastI, start: excerpt.start - line.start, end: excerpt.end - line.start }))
        .sort((a, b) => a.start - b.start);
      if (!candidates.some((c) => c.borrowed)) known.set(key, hits);
    }
    for (const hit of hits) {
      // One error, not two: a message a terminal wrapped onto the next line (inside a word too:
      // "2621" / "44"), nothing but a line break between its parts; a web server's error page,
      // which says it in its title and again in its heading, nothing but markup between them.
      const same = previous?.message === hit.message;
      const between = same ? input.slice(previous!.line.start + previous!.end, line.start + hit.start) : '';
      const wrapped =
        same &&
        (previous!.lastI < hit.firstI
          ? previous!.line.number === line.number - 1 && NO_WORD.test(between)
          : between.length <= MAX_MARKUP && between.includes('<') && NO_WORD.test(unmarkup(between)));
      previous = { ...hit, line };
      const slug = prep.entries[hit.message.entry].slug;
      const entry = found.get(slug) ?? found.set(slug, { slug, count: 0, firstLine: line.number, lastLine: line.number }).get(slug)!;
      if (!wrapped) entry.count++;
      entry.lastLine = line.number;
    }
  }
  return [...found.values()];
}

/**
 * The messages a line's words could be, those that can score most first: the line's quick-lookup
 * phrase's, those whose borrowed words it holds all of (a sign of Kimi around them makes them a
 * match), then those that can score enough there. None where no message can be a match.
 */
function possible(prep: Prepared, reading: Reading, [from, to]: [number, number]): PreparedMessage[] {
  const words = new Set<string>();
  for (let k = from; k < to; k++) words.add(reading.paste.words[k]);
  // Per message, the weight and number of the line's words it has: function words, which nearly
  // every message has, count for all alike.
  const shared = new Map<PreparedMessage, [weight: number, n: number]>();
  let common = 0;
  let commonN = 0;
  for (const w of words) {
    const weight = prep.weights.get(w);
    if (weight === undefined) continue;
    if (weight < 0.15) (common += weight), commonN++;
    else for (const i of prep.postings.get(w)!) {
      const m = prep.messages[i];
      const s = shared.get(m) ?? shared.set(m, [0, 0]).get(m)!;
      (s[0] += weight), s[1]++;
    }
  }
  const phrased = phraseOf(prep, reading, [from, to]);
  if (phrased.size) for (const m of prep.messages) if (phrased.has(m.entry)) shared.set(m, shared.get(m) ?? [0, 0]);
  const tops: [PreparedMessage, number][] = [];
  for (const [m, [weight, n]] of shared) {
    const [start, end] = m.borrowedWords;
    let told = phrased.has(m.entry) || end > 0;
    for (let i = start; i < end && told; i++) told = words.has(m.words[i]);
    // A word the template has twice counts twice.
    const top = told ? 1 : ceiling(m, (weight + common) * m.repeats, (n + commonN) * m.repeats);
    if (top >= ROOM) tops.push([m, top]);
  }
  tops.sort((a, b) => b[1] - a[1]);
  return tops[0]?.[1] >= ACCEPT ? tops.slice(0, SHORTLIST).map(([m]) => m) : [];
}
