import type { List, ListItem, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

/** A page listed in llms.txt: its title, absolute address and one line about it. */
export interface LlmsLink {
  title: string;
  url: string;
  description: string;
}

export interface LlmsIndex {
  /** The site's name, the file's `# ` heading. */
  title: string;
  /** One paragraph: what the site covers and how to use it. */
  summary: string;
  /** Sections in order, each a `## ` heading over its list of links. */
  sections: readonly { heading: string; links: readonly LlmsLink[] }[];
}

const linkList = (links: readonly LlmsLink[]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: links.map(
    (link): ListItem => ({
      type: 'listItem',
      // Stryker disable next-line BooleanLiteral: with listItemIndent 'one', mdast-util-to-markdown spaces items by the list's spread only, and an item of one paragraph has no children to space
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: link.url, children: [{ type: 'text', value: link.title }] },
            { type: 'text', value: `: ${link.description}` },
          ],
        },
      ],
    }),
  ),
});

/** /llms.txt as llmstxt.org describes it: a title, a `> ` summary, then sections of links. */
export function llmsIndex({ title, summary, sections }: LlmsIndex): string {
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [{ type: 'text', value: title }] },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: summary }] }] },
    ...sections.flatMap(({ heading, links }): RootContent[] => [
      { type: 'heading', depth: 2, children: [{ type: 'text', value: heading }] },
      linkList(links),
    ]),
  ];
  return toMarkdown({ type: 'root', children }, { bullet: '-', listItemIndent: 'one', resourceLink: true });
}

/** /llms-full.txt: the index's heading and summary, then every entry's Markdown in full. */
export function llmsFull({ title, summary }: Pick<LlmsIndex, 'title' | 'summary'>, documents: readonly string[]): string {
  const head = llmsIndex({ title, summary, sections: [] });
  return [head, ...documents].map((part) => part.trimEnd()).join('\n\n') + '\n';
}

/**
 * The `> ` paragraph of llms.txt: what the reference covers and how to find an entry, for a reader
 * with a browser and for a program without one.
 */
export function llmsSummary(site: URL) {
  const at = (path: string) => new URL(path, site).href;
  return (
    'What each error of the Kimi Code API means and how to fix it: one entry per error, with its HTTP status, ' +
    'every message the server sends (verbatim, {placeholders} marking the parts that vary), the cause, ' +
    `numbered fix steps and whether to retry. To find the entry for an error text, paste it into the lookup at ${at('/lookup/')} ` +
    `or add it, URL-encoded, to ${at('/lookup/?q=')} (the lookup runs in the browser); without a browser, match the ` +
    `text against the message templates in ${at('/errors.json')}. Each entry below links to its Markdown form.`
  );
}
