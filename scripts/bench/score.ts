/** Scores a case file against the lookup: the one scorer of the benchmark and the unit test. */
import type { LookupResult } from '../../src/lib/lookup/index.ts';
import type { LookupCase } from './cases.ts';

/** `found`, the documented errors of a whole log, is a newer result field: read it where present. */
type Result = LookupResult & { found?: { slug: string }[] };

export interface Outcome {
  case: LookupCase;
  got: string | null;
  confidence: number;
  /** The match is the expected entry, or no match where none is expected. */
  right: boolean;
  /** The expected entry is the match or among the first three candidates. */
  top3: boolean;
  /** For a case with `found`: whether the result lists exactly those entries, in order; null otherwise or when the engine does not say. */
  found: boolean | null;
}

export interface Score {
  cases: number;
  /** Cases naming an entry, and how many of them were matched to it. */
  positives: number;
  hits: number;
  /** How many of them had the entry among the first three. */
  top3: number;
  /** Cases naming none, and how many were answered with no match. */
  negatives: number;
  rejected: number;
  /** Cases with `found` that the engine answered with a `found` list, and how many lists were right. */
  foundCases: number;
  foundRight: number;
  /** Cases with `found` whose result had no `found` field at all. */
  foundUnanswered: number;
  outcomes: Outcome[];
}

export const share = (n: number, of: number) => n / Math.max(of, 1);

function judge(c: LookupCase, result: Result): Outcome {
  const got = result.match?.slug ?? null;
  const offered = [result.match?.slug, ...result.candidates.slice(0, 3).map((x) => x.slug)];
  const listed = result.found?.map((f) => f.slug);
  return {
    case: c,
    got,
    confidence: result.confidence,
    right: got === c.expect,
    top3: c.expect !== null && offered.includes(c.expect),
    found: c.found && listed ? listed.length === c.found.length && listed.every((slug, i) => slug === c.found![i]) : null,
  };
}

export function scoreCases(lookup: (text: string) => LookupResult, cases: LookupCase[]): Score {
  const outcomes = cases.map((c) => judge(c, lookup(c.text)));
  const positive = outcomes.filter((o) => o.case.expect !== null);
  const negative = outcomes.filter((o) => o.case.expect === null);
  const withFound = outcomes.filter((o) => o.case.found);
  return {
    cases: cases.length,
    positives: positive.length,
    hits: positive.filter((o) => o.right).length,
    top3: positive.filter((o) => o.top3).length,
    negatives: negative.length,
    rejected: negative.filter((o) => o.right).length,
    foundCases: withFound.filter((o) => o.found !== null).length,
    foundRight: withFound.filter((o) => o.found).length,
    foundUnanswered: withFound.filter((o) => o.found === null).length,
    outcomes,
  };
}
