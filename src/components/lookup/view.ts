/**
 * What the results show for an answer, as plain data: the page compares it with what it shows
 * already (a screen reader hears the results again only when they change) and builds the DOM from
 * it (lookup-render.ts). No DOM here, so the tests can check the wording directly.
 */
import type { LookupCandidate, LookupResult } from '../../lib/lookup/index.ts';
import type { Answer } from './answer.ts';
import type { Links } from './links.ts';
import type { Payload } from './payload.ts';
import type { Translator } from './strings.ts';

const MAX_OTHERS = 3;

/** A link to an entry with what to say after it. */
export interface EntryLink {
  slug: string;
  href: string;
  title: string;
  detail: string;
}

export interface MatchView {
  kind: 'match';
  slug: string;
  href: string;
  title: string;
  status: string;
  /** Retry advice and score, after the status. */
  facts: string;
  summary: string;
  highlight: [string, string, string] | null;
  captures: [name: string, value: string][];
  /** Other programs print the matched words too: how to tell this error apart. */
  borrowed: string | null;
  others: EntryLink[];
  found: EntryLink[];
}

export interface NoMatchView {
  kind: 'none';
  closest: EntryLink[];
  report: string;
  found: EntryLink[];
}

export type View = MatchView | NoMatchView;

export function viewOf(answer: Answer, payload: Payload, links: Links, tr: Translator): View | null {
  const { result } = answer;
  if (!result) return null;
  const known = (slug: string) => slug in payload.entries;
  const alternatives = (candidates: LookupCandidate[]) =>
    candidates
      .filter((candidate) => known(candidate.slug))
      .slice(0, MAX_OTHERS)
      .map(({ slug, score }) => {
        const { title, status } = payload.entries[slug]!;
        return { slug, href: links.entry(slug), title, detail: tr.text('lookup.alternative', { status: String(status), score: tr.percent(score) }) };
      });
  const found = foundList(result, payload, links, tr);
  const match = result.match && known(result.match.slug) ? result.match : null;
  if (!match) return { kind: 'none', closest: alternatives(result.candidates), report: answer.reportText, found };

  const entry = payload.entries[match.slug]!;
  const borrowed = match.borrowed ?? null;
  return {
    kind: 'match',
    slug: match.slug,
    href: links.entry(match.slug),
    title: entry.title,
    status: tr.text('lookup.card.status', { status: String(entry.status) }),
    facts: `${entry.retry} · ${tr.text('lookup.card.score', { score: tr.percent(match.score) })}`,
    summary: entry.summary,
    highlight: answer.highlight,
    captures: match.captures.map(({ name, value }) => [name.replace(/_/g, ' '), /^\d{4,}$/.test(value) ? tr.number(Number(value)) : value]),
    borrowed: borrowed === null ? null : tr.text('lookup.card.borrowed', { text: borrowed }),
    others: alternatives(result.candidates.filter((candidate) => candidate.slug !== match.slug)),
    found,
  };
}

/** Every documented error of a paste that holds two or more, in order: "3 times, lines 1–3". */
function foundList(result: LookupResult, payload: Payload, links: Links, tr: Translator): EntryLink[] {
  const found = (result.found ?? []).filter(({ slug }) => slug in payload.entries);
  if (found.length < 2) return [];
  return found.map(({ slug, count, firstLine, lastLine }) => ({
    slug,
    href: links.entry(slug),
    title: payload.entries[slug]!.title,
    detail: tr.text('lookup.found.item', {
      count: tr.plural('lookup.found.count', count),
      lines:
        firstLine === lastLine
          ? tr.text('lookup.found.line', { line: firstLine })
          : tr.text('lookup.found.lines', { first: firstLine, last: lastLine }),
    }),
  }));
}
