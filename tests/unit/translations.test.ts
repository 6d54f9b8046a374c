import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ERRORS_DIR, loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { loadTranslations } from '../../src/lib/catalogue/load-translations.ts';
import { isBehind, proseFingerprint } from '../../src/lib/catalogue/translation.ts';

const english = loadCatalogue();

describe('the real translations', () => {
  const { translations, behind } = loadTranslations(english);

  it('translate every entry, and none is behind its English text', () => {
    expect(translations.map((t) => t.slug).sort()).toEqual(english.map((e) => e.slug).sort());
    expect(behind.map((t) => t.file)).toEqual([]);
  });

  it('keep the Cause and the numbered Fix, in Chinese', () => {
    for (const t of translations) {
      expect(t.body, t.file).toMatch(/^## 原因$/m);
      expect(t.body, t.file).toMatch(/^## 解决方法\n\n1\. /m);
    }
  });
});

describe('a translation that is wrong fails naming the file', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function copy() {
    root = mkdtempSync(join(tmpdir(), 'translations-'));
    cpSync(ERRORS_DIR, join(root, ERRORS_DIR), { recursive: true });
    return (file: string) => join(root, ERRORS_DIR, file);
  }
  const load = () => loadTranslations(loadCatalogue(root), root);

  it.each([
    ['a data field (status)', (text: string) => text.replace(/^title:/m, 'status: 401\ntitle:'), /zh-cn\/invalid-api-key\.md: field "\(root\)".*status/],
    ['a data field (messages)', (text: string) => text.replace(/^title:/m, 'messages: []\ntitle:'), /zh-cn\/invalid-api-key\.md: field "\(root\)".*messages/],
    ['no title', (text: string) => text.replace(/^title:.*\n/m, ''), /zh-cn\/invalid-api-key\.md: field "title"/],
    ['no fingerprint of the English text', (text: string) => text.replace(/^translatedFrom:.*\n/m, ''), /zh-cn\/invalid-api-key\.md: field "translatedFrom"/],
  ])('%s', (_, edit, message) => {
    const path = copy()('zh-cn/invalid-api-key.md');
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    expect(load).toThrow(message);
  });

  it('a missing translation', () => {
    unlinkSync(copy()('zh-cn/invalid-api-key.md'));
    expect(load).toThrow(/zh-cn\/invalid-api-key\.md: missing/);
  });

  it('a translation of an entry that does not exist', () => {
    const path = copy();
    writeFileSync(path('zh-cn/no-such-error.md'), readFileSync(path('zh-cn/invalid-api-key.md')));
    expect(load).toThrow(/zh-cn\/no-such-error\.md: no English entry/);
  });

  it('lists a translation as behind once its English prose changes, and only then', () => {
    const path = copy()('invalid-api-key.md');
    expect(load().behind).toEqual([]);
    writeFileSync(path, readFileSync(path, 'utf8').replace('## Fix', '## Fix\n\nA new first step.'));
    expect(load().behind.map((t) => t.file)).toEqual([`${ERRORS_DIR}/zh-cn/invalid-api-key.md`]);
  });
});

describe('proseFingerprint', () => {
  const prose = { title: 'T', summary: 'S', body: 'B\n' };
  it('changes with any part of the prose and ignores the space around the body', () => {
    const base = proseFingerprint(prose);
    expect(base).toMatch(/^[0-9a-f]{12}$/);
    expect(proseFingerprint({ ...prose, body: '\nB' })).toBe(base);
    for (const changed of [{ title: 'T2' }, { summary: 'S2' }, { statusNote: 'N' }, { body: 'B2' }]) {
      expect(proseFingerprint({ ...prose, ...changed })).not.toBe(base);
    }
    expect(isBehind({ translatedFrom: base }, prose)).toBe(false);
    expect(isBehind({ translatedFrom: base }, { ...prose, summary: 'S2' })).toBe(true);
  });
});
