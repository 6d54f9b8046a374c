import { describe, expect, it } from 'vitest';
import { entryRedirects, errorSidebar, groupBySection } from '../../src/lib/catalogue/navigation.ts';
import { entryPath } from '../../src/lib/catalogue/paths.ts';
import { readFileSync } from 'node:fs';
import { reportLabels, supportReport } from '../../src/lib/catalogue/report.ts';
import { makeEntry } from './make-entry.ts';
import { cjkSearchTerms } from '../../src/lib/catalogue/search-terms.ts';
import { SECTION_IDS, SECTIONS, sectionOf } from '../../src/lib/catalogue/sections.ts';

/** What the catalogue turns into for readers: sections, sidebar, /errors.json, the support report, search terms. */

const entry = makeEntry;

describe('sections', () => {
  it('each have an id, a label and a summary, in reading order', () => {
    expect(SECTION_IDS).toEqual(['authentication', 'membership', 'permission', 'rate-limits', 'request-format', 'not-found', 'server', 'tool-call']);
    expect(SECTIONS.map((s) => s.id)).toEqual(SECTION_IDS);
    for (const section of SECTIONS) {
      expect(Object.keys(section).sort()).toEqual(['id', 'label', 'summary']);
      expect(section.label, section.id).toMatch(/^[A-Z][\w &]+[a-z]$/);
      expect(section.summary, section.id).toMatch(/^[A-Z].{40,}\.$/);
    }
    expect(new Set(SECTIONS.map((s) => s.label)).size).toBe(SECTIONS.length);
  });

  it('are found by id', () => {
    expect(sectionOf('server').label).toBe('Internal Server Errors');
    expect(sectionOf('authentication').label).toBe('Authentication Errors');
    expect(sectionOf('tool-call')).toBe(SECTIONS.at(-1));
  });
});

describe('navigation', () => {
  const entries = [
    entry('late', { section: 'server', order: 2, status: 500 }),
    entry('auth', { section: 'authentication', order: 1, status: 401 }),
    entry('early', { section: 'server', order: 1, status: 503 }),
    entry('limit', { section: 'rate-limits', order: 1, status: 499, redirectFrom: ['old-limit', 'older-limit'] }),
  ];

  it('groups entries by section, sections in reading order, entries by their order, no empty groups', () => {
    expect(groupBySection(entries).map(({ section, entries }) => [section.id, entries.map((e) => e.slug)])).toEqual([
      ['authentication', ['auth']],
      ['rate-limits', ['limit']],
      ['server', ['early', 'late']],
    ]);
    expect(groupBySection([])).toEqual([]);
  });

  it('makes a sidebar group per section, each entry linked with its status as a badge, 5xx as a caution', () => {
    expect(errorSidebar(entries)).toEqual([
      { label: 'Authentication Errors', translations: {}, items: [{ label: 'Title of auth', translations: {}, link: '/errors/auth/', badge: { text: '401', variant: 'note' } }] },
      { label: 'Rate Limits & Quotas', translations: {}, items: [{ label: 'Title of limit', translations: {}, link: '/errors/limit/', badge: { text: '499', variant: 'note' } }] },
      {
        label: 'Internal Server Errors',
        translations: {},
        items: [
          { label: 'Title of early', translations: {}, link: '/errors/early/', badge: { text: '503', variant: 'caution' } },
          { label: 'Title of late', translations: {}, link: '/errors/late/', badge: { text: '500', variant: 'caution' } },
        ],
      },
    ]);
    const zh = { titles: { auth: { 'zh-CN': '认证' } }, sections: { authentication: { 'zh-CN': '认证错误' } } };
    expect(errorSidebar(entries, zh)[0]).toMatchObject({ translations: { 'zh-CN': '认证错误' }, items: [{ translations: { 'zh-CN': '认证' } }] });
  });

  it('redirects every former slug to the entry', () => {
    expect(entryRedirects(entries)).toEqual({ '/errors/old-limit/': '/errors/limit/', '/errors/older-limit/': '/errors/limit/' });
    expect(entryPath('a-b')).toBe('/errors/a-b/');
  });
});


describe('the support report', () => {
  const strings = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;
  const labels = reportLabels((key) => strings[key]!);

  it('asks for the message, request ID, time and client, with the paste and entry filled in where known', () => {
    expect(supportReport(labels, { message: 'boom', entry: 'https://errors.example.test/errors/x/' })).toBe(
      [
        'Kimi Code API error report',
        '',
        'Full error message: boom',
        'Request ID: (from the response or your client log)',
        'Time of the request (with time zone): ',
        'Client and version (e.g. Kimi CLI, Claude Code): ',
        'Matching reference entry: https://errors.example.test/errors/x/',
      ].join('\n'),
    );
    const blank = supportReport(labels);
    expect(blank).toContain('Full error message: (paste the complete message here)\n');
    expect(blank).not.toContain('Matching reference entry');
    expect(blank.endsWith('Client and version (e.g. Kimi CLI, Claude Code): ')).toBe(true);
    expect(supportReport(labels, {})).toBe(blank);
  });
});

describe('search terms for Chinese text', () => {
  it('indexes every suffix of a run of two or more Chinese characters, each once, and nothing else', () => {
    expect(cjkSearchTerms(['错误：账号禁用 (code 403)', '禁用', 'plain English', '因'])).toBe('错误 账号禁用 号禁用 禁用');
    expect(cjkSearchTerms([])).toBe('');
  });

  it('covers CJK extension A and compatibility ideographs, and stops at kana and punctuation', () => {
    expect(cjkSearchTerms(['\u3400\u4e00'])).toBe('\u3400\u4e00');
    expect(cjkSearchTerms(['\uf900\u9fff'])).toBe('\uf900\u9fff');
    expect(cjkSearchTerms(['\u33ff\u4e00\u4e01\ufb00'])).toBe('\u4e00\u4e01');
  });
});
