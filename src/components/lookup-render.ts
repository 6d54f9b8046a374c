import { supportReport } from '../lib/catalogue/report.ts';
import { below, type HeadingLevel } from './heading-level.ts';
import type { Links } from './lookup/links.ts';
import type { Translator } from './lookup/strings.ts';
import type { EntryLink, MatchView, NoMatchView, View } from './lookup/view.ts';

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

const heading = (level: HeadingLevel | 6, ...children: (Node | string)[]) => el(`h${level}`, {}, ...children);

function highlighted([before, matched, after]: [string, string, string], tr: Translator) {
  return el(
    'p',
    { className: 'matched' },
    el('span', { className: 'sr-only' }, tr.text('lookup.card.matched')),
    el('code', {}, before, el('mark', {}, matched), after),
  );
}

function topCard(view: MatchView, tr: Translator, level: HeadingLevel) {
  const captures = view.captures.length
    ? el('dl', { className: 'captures' }, ...view.captures.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]))
    : null;
  const arrow = el('span', {}, ' →');
  arrow.setAttribute('aria-hidden', 'true');
  return el(
    'article',
    { className: 'card top', dataset: { testid: 'lookup-top', slug: view.slug } },
    heading(level, el('a', { href: view.href }, view.title)),
    el('p', { className: 'facts' }, el('span', { className: 'status' }, view.status), ` · ${view.facts}`),
    el('p', {}, view.summary),
    view.borrowed ? el('p', { className: 'borrowed', dataset: { testid: 'lookup-borrowed' } }, view.borrowed) : null,
    view.highlight ? highlighted(view.highlight, tr) : null,
    captures ? el('p', { className: 'captures-label' }, tr.text('lookup.card.values')) : null,
    captures,
    el('p', { className: 'open' }, el('a', { href: view.href }, tr.text('lookup.card.open'), arrow)),
  );
}

const entryItem = (link: EntryLink) => el('li', {}, el('a', { href: link.href }, link.title), ` ${link.detail}`);

function entryList(links: EntryLink[], title: string, level: HeadingLevel | 6, className: string, testid?: string) {
  if (!links.length) return null;
  const list = el(className === 'found' ? 'ol' : 'ul', testid ? { dataset: { testid } } : {}, ...links.map(entryItem));
  return el('div', { className }, heading(level, title), list);
}

/** A sentence with a `{{link}}` in it, the link put in its place. */
function withLink(sentence: string, link: HTMLElement): (string | HTMLElement)[] {
  const [before = '', after = ''] = sentence.split('{{link}}');
  return [before, link, after];
}

function noMatch(view: NoMatchView, tr: Translator, links: Links, level: HeadingLevel) {
  // The report can be long (a whole paste): it scrolls in its own box, which keyboard users can
  // focus to scroll, and which screen readers announce by its label.
  const report = el('pre', { className: 'report', tabIndex: 0 }, el('code', {}, supportReport(tr.report, { message: view.report })));
  report.setAttribute('role', 'region');
  report.setAttribute('aria-labelledby', 'lookup-report-label');
  return el(
    'div',
    { className: 'card none', dataset: { testid: 'lookup-none' } },
    heading(level, tr.text('lookup.none.heading')),
    el('p', {}, ...withLink(tr.text('lookup.none.text'), el('a', { href: links.notCovered }, tr.text('lookup.none.link')))),
    entryList(view.closest, tr.text('lookup.none.closest'), below(level), 'alternatives'),
    el('p', { id: 'lookup-report-label' }, tr.text('lookup.report.label')),
    report,
    el('button', { type: 'button', className: 'kc-button copy-report' }, tr.text('lookup.report.copy')),
  );
}

export function renderView(
  view: View,
  tr: Translator,
  links: Links,
  /** Level of the result headings, one below the heading the lookup box sits under. */
  level: HeadingLevel = 2,
): Node[] {
  const card = view.kind === 'match' ? topCard(view, tr, level) : noMatch(view, tr, links, level);
  const found = entryList(view.found, tr.plural('lookup.found.heading', view.found.length), level, 'found', 'lookup-found');
  const others = view.kind === 'match' ? entryList(view.others, tr.text('lookup.others'), level, 'alternatives') : null;
  return [card, found, others].filter((node): node is HTMLElement => node !== null);
}
