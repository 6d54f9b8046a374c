import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ERRORS_DIR, loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { SECTIONS } from '../../src/lib/catalogue/sections.ts';

/** The fixed slug, section and status of every entry, as the catalogue table gives them. */
const expected = readFileSync('tests/fixtures/catalogue.md', 'utf8')
  .split('\n')
  .map((line) => /^\| ([a-z0-9-]+) \| [^|]+ \| ([^|]+) \| (\d{3})/.exec(line))
  .filter((match) => match !== null)
  .map(([, slug, section, status]) => ({ slug, section: section!.trim(), status: Number(status) }));

describe('the real catalogue', () => {
  const entries = loadCatalogue();

  it('has exactly one entry per catalogue row, with its section and status', () => {
    expect(expected).toHaveLength(28);
    expect(entries.map((entry) => entry.slug).sort()).toEqual(expected.map((row) => row.slug).sort());
    for (const row of expected) {
      const entry = entries.find((candidate) => candidate.slug === row.slug)!;
      expect(entry.status, row.slug).toBe(row.status);
      expect(SECTIONS.find((section) => section.id === entry.section)!.label, row.slug).toBe(row.section);
    }
  });

  it('keeps a Cause and a numbered Fix in every body, and never invents a support address', () => {
    for (const entry of entries) {
      expect(entry.body, entry.slug).toMatch(/^## Cause$/m);
      expect(entry.body, entry.slug).toMatch(/^## Fix\n\n1\. /m);
      expect(entry.body, entry.slug).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    }
  });
});

/** A new entry that collides with nothing in the real catalogue unless told to. */
function newEntry({ title = 'A Fresh Entry', template = 'A fresh message nobody else sends', body = '## Cause\n\nX.\n\n## Fix\n\n1. Y.\n' } = {}) {
  return `---
title: ${JSON.stringify(title)}
status: 400
section: request-format
order: 99
summary: An entry added by a test to a copy of the catalogue.
keywords:
  - fresh
retry: do-not-retry
messages:
  - id: fresh
    template: ${JSON.stringify(template)}
---

${body}`;
}

/** A Chinese translation of `newEntry()`; a new entry needs one (tests/unit/translations.test.ts). */
const newTranslation = () => `---
title: 新条目
summary: 测试在目录副本中添加的条目。
translatedFrom: '000000000000'
---

## 原因

X。

## 解决方法

1. Y。
`;

describe('an invalid entry fails naming the file and the field', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A copy of the real catalogue with `files` (paths in the catalogue folder) written over it or added. */
  function catalogueWith(files: Record<string, string>) {
    root = mkdtempSync(join(tmpdir(), 'catalogue-'));
    cpSync(ERRORS_DIR, join(root, ERRORS_DIR), { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, ERRORS_DIR, name)), { recursive: true });
      writeFileSync(join(root, ERRORS_DIR, name), text);
    }
    return () => loadCatalogue(root);
  }

  /** The real catalogue with one of its files changed by `edit`. */
  const editing = (file: string, edit: (text: string) => string) =>
    catalogueWith({ [file]: edit(readFileSync(join(ERRORS_DIR, file), 'utf8')) });

  const withBody = (body: string) => (text: string) => text.replace(/^## Cause\n/m, `${body}\n\n## Cause\n`);

  it.each([
    ['a missing field', (text: string) => text.replace(/^summary:.*\n/m, ''), /invalid-api-key\.md: field "summary"/],
    ['a status that is not a number', (text: string) => text.replace(/^status: 401$/m, 'status: unauthorized'), /invalid-api-key\.md: field "status"/],
    ['an unknown section', (text: string) => text.replace(/^section: .*$/m, 'section: auth'), /invalid-api-key\.md: field "section"/],
    ['an unknown retry advice', (text: string) => text.replace(/^retry: .*$/m, 'retry: maybe'), /invalid-api-key\.md: field "retry"/],
    ['an unknown field', (text: string) => text.replace(/^title:/m, 'colour: red\ntitle:'), /invalid-api-key\.md: field "\(root\)".*colour/],
    ['a malformed placeholder', (text: string) => text.replace('template: The API Key', 'template: The {API Key}'), /invalid-api-key\.md: field "messages\[0\]\.template": braces may only mark placeholders/],
    ['a placeholder used twice', (text: string) => text.replace('template: The API Key', 'template: The {key} API Key {key}'), /invalid-api-key\.md: field "messages\[0\]\.template": placeholder \{key\} appears twice/],
    ['two placeholders side by side', (text: string) => text.replace('template: The API Key', 'template: The {kind}{key} API Key'), /invalid-api-key\.md: field "messages\[0\]\.template": placeholders \{kind\} and \{key\} have no words between them/],
    ['two placeholders with only a space between', (text: string) => text.replace('template: The API Key', 'template: The {kind} {key} API Key'), /invalid-api-key\.md: field "messages\[0\]\.template": placeholders \{kind\} and \{key\}/],
    ['a borrowed part that is not in the template', (text: string) => text.replace(/^(    template: The API Key.*)$/m, '$1\n    borrowed: no such words'), /invalid-api-key\.md: field "messages\[0\]\.borrowed": must be a part of the template/],
    ['a related slug that does not exist', (text: string) => text.replace(/related:\n  - .*/, 'related:\n  - no-such-entry'), /invalid-api-key\.md: field "related\[0\]": no entry has the slug "no-such-entry"/],
    ['a former slug that is another entry\'s slug', (text: string) => text.replace(/^retry:/m, 'redirectFrom:\n  - token-limit-exceeded\nretry:'), /invalid-api-key\.md: field "redirectFrom\[0\]": slug "token-limit-exceeded" is already used by content\/errors\/token-limit-exceeded\.md \(field "slug"\)/],
    ['a former slug that is the page every unmatched lookup links to', (text: string) => text.replace(/^retry:/m, 'redirectFrom:\n  - not-covered\nretry:'), /invalid-api-key\.md: field "redirectFrom\[0\]": slug "not-covered" is reserved: the site publishes src\/content\/docs\/errors\/not-covered\.mdx there/],
    ['broken YAML', (text: string) => text.replace(/^title: .*$/m, 'title: [unclosed'), /invalid-api-key\.md: frontmatter is not valid YAML/],
    ['no frontmatter', (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, ''), /invalid-api-key\.md: no frontmatter/],
    ['a script block in the body', withBody('<script>alert(1)</script>'), /invalid-api-key\.md: body, line 17: raw HTML "<script>alert\(1\)<\/script>"/],
    ['an inline tag in the body', withBody('Some <b onclick="x()">bold</b> words.'), /invalid-api-key\.md: body, line 17: raw HTML "<b onclick=\\"x\(\)\\">"/],
    ['an HTML comment in the body', withBody('<!-- note -->'), /invalid-api-key\.md: body, line 17: raw HTML "<!-- note -->"/],
    ['a tag inside a list item of the Fix', (text: string) => text.replace('1. **Typo in the key**', '1. <img src=x onerror=alert(1)> **Typo in the key**'), /invalid-api-key\.md: body, line 2\d: raw HTML "<img src=x onerror=alert\(1\)>"/],
    ['a javascript: link in the body', withBody('[Open](javascript:alert(1))'), /invalid-api-key\.md: body, line 17: link to "javascript:alert\(1\)"/],
  ])('%s', (_, edit, message) => {
    expect(editing('invalid-api-key.md', edit)).toThrow(message);
  });

  it('accepts code spans and code blocks that show tags, and site or web links', () => {
    const body = withBody('Run `<script>` and <https://example.com/docs>, see [the table](/#quick-lookup).\n\n```html\n<script>shown()</script>\n```');
    expect(editing('invalid-api-key.md', body)()).toHaveLength(28);
  });

  it('accepts the real catalogue copied unchanged', () => {
    expect(catalogueWith({})()).toHaveLength(28);
  });

  describe('every name in the folder is an entry file, <slug>.md, or the translations folder', () => {
    it.each([
      ['a capitalised copy of an entry, which used to drop one of the two', 'Invalid-API-Key.md'],
      ['a file name with a space, which used to be published slugified', 'Bad Name.md'],
      ['an underscore', 'bad_name.md'],
      ['a second file of an entry as MDX, which used to be ignored', 'invalid-api-key.mdx'],
      ['a second file of an entry as .markdown', 'invalid-api-key.markdown'],
      ['any other file', 'notes.txt'],
      ['a hidden file', '.draft.md'],
    ])('%s', (_, name) => {
      const load = catalogueWith({ [name]: newEntry() });
      expect(load).toThrow(new RegExp(`content/errors/${name.replace(/[.]/g, '\\.')}: `));
    });

    it('a folder other than the translations', () => {
      expect(catalogueWith({ 'drafts/fresh-entry.md': newEntry() })).toThrow(/content\/errors\/drafts: a folder/);
    });

    it('accepts the translations folder zh-cn/', () => {
      expect(catalogueWith({ 'fresh-entry.md': newEntry(), 'zh-cn/fresh-entry.md': newTranslation() })()).toHaveLength(29);
    });
  });

  it('rejects an entry named after a page the site publishes under /errors/ itself', () => {
    expect(catalogueWith({ 'not-covered.md': newEntry() })).toThrow(
      /content\/errors\/not-covered\.md: field "slug": slug "not-covered" is reserved: the site publishes src\/content\/docs\/errors\/not-covered\.mdx there/,
    );
  });

  /** The one line of the error that names both files, whichever of them the catalogue reads first. */
  function duplicateLine(load: () => unknown, field: string, files: [string, string]): string {
    const error = (() => {
      try {
        load();
      } catch (thrown) {
        return thrown as Error;
      }
      throw new Error('the catalogue loaded without error');
    })();
    const lines = error.message.split('\n').filter((line) => files.every((file) => line.includes(`content/errors/${file}`)));
    expect(lines, error.message).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^content/errors/(${files.join('|')}): field "${field.replace(/[[\]]/g, '\\$&')}": `));
    expect(lines[0]).toContain(`(field "${field}")`);
    return lines[0]!;
  }

  describe('a message another entry already has, naming both files', () => {
    it.each([
      ['exactly', 'Invalid Authentication'],
      ['in other case', 'invalid authentication'],
      ['with other spacing', '  Invalid\tAuthentication '],
      ['with a final dot', 'Invalid Authentication.'],
    ])('%s', (_, template) => {
      const line = duplicateLine(catalogueWith({ 'fresh-entry.md': newEntry({ template }) }), 'messages[0].template', ['fresh-entry.md', 'invalid-authentication.md']);
      expect(line).toContain('is already used (up to case, spacing and a final dot) by');
    });

    it('with other placeholder names', () => {
      const template = 'Invalid request: Your request exceeded model token limit: 262144 (requested: {tokens})';
      duplicateLine(catalogueWith({ 'fresh-entry.md': newEntry({ template }) }), 'messages[0].template', ['fresh-entry.md', 'token-limit-exceeded.md']);
    });

    it('but not a message that only shares words with it', () => {
      expect(catalogueWith({ 'fresh-entry.md': newEntry({ template: 'Invalid Authentication header format' }), 'zh-cn/fresh-entry.md': newTranslation() })()).toHaveLength(29);
    });
  });

  it('rejects a title another entry has, up to case and spacing, naming both files', () => {
    const line = duplicateLine(catalogueWith({ 'fresh-entry.md': newEntry({ title: 'invalid  api KEY' }) }), 'title', ['fresh-entry.md', 'invalid-api-key.md']);
    expect(line).toContain('is already used (up to case and spacing) by');
  });
});
