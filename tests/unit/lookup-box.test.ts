import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnswerer, MAX_LINK_QUERY } from '../../src/components/lookup/answer.ts';
import { buildPayload } from '../../src/components/lookup/build-payload.ts';
import { linkBase, linksUnder } from '../../src/components/lookup/links.ts';
import { lookupIndex } from '../../src/components/lookup/payload.ts';
import { capEncoded, encodedQuery } from '../../src/components/lookup/share.ts';
import { collectStrings, PLURAL_KEYS, TEXT_KEYS, translator } from '../../src/components/lookup/strings.ts';
import { viewOf, type MatchView } from '../../src/components/lookup/view.ts';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { buildLookupIndex, type LookupCandidate, type LookupResult } from '../../src/lib/lookup/index.ts';

/** The paste box's own parts, without a browser: its words, its links, its payload, its answers. */

const en = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;
// Starlight's `t` as the component sees it, for English: a missing key comes back as the key.
const t = Object.assign((key: string) => en[key] ?? key, { exists: (key: string) => key in en });
const strings = collectStrings(t as unknown as App.Locals['t'], 'en');
const tr = translator(strings);
const catalogue = loadCatalogue();
const payload = buildPayload(catalogue, strings, '/');
const links = linksUnder(payload.base);
const answer = createAnswerer(lookupIndex(payload));

const SECRET = 'sk-live-9f8e7d6c5b4a39281716151413121110';
const OVERLOADED = 'The engine is currently overloaded, please try again later';

const candidate = (slug: string, extra: Partial<LookupCandidate> = {}): LookupCandidate => ({
  slug,
  score: 0.97,
  messageId: null,
  captures: [],
  excerpt: null,
  borrowed: null,
  ...extra,
});
/** An answer as the engine will give it once it reports `found` and `borrowed`. */
const answerWith = (result: Partial<LookupResult>) => ({
  redactions: 0,
  highlight: null,
  share: '',
  reportText: 'the paste',
  result: { match: null, confidence: 0.9, candidates: [], status: null, found: [], ...result },
});

describe('the words of the box', () => {
  it('are all in the English strings, with both plural forms', () => {
    for (const key of TEXT_KEYS) expect(en[key], key).toBeTruthy();
    for (const key of PLURAL_KEYS) expect(strings.plural[key], key).toEqual({ one: en[`${key}_one`], other: en[`${key}_other`] });
  });

  it('fill in values and pick the plural form by count, numbers written the page language’s way', () => {
    expect(tr.plural('lookup.found.count', 1)).toBe('once');
    expect(tr.plural('lookup.found.count', 3)).toBe('3 times');
    expect(tr.plural('lookup.found.count', 12000)).toBe('12,000 times');
    expect(tr.text('lookup.found.lines', { first: 1, last: 3 })).toBe('lines 1–3');
    expect(tr.plural('lookup.redacted', 2)).toMatch(/^2 secrets .* them\.$/);
    // A value the sentence does not name changes nothing; a slot without a value stays visible.
    expect(tr.text('lookup.link.failed')).toBe('Copy this link: {{url}}');
  });
});

describe('the links of the box', () => {
  it('all start at one base, so a locale folder can be put in front', () => {
    expect(linkBase('/', undefined)).toBe('/');
    expect(linkBase('/', 'zh-cn')).toBe('/zh-cn/');
    expect(linkBase('/docs', 'zh-cn')).toBe('/docs/zh-cn/');
    const zh = linksUnder('/zh-cn/');
    expect(zh.entry('engine-overloaded')).toBe('/zh-cn/errors/engine-overloaded/');
    expect(zh.notCovered).toBe('/zh-cn/errors/not-covered/');
    expect(zh.lookup('a b&c')).toBe('/zh-cn/lookup/?q=a+b%26c');
  });
});

describe('the payload', () => {
  it('gives the engine exactly the index it would build, with each entry sent once', () => {
    expect(lookupIndex(payload)).toEqual(buildLookupIndex(catalogue));
    const entry = payload.entries['engine-overloaded']!;
    expect(entry.title).toBe('Inference Engine Overloaded');
    expect(entry.retry).toBe('Retry with backoff');
    expect(entry.summary).toBeTruthy();
    expect(payload.index).not.toHaveProperty('entries');
  });
});

describe('a copied link', () => {
  it('is capped by its encoded size, not by characters', () => {
    const chinese = '请求失败'.repeat(750);
    const cut = capEncoded(chinese, MAX_LINK_QUERY);
    expect(chinese.startsWith(cut)).toBe(true);
    expect(encodedQuery(cut).length).toBeLessThanOrEqual(MAX_LINK_QUERY);
    // As long as fits: one character more would not.
    expect(encodedQuery(chinese.slice(0, cut.length + 1)).length).toBeGreaterThan(MAX_LINK_QUERY);
    expect(capEncoded('short text', MAX_LINK_QUERY)).toBe('short text');
  });

  it('never ends in half a character', () => {
    const emoji = '😀'.repeat(400);
    const cut = capEncoded(emoji, 100);
    expect(cut.length % 2).toBe(0);
    expect(encodedQuery(cut).length).toBeLessThanOrEqual(100);
  });
});

describe('an answer', () => {
  it('masks secrets before anything is cut from the paste', () => {
    const pasted = answer(`curl -H "Authorization: Bearer ${SECRET}" KIMI_API_KEY=${SECRET}\n${OVERLOADED}`);
    expect(pasted.redactions).toBeGreaterThanOrEqual(2);
    expect(pasted.result?.match?.slug).toBe('engine-overloaded');
    expect(JSON.stringify(pasted)).not.toContain(SECRET);
    expect(pasted.highlight?.[1]).toContain('currently overloaded');
    // A short paste is shared whole, masked.
    expect(pasted.share).toMatch(/^curl -H "Authorization: Bearer \[REDACTED\]" KIMI_API_KEY=\[REDACTED\]\n/);
  });

  it('shares a long paste by its matched part, within the link size', () => {
    const pasted = answer(`${'INFO ok\n'.repeat(2000)}request failed api_key=${SECRET} ${OVERLOADED}\n${'INFO ok\n'.repeat(50)}`);
    expect(pasted.share).toContain('overloaded');
    expect(pasted.share).not.toContain('INFO');
    expect(encodedQuery(pasted.share).length).toBeLessThanOrEqual(MAX_LINK_QUERY);
    expect(pasted.reportText.length).toBeLessThanOrEqual(4000);
  });

  it('is empty for a blank box, and shares the whole of a short paste', () => {
    expect(answer('  \n ').result).toBeNull();
    expect(answer(OVERLOADED).share).toBe(OVERLOADED);
  });
});

describe('what the results show', () => {
  it('lists every documented error of a paste that holds two or more, in order, with count and lines', () => {
    const view = viewOf(
      answerWith({
        match: candidate('token-limit-exceeded'),
        candidates: [candidate('token-limit-exceeded')],
        found: [
          { slug: 'engine-overloaded', count: 3, firstLine: 1, lastLine: 3 },
          { slug: 'token-limit-exceeded', count: 1, firstLine: 7, lastLine: 7 },
        ],
      }),
      payload,
      linksUnder('/zh-cn/'),
      tr,
    ) as MatchView;
    expect(view.found).toEqual([
      { slug: 'engine-overloaded', href: '/zh-cn/errors/engine-overloaded/', title: 'Inference Engine Overloaded', detail: '3 times, lines 1–3' },
      { slug: 'token-limit-exceeded', href: '/zh-cn/errors/token-limit-exceeded/', title: 'Token Limit Exceeded', detail: 'once, line 7' },
    ]);
  });

  it('lists nothing for one error, nor before the engine reports `found`', () => {
    const one = answerWith({ match: candidate('engine-overloaded'), found: [{ slug: 'engine-overloaded', count: 2, firstLine: 4, lastLine: 9 }] });
    expect(viewOf(one, payload, links, tr)?.found).toEqual([]);
    const { found: _, ...older } = one.result;
    expect(viewOf({ ...one, result: older as LookupResult }, payload, links, tr)?.found).toEqual([]);
  });

  it('says on a borrowed match that other programs print the same words, and how to tell', () => {
    const view = viewOf(answerWith({ match: candidate('request-canceled', { borrowed: 'context canceled' }) }), payload, links, tr) as MatchView;
    expect(view.borrowed).toContain('Other programs print “context canceled” too.');
    expect(view.borrowed).toContain('api.kimi.com');
    const plain = viewOf(answerWith({ match: candidate('request-canceled') }), payload, links, tr) as MatchView;
    expect(plain.borrowed).toBeNull();
    const { borrowed: _, ...older } = candidate('request-canceled');
    expect((viewOf(answerWith({ match: older as LookupCandidate }), payload, links, tr) as MatchView).borrowed).toBeNull();
  });

  it('is the same data for the same result, wherever the match sits in the paste', () => {
    const at = (start: number) =>
      JSON.stringify(viewOf(answerWith({ match: candidate('engine-overloaded', { excerpt: { start, end: start + 5 } }) }), payload, links, tr));
    expect(at(0)).toBe(at(40));
  });
});
