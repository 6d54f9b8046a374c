import type { BlockContent, ListItem, PhrasingContent, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { entryUrls } from './entry-urls.ts';
import type { EntryLabels } from './labels.ts';
import { parseBody } from './markdown-body.ts';
import type { ErrorEntry } from './schema.ts';

/** An entry with what its Markdown form needs beyond the data: its body and when it last changed. */
export interface EntryWithBody extends ErrorEntry {
  body: string;
  updated?: Date;
}

export interface EntryFormOptions {
  /** The site's origin, or a locale's root with its trailing slash (`https://example.com/zh-cn/`). */
  base: URL;
  labels: EntryLabels;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });
const link = (url: string, ...children: PhrasingContent[]): PhrasingContent => ({ type: 'link', url, children });
const item = (...children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  // Stryker disable next-line BooleanLiteral: with listItemIndent 'one', mdast-util-to-markdown spaces items by the list's spread only, and an item of one paragraph has no children to space
  spread: false,
  children: [paragraph(...children)],
});
const bullets = (items: ListItem[]): BlockContent => ({ type: 'list', ordered: false, spread: false, children: items });
const heading = (depth: 1 | 2, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
const code = (value: string): BlockContent => ({ type: 'code', lang: 'text', value });

/** `YYYY-MM-DD` of a date, in UTC. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A label and its value; a full-width colon (Chinese) carries its own space. */
const fact = (label: string, value: string) => `${label}${/[\uff1a]$/.test(label) ? '' : ' '}${value}`;

function facts(entry: EntryWithBody, page: string, labels: EntryLabels): BlockContent {
  const status = entry.statusNote ? `${entry.status} (${entry.statusNote})` : String(entry.status);
  return bullets([
    item(text(fact(labels.status, status))),
    item(text(fact(labels.retry, labels.retryAdvice(entry.retry)))),
    item(text(fact(labels.section, labels.sectionLabel(entry.section)))),
    ...(entry.updated ? [item(text(fact(labels.updated, isoDay(entry.updated))))] : []),
    item(text(fact(labels.page, '')), link(page, text(page))),
  ]);
}

function messages(entry: EntryWithBody, page: string, labels: EntryLabels): RootContent[] {
  const hasPlaceholders = entry.messages.some((message) => message.template.includes('{'));
  return [
    heading(2, labels.messages),
    ...(hasPlaceholders ? [paragraph(text(labels.placeholders))] : []),
    ...entry.messages.flatMap((message) => [
      paragraph(link(`${page}#${message.id}`, { type: 'inlineCode', value: message.id })),
      code(message.template),
      ...(message.example ? [paragraph(text(labels.example)), code(message.example)] : []),
      ...(message.borrowed ? [paragraph(text(`${labels.borrowed} `), { type: 'inlineCode', value: message.borrowed })] : []),
    ]),
  ];
}

function related(entry: EntryWithBody, others: readonly ErrorEntry[], options: EntryFormOptions): RootContent[] {
  const linked = entry.related.map((slug) => others.find((other) => other.slug === slug)).filter((other) => !!other);
  if (!linked.length) return [];
  return [
    heading(2, options.labels.related),
    bullets(
      linked.map((other) =>
        item(link(entryUrls(options.base, other.slug).page, text(other.title)), text(` (${other.status}): ${other.summary}`)),
      ),
    ),
  ];
}

/**
 * An entry as one clean Markdown document, for people and tools that reuse it: the title, the
 * summary, the facts, every message verbatim with its address, the body (Cause, Fix) with every
 * link absolute, and the related entries. `others` is the catalogue, for the related entries' titles.
 */
export function entryMarkdown(entry: EntryWithBody, others: readonly ErrorEntry[], options: EntryFormOptions): string {
  const { page } = entryUrls(options.base, entry.slug);
  const body = parseBody(entry.body, page, entry.slug);
  return toMarkdown(
    {
      type: 'root',
      children: [
        heading(1, entry.title),
        paragraph(text(entry.summary)),
        facts(entry, page, options.labels),
        ...messages(entry, page, options.labels),
        ...body.children,
        ...related(entry, others, options),
      ],
    },
    // The house style of the entry files, so that a body comes out as it was written.
    { bullet: '-', listItemIndent: 'one', strong: '*', emphasis: '_', rule: '-', fences: true, resourceLink: true },
  );
}
