import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('an invalid entry fails naming the file and the field', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A copy of the real catalogue where one file is changed by `edit`. */
  function catalogueWith(file: string, edit: (text: string) => string) {
    root = mkdtempSync(join(tmpdir(), 'catalogue-'));
    cpSync(ERRORS_DIR, join(root, ERRORS_DIR), { recursive: true });
    const path = join(root, ERRORS_DIR, file);
    writeFileSync(path, edit(readFileSync(join(ERRORS_DIR, file), 'utf8')));
    return () => loadCatalogue(root);
  }

  it.each([
    ['a missing field', (text: string) => text.replace(/^summary:.*\n/m, ''), /invalid-api-key\.md: field "summary"/],
    ['a status that is not a number', (text: string) => text.replace(/^status: 401$/m, 'status: unauthorized'), /invalid-api-key\.md: field "status"/],
    ['an unknown section', (text: string) => text.replace(/^section: .*$/m, 'section: auth'), /invalid-api-key\.md: field "section"/],
    ['an unknown retry advice', (text: string) => text.replace(/^retry: .*$/m, 'retry: maybe'), /invalid-api-key\.md: field "retry"/],
    ['an unknown field', (text: string) => text.replace(/^title:/m, 'colour: red\ntitle:'), /invalid-api-key\.md: field "\(root\)".*colour/],
    ['a malformed placeholder', (text: string) => text.replace('template: The API Key', 'template: The {API Key}'), /invalid-api-key\.md: field "messages\.0\.template"/],
    ['a borrowed part that is not in the template', (text: string) => text.replace(/^(    template: The API Key.*)$/m, '$1\n    borrowed: no such words'), /invalid-api-key\.md: field "messages\.0\.borrowed": must be a part of the template/],
    ['a related slug that does not exist', (text: string) => text.replace(/related:\n  - .*/, 'related:\n  - no-such-entry'), /invalid-api-key\.md: field "related\[0\]": no entry has the slug "no-such-entry"/],
    ['a message used by another entry', (text: string) => text.replace(/template: .*/, 'template: Invalid Authentication'), /(invalid-api-key|invalid-authentication)\.md: field "messages\[0\]\.template": message "Invalid Authentication" is already used by "(invalid-authentication|invalid-api-key)"/],
    ['a former slug that is another entry\'s slug', (text: string) => text.replace(/^retry:/m, 'redirectFrom:\n  - token-limit-exceeded\nretry:'), /invalid-api-key\.md: field "redirectFrom\[0\]".*already used by "token-limit-exceeded"/],
    ['broken YAML', (text: string) => text.replace(/^title: .*$/m, 'title: [unclosed'), /invalid-api-key\.md: frontmatter is not valid YAML/],
    ['no frontmatter', (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, ''), /invalid-api-key\.md: no frontmatter/],
  ])('%s', (_, edit, message) => {
    expect(catalogueWith('invalid-api-key.md', edit)).toThrow(message);
  });

  it('accepts the real catalogue copied unchanged', () => {
    expect(catalogueWith('invalid-api-key.md', (text) => text)()).toHaveLength(28);
  });
});
