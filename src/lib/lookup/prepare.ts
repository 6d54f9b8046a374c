import { SIGNS } from '../catalogue/signs.ts';
import { createPrinterReader, type Printer } from './context.ts';
import { createFuzzy, type FuzzyHit } from './fuzzy.ts';
import { PLACEHOLDER, placeholdersOf, type Placeholder } from './templates.ts';
import { clean } from './text.ts';
import { baseWeight, spellable, tokenize, type Token } from './tokens.ts';
import type { LookupIndex, LookupIndexEntry } from './types.ts';

export interface PreparedMessage {
  entry: number;
  id: string;
  /** Its placeholders, to read their values from the paste. */
  placeholders: Placeholder[];
  /** The template's literal words, in order, folded; `cased`: as the server writes them. */
  words: string[];
  cased: string[];
  /** Which of them are part of a name, URL or path (`bot_id` in `v1.ClawExtension.bot_id`). */
  glued: boolean[];
  /** Which of them are in a run of capitalised words, names of products and services ("Claude Code"). */
  names: boolean[];
  /** The part of the template that another program prints too (Postgres's, Go's), and its words, from and up to; [0, 0]: none. */
  borrowed: string | null;
  borrowedWords: [number, number];
  weights: number[];
  /** How many placeholders come before each word. */
  placeholdersBefore: number[];
  placeholderCount: number;
  /** `before[i]`: total weight of words 0..i-1. */
  before: number[];
  total: number;
  /** The most times one word occurs in it. */
  repeats: number;
}

export interface Prepared {
  entries: LookupIndexEntry[];
  messages: PreparedMessage[];
  /** Catalogue words by weight: rare, telling words near 1, words every message has near 0. */
  weights: Map<string, number>;
  /** Word → the messages that contain it. */
  postings: Map<string, number[]>;
  fuzzy: (word: string) => FuzzyHit | undefined;
  /** Each entry's quick-lookup phrases, as their words → the entries that list them. */
  keywords: Map<string, number[]>;
  /** Those that are no part of a text other programs print too: quoted in a sentence, they are a copy of the server's. */
  quotable: Set<string>;
  /** Who printed a text, by the signs on its line and in its surroundings. */
  printerOf: (surroundings: string, line?: string) => Printer;
}

/** The index the page embeds: each entry's slug, title, status, messages and keywords, and the signs that tell who printed a borrowed text. */
export function buildLookupIndex(
  entries: readonly {
    slug: string;
    title: string;
    status: number;
    messages: readonly { id: string; template: string; borrowed?: string }[];
    keywords: readonly string[];
  }[],
): LookupIndex {
  return {
    version: 1,
    entries: entries.map((e) => ({
      slug: e.slug,
      title: e.title,
      status: e.status,
      messages: e.messages.map(({ id, template, borrowed }) => ({ id, template, ...(borrowed && { borrowed }) })),
      keywords: [...e.keywords],
    })),
    signs: SIGNS,
  };
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);

/** The heavy part, done once per index: template words, their weights, the word → message postings. */
export function prepare(index: LookupIndex): Prepared {
  const entries = index.entries;
  const parsed = entries.flatMap((entry, e) =>
    entry.messages.map((m) => ({
      entry: e,
      id: m.id,
      placeholders: placeholdersOf(m.template),
      ...splitTemplate(m.template),
      borrowed: m.borrowed ?? null,
      borrowedWords: m.borrowed ? borrowedWords(m.template, m.borrowed) : ([0, 0] as [number, number]),
    })),
  );

  // Rarity across entries, not messages: an entry with four variants of one sentence must not make
  // that sentence's words look common.
  const entriesWith = new Map<string, number[]>();
  for (const m of parsed) for (const w of m.words) push(entriesWith, w, m.entry);
  const n = Math.max(entries.length, 2);
  const weights = new Map<string, number>();
  for (const [w, list] of entriesWith) weights.set(w, (Math.log(1 + n / new Set(list).size) / Math.log(1 + n)) * baseWeight(w));

  const postings = new Map<string, number[]>();
  const messages = parsed.map((m, i): PreparedMessage => {
    for (const w of new Set(m.words)) push(postings, w, i);
    const ws = m.words.map((w) => weights.get(w)!);
    const before = [0];
    for (const w of ws) before.push(before[before.length - 1] + w);
    const capital = m.cased.map((w) => /^\p{Lu}/u.test(w));
    const names = capital.map((c, i) => c && (capital[i - 1] || capital[i + 1]));
    const repeats = Math.max(...m.words.map((w) => m.words.filter((v) => v === w).length));
    return { ...m, names, weights: ws, before, total: before[ws.length], repeats };
  });

  const keywords = new Map<string, number[]>();
  entries.forEach((entry, e) => entry.keywords.forEach((k) => push(keywords, phrase(tokenize(clean(k))), e)));
  const borrowed = messages.filter((m) => m.borrowed).map((m) => ` ${phrase(tokenize(clean(m.borrowed!)))} `);
  const quotable = new Set([...keywords.keys()].filter((k) => !borrowed.some((b) => b.includes(` ${k} `))));
  return {
    entries,
    messages,
    weights,
    postings,
    fuzzy: createFuzzy([...weights.keys()].filter(spellable)),
    keywords,
    quotable,
    printerOf: createPrinterReader(index.signs ?? { hosts: [], kimi: [], other: [], pages: [] }),
  };
}

/** The template words, from and up to, that are the borrowed part. */
function borrowedWords(template: string, borrowed: string): [number, number] {
  const from = splitTemplate(template.slice(0, template.indexOf(borrowed))).words.length;
  return [from, from + splitTemplate(borrowed).words.length];
}

/** A short text as a phrase to compare: its words, folded, without the punctuation around them. */
export const phrase = (tokens: Token[]) => tokens.map((t) => t.w).join(' ');

function splitTemplate(template: string) {
  const text = clean(template).replace(PLACEHOLDER, '_');
  const m = { words: [] as string[], cased: [] as string[], glued: [] as boolean[], placeholdersBefore: [] as number[], placeholderCount: 0 };
  // Each placeholder becomes a word of its own, so a word glued to it (`user={db_user}`) counts as glued.
  for (const t of tokenize(text)) {
    if (t.w === '_') m.placeholderCount++;
    else {
      m.words.push(t.w);
      m.cased.push(text.slice(t.start, t.end));
      m.glued.push(t.glued);
      m.placeholdersBefore.push(m.placeholderCount);
    }
  }
  return m;
}
