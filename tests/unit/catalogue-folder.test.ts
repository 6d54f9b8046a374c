import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogueError, loadCatalogue } from '../../src/lib/catalogue/load.ts';

/**
 * Loading a catalogue folder of a few made-up entries: which names it reads, in what order, and the
 * exact error a wrong folder gives (the build and `npm run lookup` print it as it is).
 */

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** An entry that collides with no other made by this function. */
function entry(slug: string, { statusNote = '', related = [] as string[] } = {}) {
  return [
    '---',
    `title: Title of ${slug}`,
    'status: 400',
    ...(statusNote ? [`statusNote: ${statusNote}`] : []),
    'section: request-format',
    'order: 1',
    `summary: What ${slug} means, in one line.`,
    'keywords:',
    `  - ${slug}`,
    'retry: do-not-retry',
    'messages:',
    `  - id: ${slug}`,
    `    template: the ${slug} message`,
    ...(related.length ? ['related:', ...related.map((slug) => `  - ${slug}`)] : []),
    '---',
    '',
    '## Cause',
    '',
    'Something.',
    '',
  ].join('\n');
}

function translation(slug: string, { statusNote = '' } = {}) {
  return ['---', `title: ${slug} 的标题`, `summary: ${slug} 的意思，一行。`, ...(statusNote ? [`statusNote: ${statusNote}`] : []), "translatedFrom: '000000000000'", '---', '', '## 原因', '', '某事。', ''].join('\n');
}

/** A catalogue folder holding `files` (paths inside content/errors); returns a function that loads it. */
function folderWith(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'catalogue-folder-'));
  mkdirSync(join(root, 'content/errors'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content/errors', name)), { recursive: true });
    writeFileSync(join(root, 'content/errors', name), text);
  }
  return () => loadCatalogue(root);
}

/** The message of the error `load` throws. */
function failure(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogueError);
    expect((error as Error).name).toBe('CatalogueError');
    return (error as Error).message;
  }
  throw new Error('the catalogue loaded without error');
}

const entryWithTranslation = (slug: string) => ({ [`${slug}.md`]: entry(slug), [`zh-cn/${slug}.md`]: translation(slug) });

describe('the entries of a folder', () => {
  it('come in the order of their file names, each with its translation', () => {
    const load = folderWith({ ...entryWithTranslation('b-entry'), ...entryWithTranslation('c-entry'), ...entryWithTranslation('a-entry') });
    const entries = load();
    expect(entries.map((loaded) => loaded.slug)).toEqual(['a-entry', 'b-entry', 'c-entry']);
    expect(entries.map((loaded) => loaded.translations['zh-cn'].file)).toEqual([
      'content/errors/zh-cn/a-entry.md',
      'content/errors/zh-cn/b-entry.md',
      'content/errors/zh-cn/c-entry.md',
    ]);
  });

  it('may end right after the frontmatter, with an empty body', () => {
    const load = folderWith({ 'a-entry.md': entry('a-entry').split('\n---\n')[0] + '\n---', 'zh-cn/a-entry.md': translation('a-entry') });
    expect(load()[0]!.body).toBe('');
  });
});

describe('a folder that is wrong fails with one error naming each file', () => {
  it('a folder other than the translations, and a file that is not Markdown, one line each', () => {
    expect(failure(folderWith({ ...entryWithTranslation('a-entry'), 'drafts/b-entry.md': entry('b-entry'), 'notes.txt': 'to do' }))).toBe(
      [
        'Invalid error catalogue:',
        'content/errors/drafts: a folder; the catalogue holds <slug>.md files, and translations in zh-cn/ only',
        'content/errors/notes.txt: not an entry file: every file here is <slug>.md (Markdown, extension ".md")',
      ].join('\n'),
    );
  });

  it('a line before the frontmatter', () => {
    expect(failure(folderWith({ 'a-entry.md': `Draft\n${entry('a-entry')}`, 'zh-cn/a-entry.md': translation('a-entry') }))).toBe(
      'Invalid error catalogue:\ncontent/errors/a-entry.md: no frontmatter block (--- ... ---) at the top of the file',
    );
  });

  it('a broken file, and nothing about entries that relate to it until it parses', () => {
    const broken = entry('b-entry').replace(/^summary:.*\n/m, '');
    const message = failure(folderWith({ 'a-entry.md': entry('a-entry', { related: ['b-entry'] }), 'b-entry.md': broken }));
    expect(message.split('\n')).toEqual(['Invalid error catalogue:', expect.stringMatching(/^content\/errors\/b-entry\.md: field "summary": /)]);
  });
});

describe('translations that are wrong fail with one error naming each file', () => {
  it('no translations folder at all', () => {
    expect(failure(folderWith({ 'a-entry.md': entry('a-entry'), 'b-entry.md': entry('b-entry') }))).toBe(
      [
        'Invalid translations:',
        'content/errors/zh-cn/a-entry.md: missing; every entry needs its zh-cn translation',
        'content/errors/zh-cn/b-entry.md: missing; every entry needs its zh-cn translation',
      ].join('\n'),
    );
  });

  it('a translation saved without the .md extension', () => {
    expect(failure(folderWith({ ...entryWithTranslation('a-entry'), 'zh-cn/a-entry': translation('a-entry') }))).toBe(
      'Invalid translations:\ncontent/errors/zh-cn/a-entry: translates no entry: a translation is named after its English ' +
        'entry\'s file (content/errors/<slug>.md), and there is no content/errors/a-entry',
    );
  });

  it('a status note the English entry has and the translation lacks, or the other way round', () => {
    const load = folderWith({
      'a-entry.md': entry('a-entry', { statusNote: 'Some clients show 403.' }),
      'zh-cn/a-entry.md': translation('a-entry'),
      'b-entry.md': entry('b-entry'),
      'zh-cn/b-entry.md': translation('b-entry', { statusNote: '有些客户端显示 403。' }),
    });
    expect(failure(load)).toBe(
      [
        'Invalid translations:',
        'content/errors/zh-cn/a-entry.md: field "statusNote": the English entry has a status note; translate it',
        'content/errors/zh-cn/b-entry.md: field "statusNote": the English entry has no status note',
      ].join('\n'),
    );
  });
});
