import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ERRORS_DIR, loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { behindReport, translationsBehind } from '../../src/lib/catalogue/load-translations.ts';
import { isBehind, proseFingerprint } from '../../src/lib/catalogue/translation.ts';

const catalogue = loadCatalogue();

describe('the real translations', () => {
  it('translate every entry, and none is behind its English text', () => {
    for (const entry of catalogue) expect(entry.translations['zh-cn'].file).toBe(`${ERRORS_DIR}/zh-cn/${entry.slug}.md`);
    expect(translationsBehind(catalogue)).toEqual([]);
  });

  it('keep the Cause and the numbered Fix, in Chinese', () => {
    for (const t of catalogue.map((entry) => entry.translations['zh-cn'])) {
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
  const load = () => loadCatalogue(root);

  it.each([
    ['a data field (status)', (text: string) => text.replace(/^title:/m, 'status: 401\ntitle:'), /zh-cn\/invalid-api-key\.md: field "\(root\)".*status/],
    ['a data field (messages)', (text: string) => text.replace(/^title:/m, 'messages: []\ntitle:'), /zh-cn\/invalid-api-key\.md: field "\(root\)".*messages/],
    ['no title', (text: string) => text.replace(/^title:.*\n/m, ''), /zh-cn\/invalid-api-key\.md: field "title"/],
    ['no fingerprint of the English text', (text: string) => text.replace(/^translatedFrom:.*\n/m, ''), /zh-cn\/invalid-api-key\.md: field "translatedFrom"/],
    ['raw HTML in the body', (text: string) => text.replace('## 原因', '## 原因\n\n<script>alert(1)</script>'), /zh-cn\/invalid-api-key\.md: body, line \d+: raw HTML/],
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
    expect(load).toThrow(/zh-cn\/no-such-error\.md: translates no entry/);
  });

  it('lists a translation as behind once its English prose changes, and only then', () => {
    const path = copy()('invalid-api-key.md');
    expect(translationsBehind(load())).toEqual([]);
    writeFileSync(path, readFileSync(path, 'utf8').replace('## Fix', '## Fix\n\nA new first step.'));
    const [behind, ...more] = translationsBehind(load());
    expect(more).toEqual([]);
    expect(behind!.file).toBe(`${ERRORS_DIR}/zh-cn/invalid-api-key.md`);
    expect(behind!.fingerprint).toBe(proseFingerprint(load().find((entry) => entry.slug === 'invalid-api-key')!));
  });
});

describe('what the build prints about translations that are behind', () => {
  it('is nothing when none is behind', () => {
    expect(behindReport([])).toBe('');
  });

  it('is how many, then each file with the fingerprint to set once it is updated', () => {
    expect(
      behindReport([
        { file: 'content/errors/zh-cn/invalid-api-key.md', fingerprint: '0123456789ab' },
        { file: 'content/errors/zh-cn/too-many-requests.md', fingerprint: 'ba9876543210' },
      ]),
    ).toBe(
      [
        '2 translation(s) behind their English entry, whose prose changed since they were made. Update each, then set its translatedFrom as shown:',
        "  content/errors/zh-cn/invalid-api-key.md  translatedFrom: '0123456789ab'",
        "  content/errors/zh-cn/too-many-requests.md  translatedFrom: 'ba9876543210'",
      ].join('\n'),
    );
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
