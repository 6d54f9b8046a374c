/** The paste's candidate errors: read the paste, shortlist the messages it may hold, score them, rank the entries. */
import { align, type Alignment } from './align.ts';
import { lineOf, surroundings } from './context.ts';
import { findStatuses, normalise } from './normalise.ts';
import { readPaste, type Paste } from './paste.ts';
import { phrase, type Prepared, type PreparedMessage } from './prepare.ts';
import { ACCEPT, BORROWED_CAP, confidence, holdsBorrowed, holdsOwnWords, restsOnBorrowed, scoreMessage, SIGNED_FLOOR } from './rank.ts';
import type { Region } from './scan.ts';
import { isNumber } from './tokens.ts';

/** Messages whose words the paste shares most, the only ones aligned in full. */
const SHORTLIST = 12;
/** Only a short paste can be one of the quick-lookup phrases. */
const MAX_PHRASE = 120;

/** The regions of the input the engine reads, out of their wrappers, as words. */
export interface Reading {
  input: string;
  norm: ReturnType<typeof normalise>;
  paste: Paste;
  /** Where the input character that ends at `k` of the normalised text ends. */
  endOf: (k: number) => number;
}

/** A message scored against the paste: the best of its entry's messages. */
export interface Scored {
  message: PreparedMessage;
  score: number;
  alignment: Alignment;
  /** Every template word found, in order, nothing else between them. */
  whole: boolean;
  /** The match rests only on words that other programs print too (the message's `borrowed` part). */
  borrowed: boolean;
  /** The span of the input it covers. */
  excerpt: { start: number; end: number };
}

/** The regions of the input joined by line breaks, each character mapped to its place in the input, normalised and read. */
export function read(prep: Prepared, input: string, regions: Region[]): Reading {
  let joined = '';
  const from: number[] = [];
  for (const { start, end } of regions) {
    joined += input.slice(start, end) + '\n';
    for (let i = start; i <= end; i++) from.push(i);
  }
  from.push(input.length);
  const norm = normalise(joined, from);
  // Escapes and folded characters map several characters to one: skip to the last of them.
  const endOf = (k: number) => {
    while (norm.from[k] === norm.from[k - 1]) k++;
    return norm.from[k];
  };
  return { input, norm, paste: readPaste(norm.text, prep), endOf };
}

/**
 * Messages sharing the most telling words with the paste, weighted toward the share of each
 * message found. Function words would put every message on the list at a large catalogue.
 */
export function shortlist(prep: Prepared, paste: Paste): PreparedMessage[] {
  const shared = new Map<number, number>();
  for (const word of paste.at.keys()) {
    const weight = prep.weights.get(word) ?? 0;
    if (weight >= 0.15) for (const i of prep.postings.get(word)!) shared.set(i, (shared.get(i) ?? 0) + weight);
  }
  return [...shared]
    .map(([i, w]) => [i, w * Math.min(1, w / prep.messages[i].total)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, SHORTLIST)
    .map(([i]) => prep.messages[i]);
}

// Lower case, upper case or mixed: a copy keeps the server's, a retyped or reformatted text often not.
const shape = (word: string) => (word === word.toLowerCase() ? 0 : word === word.toUpperCase() ? 2 : 1);

// Quotes people put around a message they copy into a sentence of their own; not a JSON or
// dictionary value's, which come after a colon or an equals sign.
const OPEN_QUOTE = /(?:^|[\s(])["'`\u201c\u2018\u300c\u300e]$/;
const CLOSE_QUOTE = /^[.!。…]?["'`\u201d\u2019\u300d\u300f]/;
const MAX_PHRASE_WORDS = 16;

/**
 * The entries someone is looking up by a quick-lookup phrase, each with how many words the phrase
 * has: the paste words from and up to these positions are the phrase, or they quote it ("kimi
 * keeps saying “unable to verify your membership benefits” but…"). A phrase in quotes is copied
 * from somewhere; the same words in a sentence may be that sentence's own; and text that other
 * programs print too is judged by its surroundings, quoted or not.
 */
export function phraseOf(prep: Prepared, { norm, paste }: Reading, [from, to]: [number, number]): Map<number, number> {
  const tokens = paste.tokens;
  const out = new Map<number, number>();
  const add = (start: number, end: number, quoted = false) => {
    const short = end > start && tokens[end - 1].end - tokens[start].start <= MAX_PHRASE;
    // Stryker disable next-line StringLiteral: any text that is no folded quick-lookup phrase finds no keyword, as '' does
    const words = short ? phrase(tokens.slice(start, end)) : '';
    if (!quoted || prep.quotable.has(words)) for (const e of prep.keywords.get(words) ?? []) out.set(e, end - start);
  };
  add(from, to);
  for (let k = from; k < to; k++) {
    const start = tokens[k].start;
    if (!OPEN_QUOTE.test(norm.text.slice(Math.max(0, start - 2), start))) continue;
    for (let end = k + 1; end <= Math.min(to, k + MAX_PHRASE_WORDS); end++) {
      if (CLOSE_QUOTE.test(norm.text.slice(tokens[end - 1].end, tokens[end - 1].end + 2))) add(k, end, true);
    }
  }
  return out;
}

/**
 * Aligns each shortlisted message with the paste and scores it; keeps each entry's best.
 * `range`: only the paste words from and up to these positions (one line of a log).
 */
export function score(prep: Prepared, reading: Reading, messages: PreparedMessage[], range?: [number, number]): Scored[] {
  const { norm, paste, endOf } = reading;
  const spelt = (k: number) => norm.text.slice(paste.tokens[k].start, paste.tokens[k].end);
  const phrased = phraseOf(prep, reading, range ?? [0, paste.tokens.length]);
  // One line of a log is judged by the status it states, not by another line's.
  const statuses = range && range[1] > range[0] ? findStatuses(lineOf(norm.text, paste.tokens[range[0]].start, paste.tokens[range[1] - 1].end)) : norm.statuses;
  const best: Scored[] = [];
  for (const message of messages) {
    const a = align(message, paste, range);
    if (!a) continue;
    let value = scoreMessage(message, paste, a, {
      sameCase: a.positions.every((k, c) => shape(spelt(k)) === shape(message.cased[a.idx[c]])),
      // The message must explain the phrase, not share a word with it.
      phrase: a.positions.length * 2 >= (phrased.get(message.entry) ?? Infinity),
      statusAgrees: statuses.includes(prep.entries[message.entry].status),
    });
    const excerpt = { start: norm.from[paste.tokens[a.first].start], end: endOf(paste.tokens[a.last].end) };
    const borrowed = restsOnBorrowed(message, a);
    if (borrowed) value = judgeBorrowed(prep, reading, message, a, excerpt, value, !range);
    const whole = a.positions.length === message.words.length && a.gaps < 0.01;
    if ((best[message.entry]?.score ?? -1) < value) best[message.entry] = { message, score: value, alignment: a, whole, borrowed, excerpt };
  }
  return best.filter(Boolean);
}

/**
 * A match resting on borrowed words, judged by its surroundings: a guess where another program
 * printed it and no sign of Kimi is there, or where a log's record without a sign holds none of
 * the server's own words around them (the logging program's own "context canceled"); a match
 * where a sign of Kimi is and it holds all those words, or where nothing else is in the paste.
 */
function judgeBorrowed(prep: Prepared, { input, paste }: Reading, message: PreparedMessage, a: Alignment, excerpt: Scored['excerpt'], value: number, wholePaste: boolean): number {
  const line = surroundings(input, excerpt.start, excerpt.end, 0);
  let printer = prep.printerOf(surroundings(input, excerpt.start, excerpt.end), line);
  // In a sentence of another script, it is someone's remark about it (an assistant's reply in a
  // Kimi session): only a sign on its own line says the service sent it.
  const remark = paste.tokens[a.first].script || paste.tokens[a.last + 1]?.script;
  if (printer === 'kimi' && remark && prep.printerOf(line, line) !== 'kimi') printer = null;
  // A record of a log (one line among others; a line alone is nothing around the text).
  const logged = printer === 'log' && input.includes('\n') && !holdsOwnWords(message, a);
  if (printer === 'other' || logged) return Math.min(value, BORROWED_CAP);
  // Nothing around it but status codes: someone typed or copied just that, as the table says to;
  // unless another entry's borrowed text has those words too.
  const alone = wholePaste && !printer && !paste.lines.at(-1) && paste.tokens.every((t, k) => (k >= a.first && k <= a.last) || isNumber(t.w)) && !sharedBorrowed(prep, message, paste);
  return (printer === 'kimi' || alone) && holdsBorrowed(message, a) ? Math.max(value, SIGNED_FLOOR) : value;
}

/** Another entry's borrowed text holds every word of the paste. */
function sharedBorrowed(prep: Prepared, message: PreparedMessage, paste: Paste): boolean {
  const words = paste.words.filter((w) => !isNumber(w));
  return prep.messages.some((o) => o.entry !== message.entry && o.borrowedWords[1] > 0 && words.every((w) => o.words.slice(...o.borrowedWords).includes(w)));
}

const overlap = (x: Scored, y: Scored) => x.alignment.first <= y.alignment.last && y.alignment.first <= x.alignment.last;

/**
 * Best first; but in a log the last error is the one that stopped the run (retries come before
 * it): `last`, the entry that reading line by line found on the latest line, comes first when it
 * scores as a match; without it, the last of several whole messages, each likely on its own.
 * A runner-up explaining the same words makes the best a guess; one found elsewhere in the paste
 * is a second error, and takes nothing from the first.
 */
export function rank(scored: Scored[], last?: number): { ranked: Scored[]; confidence: number } {
  const ranked = scored.sort((x, y) => y.score - x.score);
  const whole = ranked.filter((f) => f.whole && f.score >= ACCEPT);
  const lastWhole = whole.reduce<Scored | undefined>((l, f) => (!l || f.alignment.first > l.alignment.last ? f : l), undefined);
  const lastFound = ranked.find((f) => f.message.entry === last && f.score >= ACCEPT);
  if (lastFound) ranked.unshift(...ranked.splice(ranked.indexOf(lastFound), 1));
  else if (lastWhole && whole.includes(ranked[0])) ranked.unshift(...ranked.splice(ranked.indexOf(lastWhole), 1));
  const [first] = ranked;
  const rival = ranked.find((f, i) => i && overlap(f, first));
  return { ranked, confidence: first ? confidence(first.score, rival?.score ?? 0) : 0 };
}

/** The errors a ranking counts as matches: the best, when accepted, and each other whole message found elsewhere in the paste. */
export function matches(ranked: Scored[], conf: number): Scored[] {
  const out: Scored[] = [];
  ranked.forEach((f, i) => {
    if ((i ? f.whole && f.score >= ACCEPT : conf >= ACCEPT) && !out.some((o) => overlap(o, f))) out.push(f);
  });
  return out;
}
