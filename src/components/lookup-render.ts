import type { LookupCandidate, LookupIndex, LookupResult } from '../lib/lookup/index.ts';
import { entryPath } from '../lib/catalogue/paths.ts';
import { supportReport, type ReportLabels } from '../lib/catalogue/report';

// Until the box's strings come from the i18n payload.
const REPORT_EN: ReportLabels = { heading: 'Kimi Code API error report', message: 'Full error message:', messagePlaceholder: '(paste the complete message here)', requestId: 'Request ID: (from the response or your client log)', time: 'Time of the request (with time zone): ', client: 'Client and version (e.g. Kimi CLI, Claude Code): ', entry: 'Matching reference entry:' };

export interface CardData {
  summary: string;
  retry: string;
}

type Entry = LookupIndex['entries'][number];

/** Builds DOM nodes only through textContent, so nothing in a paste can become markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {},
  ...children: (Node | string | null)[]
) {
  const node = document.createElement(tag);
  const { dataset, ...rest } = props;
  Object.assign(node, rest);
  if (dataset) Object.assign(node.dataset, dataset);
  node.append(...children.filter((child) => child !== null));
  return node;
}

const percent = (score: number) => `${Math.round(score * 100)}%`;
const number = new Intl.NumberFormat('en');
const showValue = (value: string) => (/^\d{4,}$/.test(value) ? number.format(Number(value)) : value);
const describe = (name: string) => name.replace(/_/g, ' ');

function highlighted(paste: string, excerpt: LookupCandidate['excerpt']) {
  if (!excerpt) return null;
  const context = 80;
  const from = Math.max(0, excerpt.start - context);
  const to = Math.min(paste.length, excerpt.end + context);
  return el(
    'p',
    { className: 'matched' },
    el('span', { className: 'sr-only' }, 'Matched part of your paste: '),
    el(
      'code',
      {},
      (from > 0 ? '…' : '') + paste.slice(from, excerpt.start),
      el('mark', {}, paste.slice(excerpt.start, excerpt.end)),
      paste.slice(excerpt.end, to) + (to < paste.length ? '…' : ''),
    ),
  );
}

export type HeadingLevel = 2 | 3 | 4 | 5;
const heading = (level: HeadingLevel, ...children: (Node | string)[]) => el(`h${level}`, {}, ...children);

function topCard(candidate: LookupCandidate, entry: Entry, card: CardData, paste: string, level: HeadingLevel) {
  const captures = candidate.captures.length
    ? el(
        'dl',
        { className: 'captures' },
        ...candidate.captures.flatMap(({ name, value }) => [el('dt', {}, describe(name)), el('dd', {}, showValue(value))]),
      )
    : null;
  const arrow = el('span', {}, ' →');
  arrow.setAttribute('aria-hidden', 'true');
  return el(
    'article',
    { className: 'card top', dataset: { testid: 'lookup-top', slug: entry.slug } },
    heading(level, el('a', { href: entryPath(entry.slug) }, entry.title)),
    el(
      'p',
      { className: 'facts' },
      el('span', { className: 'status' }, `HTTP ${entry.status}`),
      ` · ${card.retry} · match ${percent(candidate.score)}`,
    ),
    el('p', {}, card.summary),
    highlighted(paste, candidate.excerpt),
    captures ? el('p', { className: 'captures-label' }, 'Values from your paste:') : null,
    captures,
    el('p', { className: 'open' }, el('a', { href: entryPath(entry.slug) }, 'Read the cause and the fix', arrow)),
  );
}

function alternatives(candidates: LookupCandidate[], bySlug: Map<string, Entry>, title: string, level: HeadingLevel) {
  if (!candidates.length) return null;
  return el(
    'div',
    { className: 'alternatives' },
    heading(level, title),
    el(
      'ul',
      {},
      ...candidates.map((candidate) => {
        const entry = bySlug.get(candidate.slug)!;
        return el(
          'li',
          {},
          el('a', { href: entryPath(entry.slug) }, entry.title),
          ` (${entry.status}) · match ${percent(candidate.score)}`,
        );
      }),
    ),
  );
}

function noMatch(result: LookupResult, bySlug: Map<string, Entry>, paste: string, level: HeadingLevel) {
  // The report can be long (a whole paste): it scrolls in its own box, which keyboard users can
  // focus to scroll, and which screen readers announce by its label.
  const report = el(
    'pre',
    { className: 'report', tabIndex: 0 },
    el('code', {}, supportReport(REPORT_EN, { message: paste.slice(0, 4000) })),
  );
  report.setAttribute('role', 'region');
  report.setAttribute('aria-labelledby', 'lookup-report-label');
  return el(
    'div',
    { className: 'card none', dataset: { testid: 'lookup-none' } },
    heading(level, 'No documented error matches this text'),
    el(
      'p',
      {},
      'It may come from another service or tool, or it is an error this reference does not cover yet. ',
      el('a', { href: '/errors/not-covered/' }, 'What to do when your error is not listed'),
      '.',
    ),
    alternatives(result.candidates.slice(0, 3), bySlug, 'Closest entries, in case one fits', (level + 1) as HeadingLevel),
    el('p', { id: 'lookup-report-label' }, 'A ready report for support (secrets masked)'),
    report,
    el('button', { type: 'button', className: 'kc-button copy-report' }, 'Copy report'),
  );
}

export function renderResult(
  result: LookupResult,
  index: LookupIndex,
  cards: Record<string, CardData>,
  /** The paste with its secrets masked: all that the results show of it. */
  paste: string,
  /** Level of the result headings, one below the heading the lookup box sits under. */
  level: HeadingLevel = 2,
): Node[] {
  const bySlug = new Map(index.entries.map((entry) => [entry.slug, entry]));
  if (!result.match) return [noMatch(result, bySlug, paste, level)];
  const entry = bySlug.get(result.match.slug)!;
  return [
    topCard(result.match, entry, cards[entry.slug]!, paste, level),
    alternatives(
      result.candidates.filter((candidate) => candidate.slug !== entry.slug).slice(0, 3),
      bySlug,
      'Other possible matches',
      level,
    ),
  ].filter((node): node is HTMLElement => node !== null);
}
