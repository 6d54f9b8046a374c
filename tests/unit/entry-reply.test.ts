import { readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { entryReply } from '../../src/lib/catalogue/entry-reply.ts';
import { entryUrls } from '../../src/lib/catalogue/entry-urls.ts';
import { entryLabels } from '../../src/lib/catalogue/labels.ts';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { numberedSteps } from '../../src/lib/catalogue/markdown-body.ts';

const english = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;
const labels = entryLabels((key) => english[key]!);
const base = new URL('https://errors.example.com/');
const catalogue = loadCatalogue();
const entryNamed = (slug: string) => catalogue.find((entry) => entry.slug === slug)!;

describe('the plain-text reply for a support email', () => {
  it('reads as the entry: title, what happened, numbered steps, address', () => {
    expect(entryReply(entryNamed('token-limit-exceeded'), { base, labels })).toBe(
      [
        'Token Limit Exceeded',
        '',
        'What happened: The request contains more tokens than the model accepts in a single request (262,144).',
        '',
        'How to fix it:',
        '1. Shorten the prompt or truncate the conversation history.',
        '2. Process long content across several requests.',
        '',
        'Details: https://errors.example.com/errors/token-limit-exceeded/',
        '',
      ].join('\n'),
    );
  });

  it('drops Markdown marks and writes a link as its text and address', () => {
    const reply = entryReply(entryNamed('account-status-abnormal'), { base, labels });
    expect(reply).toContain(
      '1. Account not found: confirm that the account you are using has completed registration.\n' +
        '2. Account disabled or muted: contact Kimi Code support (see Contact support ' +
        '(https://errors.example.com/errors/account-status-abnormal/#contact-support) below) to learn the reason and how to appeal.\n',
    );
  });

  for (const entry of catalogue) {
    it(`${entry.slug}: every fix step, numbered, without Markdown or HTML`, () => {
      const reply = entryReply(entry, { base, labels });
      const lines = reply.split('\n');
      const steps = numberedSteps(fromMarkdown(entry.body), 'Fix');
      expect(steps.length).toBeGreaterThan(0);
      expect(lines[0]).toBe(entry.title);
      expect(lines).toContain(`What happened: ${entry.summary}`);
      const first = lines.indexOf('How to fix it:') + 1;
      expect(lines.slice(first, first + steps.length).map((line) => line.split('. ')[0])).toEqual(
        steps.map((_, index) => String(index + 1)),
      );
      expect(lines.at(-2)).toBe(`Details: ${entryUrls(base, entry.slug).page}`);
      expect(reply).not.toMatch(/\*\*|`|\]\(|<\/?[a-z]/i);
    });
  }
});

describe('the numbered steps of a body', () => {
  it('are the first numbered list under the heading, before the next heading', () => {
    const tree = fromMarkdown('## Cause\n\n1. not a step\n\n## Fix\n\nFirst:\n\n- a bullet\n\n1. one\n2. two\n\n## After\n\n1. no\n');
    expect(numberedSteps(tree, 'Fix').map((item) => item.position!.start.line)).toEqual([11, 12]);
    expect(numberedSteps(tree, 'Missing')).toEqual([]);
    expect(numberedSteps(fromMarkdown('## Fix\n\nNo list.\n\n## Next\n\n1. other\n'), 'Fix')).toEqual([]);
  });
});
