import { readFileSync } from 'node:fs';
import type { ListItem, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { entryReply } from '../../src/lib/catalogue/entry-reply.ts';
import { entryLabels } from '../../src/lib/catalogue/labels.ts';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { numberedSteps, parseBody, plainText } from '../../src/lib/catalogue/markdown-body.ts';

/** How an entry's body (Cause, Fix) is read for its Markdown and plain-text forms. */

const page = 'https://errors.example.com/errors/some-entry/';

/** A syntax tree without source positions, to compare trees parsed from texts of different lengths. */
const withoutPositions = (tree: unknown) => JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)));

describe('a body with its addresses made absolute', () => {
  it('resolves links, images and link definitions against the entry page, and changes nothing else', () => {
    const written = [
      'See [the table](/#quick-lookup), [support](#contact-support) and ![a chart](chart.png).',
      'Or [the neighbour][neighbour], with `code` and **words**.',
      '[neighbour]: ../too-many-requests/',
      '```text\nInvalid Authentication\n```',
    ].join('\n\n');
    const absolute = written
      .replace('](/#quick-lookup)', '](https://errors.example.com/#quick-lookup)')
      .replace('](#contact-support)', `](${page}#contact-support)`)
      .replace('](chart.png)', `](${page}chart.png)`)
      .replace(']: ../too-many-requests/', ']: https://errors.example.com/errors/too-many-requests/');
    expect(withoutPositions(parseBody(written, page, 'some-entry'))).toEqual(withoutPositions(fromMarkdown(absolute)));
  });

  it('refuses raw HTML, quoting its first 40 characters and naming the entry', () => {
    expect(() => parseBody('<div class="a-long-class-name">a block that goes on and on</div>\n', page, 'some-entry')).toThrow(
      new Error('some-entry: the body holds HTML (<div class="a-long-class-name">a block t); write it in Markdown'),
    );
  });
});

describe('the numbered steps under a heading', () => {
  const steps = (markdown: string) => numberedSteps(fromMarkdown(markdown), 'Fix').map((item: ListItem) => toString(item));

  it('are found when the heading opens the body', () => {
    expect(steps('## Fix\n\n1. one\n2. two\n')).toEqual(['one', 'two']);
  });

  it('are none without the heading, even if the body has a numbered list', () => {
    expect(steps('1. one\n2. two\n')).toEqual([]);
  });

  it('come only from a level-2 heading with exactly that text', () => {
    expect(steps('### Fix\n\n1. under a level-3 heading\n\n## Fix\n\n1. the step\n')).toEqual(['the step']);
    expect(steps('Fix\n\n1. under a paragraph\n\n## Fix\n\n1. the step\n')).toEqual(['the step']);
  });

  it('may sit below a sub-heading of the section', () => {
    expect(steps('## Fix\n\n### On every system\n\n1. the step\n')).toEqual(['the step']);
  });
});

describe('a body as plain text for an email reply', () => {
  const english = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;
  const labels = entryLabels((key) => english[key]!);
  const base = new URL('https://errors.example.com/');
  const entry = { ...loadCatalogue()[0]!, slug: 'some-entry', title: 'Some Entry', summary: 'Something went wrong.' };

  it('keeps the words of every kind of step, without Markdown marks, each step\'s lines indented under it', () => {
    const body = [
      '## Cause\n\nSomething.\n\n## Fix\n',
      '1. Run `npm\n   ci` again, then\n   wait.',
      '2. Line one\\\n   line two, a hard break  \n   with spaces.',
      '3. Open [**the** console](https://platform.example.com/console), <https://platform.example.com/> or [the lookup](/lookup/).',
      '4. Compare with ![the expected dialog](dialog.png).',
      '5. Check:\n   - the key\n   - the base URL',
      '6. First paragraph.\n\n   Second paragraph.',
      '7. Quote:\n\n   > one\n   >\n   > two',
      '8. Run:\n\n   ```sh\n   npm ci\n   npm test\n   ```\n',
    ].join('\n');
    expect(entryReply({ ...entry, body }, { base, labels })).toBe(
      [
        'Some Entry',
        '',
        'What happened: Something went wrong.',
        '',
        'How to fix it:',
        '1. Run npm ci again, then wait.',
        '2. Line one line two, a hard break with spaces.',
        '3. Open the console (https://platform.example.com/console), https://platform.example.com/ or the lookup (https://errors.example.com/lookup/).',
        '4. Compare with the expected dialog.',
        '5. Check:',
        '   - the key',
        '   - the base URL',
        '6. First paragraph.',
        '   Second paragraph.',
        '7. Quote:',
        '   one',
        '   two',
        '8. Run:',
        '   npm ci',
        '   npm test',
        '',
        'Details: https://errors.example.com/errors/some-entry/',
        '',
      ].join('\n'),
    );
  });

  it('writes a whole document one block a line, and leaves out what has no words', () => {
    expect(plainText(fromMarkdown('First block.\n\n***\n\nSecond block.\n'))).toBe('First block.\n\nSecond block.');
    expect(plainText({ type: 'image', url: 'chart.png' } satisfies Nodes)).toBe('');
  });
});
