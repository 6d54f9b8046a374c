import { createFuzzy, type FuzzyHit } from './fuzzy.ts';
import { collapse, compileTemplate, PLACEHOLDER, type CompiledTemplate } from './templates.ts';
import { clean, lower } from './text.ts';
import { baseWeight, spellable, tokenize } from './tokens.ts';
import type { LookupIndex, LookupIndexEntry } from './types.ts';

export interface PreparedMessage {
  entry: number;
  id: string;
  template: CompiledTemplate;
  /** The template's literal words, in order. */
  words: string[];
  weights: number[];
  /** How many placeholders come before each word. */
  holes: number[];
  holeCount: number;
  /** `before[i]`: total weight of words 0..i-1. */
  before: number[];
  total: number;
}

export interface Prepared {
  entries: LookupIndexEntry[];
  messages: PreparedMessage[];
  /** Catalogue words by weight: rare, telling words near 1, words every message has near 0. */
  weights: Map<string, number>;
  /** Word → the messages that contain it. */
  postings: Map<string, number[]>;
  fuzzy: (word: string) => FuzzyHit | null;
  /** Telling words, to find the lines of a long log that carry an error. */
  anchors: Set<string>;
  /** Each entry's quick-lookup phrases, folded → the entries that list them. */
  keywords: Map<string, number[]>;
}

export function buildLookupIndex(
  entries: readonly {
    slug: string;
    title: string;
    status: number;
    messages: readonly { id: string; template: string }[];
    keywords: readonly string[];
  }[],
): LookupIndex {
  return {
    version: 1,
    entries: entries.map((e) => ({
      slug: e.slug,
      title: e.title,
      status: e.status,
      messages: e.messages.map((m) => ({ id: m.id, template: m.template })),
      keywords: [...e.keywords],
    })),
  };
}

/** The heavy part, done once per index: template words, their weights, the word → message postings. */
export function prepare(index: LookupIndex): Prepared {
  const entries = index.entries;
  const parsed = entries.flatMap((entry, e) => entry.messages.map((m) => ({ entry: e, id: m.id, template: m.template, ...splitTemplate(m.template) })));

  // Rarity across entries, not messages: an entry with four variants of one sentence must not make
  // that sentence's words look common.
  const entriesWith = new Map<string, Set<number>>();
  for (const m of parsed) for (const w of m.words) (entriesWith.get(w) ?? entriesWith.set(w, new Set()).get(w)!).add(m.entry);
  const n = Math.max(entries.length, 2);
  const weights = new Map<string, number>();
  for (const [w, set] of entriesWith) weights.set(w, (Math.log(1 + n / set.size) / Math.log(1 + n)) * baseWeight(w));

  const postings = new Map<string, number[]>();
  const messages = parsed.map((m, i): PreparedMessage => {
    for (const w of new Set(m.words)) (postings.get(w) ?? postings.set(w, []).get(w)!).push(i);
    const ws = m.words.map((w) => weights.get(w)!);
    const before = [0];
    for (const w of ws) before.push(before[before.length - 1] + w);
    return {
      entry: m.entry,
      id: m.id,
      template: compileTemplate(m.template),
      words: m.words,
      weights: ws,
      holes: m.holes,
      holeCount: m.holeCount,
      before,
      total: before[before.length - 1],
    };
  });

  const anchors = new Set([...weights].filter(([w, weight]) => weight >= 0.5 && w.length >= 2).map(([w]) => w));
  const keywords = new Map<string, number[]>();
  entries.forEach((entry, e) => {
    for (const k of entry.keywords.map(phrase)) (keywords.get(k) ?? keywords.set(k, []).get(k)!).push(e);
  });
  return { entries, messages, weights, postings, fuzzy: createFuzzy([...weights.keys()].filter(spellable)), anchors, keywords };
}

/** A short text as a phrase to compare: cleaned, folded, without surrounding punctuation. */
export function phrase(text: string): string {
  return lower(collapse(clean(text)))
    .replace(/^[\s\p{P}]+/u, '')
    .replace(/[\s\p{P}]+$/u, '');
}

function splitTemplate(template: string) {
  const pieces = template.split(PLACEHOLDER);
  const words: string[] = [];
  const holes: number[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    for (const t of tokenize(clean(pieces[i]))) {
      words.push(t.w);
      holes.push(i / 2);
    }
  }
  return { words, holes, holeCount: (pieces.length - 1) / 2 };
}
