import type { Heading, Link, List } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { llmsFull, llmsIndex, llmsSummary } from '../../src/lib/catalogue/llms.ts';

const site = new URL('https://errors.example.com/');
const index = {
  title: 'Kimi Code API errors',
  summary: llmsSummary(site),
  sections: [
    { heading: 'Docs', links: [{ title: 'Home', url: 'https://errors.example.com/', description: 'The start.' }] },
    {
      heading: 'Rate Limits & Quotas',
      links: [
        { title: 'Too *Many* [Requests]', url: 'https://errors.example.com/errors/too-many-requests.md', description: 'Slow down.' },
        { title: 'Engine Overloaded', url: 'https://errors.example.com/errors/engine-overloaded.md', description: 'Retry.' },
      ],
    },
  ],
};

describe('llms.txt, as llmstxt.org lays it out', () => {
  const text = llmsIndex(index);
  const tree = fromMarkdown(text);

  it('opens with the site\'s name and a one-paragraph summary in a quote', () => {
    expect(text.startsWith('# Kimi Code API errors\n\n> ')).toBe(true);
    expect(tree.children[1]).toMatchObject({ type: 'blockquote' });
    expect(toString(tree.children[1])).toBe(index.summary);
    expect(index.summary).toContain('https://errors.example.com/lookup/');
    expect(index.summary).toContain('https://errors.example.com/errors.json');
  });

  it('then lists each section\'s links as "- [title](url): description" under a ## heading', () => {
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
    expect(headings.map((node) => [node.depth, toString(node)])).toEqual([
      [1, 'Kimi Code API errors'],
      [2, 'Docs'],
      [2, 'Rate Limits & Quotas'],
    ]);
    const lists = tree.children.filter((node): node is List => node.type === 'list');
    expect(lists).toHaveLength(2);
    const items = lists[1]!.children.map((item) => item.children[0]);
    expect(items.map((paragraph) => toString(paragraph))).toEqual(['Too *Many* [Requests]: Slow down.', 'Engine Overloaded: Retry.']);
    expect(items.map((paragraph) => ((paragraph as { children: Link[] }).children[0]!).url)).toEqual([
      'https://errors.example.com/errors/too-many-requests.md',
      'https://errors.example.com/errors/engine-overloaded.md',
    ]);
    expect(text).toContain('- [Engine Overloaded](https://errors.example.com/errors/engine-overloaded.md): Retry.\n');
  });
});

describe('llms.txt, line by line', () => {
  it('puts each link on its own line, with no blank line between links, even a link whose title is its address', () => {
    const small = {
      title: 'Errors',
      summary: 'Short.',
      sections: [
        {
          heading: 'Docs',
          links: [
            { title: 'https://errors.example.com/', url: 'https://errors.example.com/', description: 'The start.' },
            { title: 'Lookup', url: 'https://errors.example.com/lookup/', description: 'Paste an error.' },
          ],
        },
      ],
    };
    expect(llmsIndex(small)).toBe(
      [
        '# Errors',
        '',
        '> Short.',
        '',
        '## Docs',
        '',
        '- [https://errors.example.com/](https://errors.example.com/): The start.',
        '- [Lookup](https://errors.example.com/lookup/): Paste an error.',
        '',
      ].join('\n'),
    );
  });

  it('sums up the reference and tells a reader, and a program, how to find the entry for an error', () => {
    expect(llmsSummary(site)).toBe(
      'What each error of the Kimi Code API means and how to fix it: one entry per error, with its HTTP status, ' +
        'every message the server sends (verbatim, {placeholders} marking the parts that vary), the cause, ' +
        'numbered fix steps and whether to retry. To find the entry for an error text, paste it into the lookup at ' +
        'https://errors.example.com/lookup/ or add it, URL-encoded, to https://errors.example.com/lookup/?q= ' +
        '(the lookup runs in the browser); without a browser, match the text against the message templates in ' +
        'https://errors.example.com/errors.json. Each entry below links to its Markdown form.',
    );
  });
});

describe('llms-full.txt', () => {
  it('is the heading and summary, then each document in full, in order', () => {
    const documents = ['# One\n\nFirst.\n', '# Two\n\nSecond.\n'];
    const text = llmsFull(index, documents);
    expect(text).toBe(`# Kimi Code API errors\n\n> ${llmsIndex({ ...index, sections: [] }).split('> ')[1]!.trimEnd()}\n\n# One\n\nFirst.\n\n# Two\n\nSecond.\n`);
    expect(text).not.toContain('## Docs');
  });
});
