import { readFileSync } from 'node:fs';
import type { Code, Heading, Link, List, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { entryMarkdown, type EntryWithBody } from '../../src/lib/catalogue/entry-markdown.ts';
import { entryUrls } from '../../src/lib/catalogue/entry-urls.ts';
import { ENTRY_LABEL_KEYS, entryLabels } from '../../src/lib/catalogue/labels.ts';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import type { ErrorEntry } from '../../src/lib/catalogue/schema.ts';

const english = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;
const labels = entryLabels((key) => english[key]!);
const base = new URL('https://errors.example.com/');
const catalogue = loadCatalogue();

const nodes = (tree: Root, type: Nodes['type']) => {
  const found: Nodes[] = [];
  visit(tree, type, (node) => void found.push(node));
  return found;
};

describe('the English labels', () => {
  it('has every key the Markdown and reply forms use', () => {
    for (const key of Object.values(ENTRY_LABEL_KEYS)) expect(english[key], key).toBeTruthy();
  });
});

describe('every entry as Markdown', () => {
  for (const entry of catalogue) {
    it(`${entry.slug}: every message verbatim, the headings, absolute links, no HTML`, () => {
      const markdown = entryMarkdown(entry, catalogue, { base, labels });
      const tree = fromMarkdown(markdown);
      const { page } = entryUrls(base, entry.slug);

      expect(nodes(tree, 'html')).toEqual([]);
      // Outside code blocks, which show the server's text as it is.
      expect(markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '')).not.toMatch(/<\/?[a-z][\w-]*[\s>/]/i);

      const [first, second] = tree.children;
      expect(first).toMatchObject({ type: 'heading', depth: 1 });
      expect(toString(first)).toBe(entry.title);
      expect(toString(second)).toBe(entry.summary);
      expect(nodes(tree, 'heading').filter((node) => (node as Heading).depth === 1)).toHaveLength(1);

      const h2 = nodes(tree, 'heading')
        .filter((node) => (node as Heading).depth === 2)
        .map((node) => toString(node));
      expect(h2).toEqual(['Error messages', 'Cause', 'Fix', ...(entry.related.length ? ['Related errors'] : [])]);
      const fix = tree.children[tree.children.findIndex((node) => node.type === 'heading' && toString(node) === 'Fix') + 1];
      expect(fix).toMatchObject({ type: 'list', ordered: true });

      const code = nodes(tree, 'code').map((node) => (node as Code).value);
      const links = nodes(tree, 'link').map((node) => (node as Link).url);
      for (const message of entry.messages) {
        expect(code).toContain(message.template);
        if (message.example) expect(code).toContain(message.example);
        expect(links).toContain(`${page}#${message.id}`);
      }
      for (const slug of entry.related) expect(links).toContain(entryUrls(base, slug).page);
      expect(links).toContain(page);
      for (const url of links) expect(url.startsWith(base.href), url).toBe(true);

      expect(markdown).toContain(`${labels.status} ${entry.status}`);
      if (entry.statusNote) expect(markdown).toContain(entry.statusNote);
      expect(markdown).toContain(`${labels.retry} ${labels.retryAdvice(entry.retry)}`);
    });
  }

  it('makes the body\'s in-page and relative links absolute to the entry page', () => {
    const entry = catalogue.find((candidate) => candidate.body.includes('](#contact-support)'))!;
    const markdown = entryMarkdown(
      { ...entry, body: `${entry.body}\n\nSee [the lookup](/lookup/) and [a neighbour](../too-many-requests/).\n` },
      catalogue,
      { base, labels },
    );
    const links = nodes(fromMarkdown(markdown), 'link').map((node) => (node as Link).url);
    expect(links).toContain(`https://errors.example.com/errors/${entry.slug}/#contact-support`);
    expect(links).toContain('https://errors.example.com/lookup/');
    expect(links).toContain('https://errors.example.com/errors/too-many-requests/');
    expect(markdown).not.toContain('](#');
  });

  it('keeps text that looks like Markdown as text, and a message holding backticks whole', () => {
    const entry: EntryWithBody = {
      ...catalogue[0]!,
      title: 'Invalid *bot_id* [format]',
      summary: '1. Not a list, <b>not a tag</b>, and `not code`.',
      messages: [{ id: 'ticks', template: 'bad ``` fence and `tick` {name}' }],
      related: [],
    };
    const tree = fromMarkdown(entryMarkdown(entry, catalogue, { base, labels }));
    expect(toString(tree.children[0])).toBe(entry.title);
    expect(tree.children[1]).toMatchObject({ type: 'paragraph' });
    expect(toString(tree.children[1])).toBe(entry.summary);
    expect(nodes(tree, 'html')).toEqual([]);
    expect(nodes(tree, 'code').map((node) => (node as Code).value)).toContain(entry.messages[0]!.template);
  });

  it('gives the day the entry last changed, and no line when that is unknown', () => {
    const entry = catalogue[0]!;
    const dated = entryMarkdown({ ...entry, updated: new Date('2026-03-04T23:30:00Z') }, catalogue, { base, labels });
    expect(dated).toContain(`- ${labels.updated} 2026-03-04\n`);
    expect(entryMarkdown(entry, catalogue, { base, labels })).not.toContain(labels.updated);
  });

  it('puts every address under a locale prefix for a translated edition', () => {
    const entry = catalogue.find((candidate) => candidate.related.length > 0)!;
    const zh = new URL('https://errors.example.com/zh-cn/');
    const tree = fromMarkdown(entryMarkdown(entry, catalogue, { base: zh, labels }));
    const links = nodes(tree, 'link').map((node) => (node as Link).url);
    expect(links.length).toBeGreaterThan(entry.messages.length);
    for (const url of links) expect(url.startsWith('https://errors.example.com/zh-cn/errors/'), url).toBe(true);
  });

  it('refuses a body holding HTML, naming the entry', () => {
    const entry = { ...catalogue[0]!, body: '## Cause\n\n<div>raw</div>\n' };
    expect(() => entryMarkdown(entry, catalogue, { base, labels })).toThrow(`${entry.slug}: the body holds HTML`);
  });

  it('uses the labels it is given', () => {
    const entry = catalogue.find((candidate) => candidate.related.length > 0)!;
    const upper = entryLabels((key) => english[key]!.toUpperCase());
    const markdown = entryMarkdown(entry, catalogue, { base, labels: upper });
    expect(markdown).toContain('## ERROR MESSAGES\n');
    expect(markdown).toContain('## RELATED ERRORS\n');
    expect(markdown).toContain(`- HTTP STATUS: ${entry.status}`);
    const list = fromMarkdown(markdown).children.find((node) => node.type === 'list') as List;
    expect(list.children.map((item) => toString(item).split(':')[0])).toEqual(
      ['HTTP STATUS', 'RETRY', 'SECTION', 'WEB PAGE'],
    );
  });
});

describe('one entry as a whole Markdown document', () => {
  const neighbour: ErrorEntry = {
    slug: 'too-many-requests',
    title: 'Too Many Requests',
    status: 429,
    section: 'rate-limits',
    order: 2,
    summary: 'Too many requests in a short period.',
    keywords: ['too many'],
    messages: [{ id: 'too-many', template: 'Too many requests' }],
    retry: 'retry-with-backoff',
    related: [],
    redirectFrom: [],
  };
  const entry: EntryWithBody = {
    slug: 'quota-spent',
    title: 'Quota Spent',
    status: 429,
    statusNote: 'some clients show 403',
    section: 'rate-limits',
    order: 1,
    summary: 'The account has used its quota for this period.',
    keywords: ['quota'],
    messages: [
      { id: 'quota-spent', template: 'Your quota of {limit} requests is spent', example: 'Your quota of 500 requests is spent' },
      { id: 'connection-refused', template: 'dial tcp: connection refused', borrowed: 'connection refused' },
    ],
    retry: 'wait-for-quota-reset',
    related: ['too-many-requests'],
    redirectFrom: [],
    updated: new Date('2026-03-04T23:30:00Z'),
    body: '## Cause\n\nThe **monthly** quota is _spent_.\n\n---\n\n## Fix\n\n1. Wait for the reset.\n2. Check the usage:\n\n   ```\n   kimi usage\n   ```\n',
  };
  const page = 'https://errors.example.com/errors/quota-spent/';

  it('reads: title, summary, facts, messages with example and borrowed part, the body in the house style, related entries', () => {
    expect(entryMarkdown(entry, [neighbour], { base, labels })).toBe(
      [
        '# Quota Spent',
        '',
        'The account has used its quota for this period.',
        '',
        '- HTTP status: 429 (some clients show 403)',
        '- Retry: Wait for the quota to reset',
        '- Section: Rate Limits & Quotas',
        '- Last updated: 2026-03-04',
        `- Web page: [${page}](${page})`,
        '',
        '## Error messages',
        '',
        'Parts in {braces} vary from one request to the next (sizes, names, addresses); the rest is the server\'s text, word for word.',
        '',
        `[\`quota-spent\`](${page}#quota-spent)`,
        '',
        '```text',
        'Your quota of {limit} requests is spent',
        '```',
        '',
        'For example:',
        '',
        '```text',
        'Your quota of 500 requests is spent',
        '```',
        '',
        `[\`connection-refused\`](${page}#connection-refused)`,
        '',
        '```text',
        'dial tcp: connection refused',
        '```',
        '',
        'Other programs print this part too; without the rest of the message, it may come from your own software, not from this API: `connection refused`',
        '',
        '## Cause',
        '',
        'The **monthly** quota is _spent_.',
        '',
        '---',
        '',
        '## Fix',
        '',
        '1. Wait for the reset.',
        '2. Check the usage:',
        '',
        '   ```',
        '   kimi usage',
        '   ```',
        '',
        '## Related errors',
        '',
        '- [Too Many Requests](https://errors.example.com/errors/too-many-requests/) (429): Too many requests in a short period.',
        '',
      ].join('\n'),
    );
  });

  it('explains placeholders only when a message has one, and has no related section without related entries', () => {
    const plain = { ...entry, messages: [{ id: 'spent', template: 'Your quota is spent' }], related: [] };
    const markdown = entryMarkdown(plain, [neighbour], { base, labels });
    expect(markdown).toContain(`## Error messages\n\n[\`spent\`](${page}#spent)\n`);
    expect(markdown).not.toContain(labels.placeholders);
    expect(markdown).not.toContain(labels.related);
  });

  it('leaves out a related entry that the catalogue it is given does not hold', () => {
    const markdown = entryMarkdown({ ...entry, related: ['retired-entry', 'too-many-requests'] }, [neighbour], { base, labels });
    expect(markdown.slice(markdown.indexOf('## Related errors'))).toBe(
      '## Related errors\n\n- [Too Many Requests](https://errors.example.com/errors/too-many-requests/) (429): Too many requests in a short period.\n',
    );
  });

  it('in Chinese, writes no space after a label that ends in a full-width colon, and one after any other label', () => {
    const chinese = JSON.parse(readFileSync('src/content/i18n/zh-CN.json', 'utf8')) as Record<string, string>;
    const zhLabels = entryLabels((key) => chinese[key]!, {
      retryAdvice: (id) => chinese[`errors.retry.${id}`]!,
      sectionLabel: (id) => chinese[`errors.section.${id}.label`]!,
    });
    const zhPage = 'https://errors.example.com/zh-cn/errors/quota-spent/';
    const markdown = entryMarkdown(entry, [neighbour], { base: new URL('https://errors.example.com/zh-cn/'), labels: zhLabels });
    expect(markdown).toContain(
      [
        '- HTTP 状态码：429 (some clients show 403)',
        '- 重试：等待配额重置',
        '- 分类：限流与配额',
        '- 最近更新：2026-03-04',
        `- 网页：[${zhPage}](${zhPage})`,
      ].join('\n'),
    );
    const noted = entryMarkdown(entry, [neighbour], { base, labels: { ...zhLabels, status: '注：HTTP 状态码' } });
    expect(noted).toContain('- 注：HTTP 状态码 429 (some clients show 403)\n');
  });
});

describe('every entry as Markdown in Chinese', () => {
  const chinese = JSON.parse(readFileSync('src/content/i18n/zh-CN.json', 'utf8')) as Record<string, string>;
  const zhLabels = entryLabels((key) => chinese[key]!, {
    retryAdvice: (id) => chinese[`errors.retry.${id}`]!,
    sectionLabel: (id) => chinese[`errors.section.${id}.label`]!,
  });
  const zhBase = new URL('https://errors.example.com/zh-cn/');
  const translated = catalogue.map((entry) => ({ ...entry, ...entry.translations['zh-cn'] }));

  it('has every key the Markdown and reply forms use', () => {
    for (const key of Object.values(ENTRY_LABEL_KEYS)) expect(chinese[key], key).toBeTruthy();
  });

  for (const entry of translated) {
    it(`${entry.slug}: Chinese prose and headings around every message verbatim, links to Chinese pages`, () => {
      const tree = fromMarkdown(entryMarkdown(entry, translated, { base: zhBase, labels: zhLabels }));
      expect(toString(tree.children[0])).toBe(entry.title);
      expect(nodes(tree, 'html')).toEqual([]);
      const h2 = nodes(tree, 'heading')
        .filter((node) => (node as Heading).depth === 2)
        .map((node) => toString(node));
      expect(h2).toEqual(['错误消息', '原因', '解决方法', ...(entry.related.length ? ['相关错误'] : [])]);
      const code = nodes(tree, 'code').map((node) => (node as Code).value);
      for (const message of entry.messages) expect(code).toContain(message.template);
      for (const url of nodes(tree, 'link').map((node) => (node as Link).url)) expect(url.startsWith(zhBase.href), url).toBe(true);
    });
  }
});
