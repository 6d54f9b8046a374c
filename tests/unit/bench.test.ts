import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/lib/catalogue/check.ts';
import { errorEntrySchema } from '../../src/lib/catalogue/schema.ts';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import type { LookupResult } from '../../src/lib/lookup/index.ts';
import { caseFilePaths, readCaseFile } from '../../scripts/bench/cases.ts';
import { scoreCases } from '../../scripts/bench/score.ts';
import { syntheticCatalogue } from '../../scripts/bench/synthetic.ts';
import { accuracyTarget } from '../../scripts/bench/targets.ts';
import { longestTasks } from '../../scripts/bench/trace.ts';

const scratch = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('case files', () => {
  it('lists .jsonl files in natural order', () => {
    for (const name of ['holdout-10.jsonl', 'holdout-2.jsonl', 'holdout.jsonl', 'notes.txt', 'tuning.jsonl']) writeFileSync(join(scratch, name), '');
    expect(caseFilePaths(scratch).map((path) => basename(path))).toEqual(['holdout.jsonl', 'holdout-2.jsonl', 'holdout-10.jsonl', 'tuning.jsonl']);
  });

  it('reads cases, marks held-out sets, and names the line of a bad case', () => {
    const good = join(scratch, 'holdout-9.jsonl');
    writeFileSync(good, '{"text":"a","expect":"x"}\n\n{"text":"b","expect":null,"found":["x","y"]}\n');
    expect(readCaseFile(good)).toEqual({
      name: good,
      heldOut: true,
      cases: [
        { text: 'a', expect: 'x' },
        { text: 'b', expect: null, found: ['x', 'y'] },
      ],
    });
    const bad = join(scratch, 'mine.jsonl');
    writeFileSync(bad, '{"text":"a","expect":null}\n{"text":"b","expect":3}\n');
    expect(() => readCaseFile(bad)).toThrow(`${bad}:2: "expect" must be a slug or null`);
    writeFileSync(bad, '{"text":"a","expect":null,"found":"x"}\n');
    expect(() => readCaseFile(bad)).toThrow('"found" must be a list of slugs');
    writeFileSync(bad, 'nope\n');
    expect(() => readCaseFile(bad)).toThrow(`${bad}:1: not JSON`);
  });

  it('names the project\'s own files from the project root', () => {
    const [first] = caseFilePaths();
    expect(readCaseFile(first!).name).toMatch(/^tests\/lookup-cases\/[\w-]+\.jsonl$/);
  });
});

describe('scoreCases', () => {
  const candidate = (slug: string) => ({ slug, score: 0.5, messageId: null, captures: [], excerpt: null, borrowed: null });
  const found = (slug: string) => ({ slug, count: 1, firstLine: 1, lastLine: 1 });
  const answers: Record<string, Partial<LookupResult>> = {
    hit: { match: candidate('a'), candidates: [candidate('a'), candidate('b')] },
    third: { match: candidate('b'), candidates: [candidate('b'), candidate('c'), candidate('a'), candidate('d')] },
    fourth: { match: null, candidates: [candidate('b'), candidate('c'), candidate('d'), candidate('a')] },
    quiet: { match: null, candidates: [candidate('a')] },
    loud: { match: candidate('a'), candidates: [candidate('a')] },
    log: { match: candidate('a'), candidates: [candidate('a')], found: [found('a'), found('b')] },
    reversed: { match: candidate('a'), candidates: [candidate('a')], found: [found('b'), found('a')] },
  };
  const lookup = (text: string) => ({ confidence: 0.9, status: null, match: null, candidates: [], ...answers[text] }) as LookupResult;

  it('counts top-1, top-3 and rejections', () => {
    const score = scoreCases(lookup, [
      { text: 'hit', expect: 'a' },
      { text: 'third', expect: 'a' },
      { text: 'fourth', expect: 'a' },
      { text: 'quiet', expect: null },
      { text: 'loud', expect: null },
    ]);
    expect(score).toMatchObject({ cases: 5, positives: 3, hits: 1, top3: 2, negatives: 2, rejected: 1, foundCases: 0, foundUnanswered: 0 });
    expect(score.outcomes.map((o) => o.right)).toEqual([true, false, false, true, false]);
  });

  it('checks a whole log\'s errors exactly and in order, and counts results without them apart', () => {
    const score = scoreCases(lookup, [
      { text: 'log', expect: 'a', found: ['a', 'b'] },
      { text: 'reversed', expect: 'a', found: ['a', 'b'] },
      { text: 'log', expect: 'a', found: ['a'] },
      { text: 'hit', expect: 'a', found: ['a'] },
    ]);
    expect(score.outcomes.map((o) => o.found)).toEqual([true, false, false, null]);
    expect(score).toMatchObject({ foundCases: 3, foundRight: 1, foundUnanswered: 1 });
  });
});

describe('syntheticCatalogue', () => {
  const real = loadCatalogue();
  const large = syntheticCatalogue(real, 50);

  it('is the real catalogue followed by 49 varied copies that pass the catalogue\'s own rules', () => {
    expect(large).toHaveLength(real.length * 50);
    expect(large.slice(0, real.length)).toEqual(real);
    expect(large.at(-1)!.slug).toBe(`${real.at(-1)!.slug}-49`);
    expect(checkCatalogue(large)).toEqual([]);
    for (const { slug: _slug, file: _file, body: _body, translations: _translations, ...data } of large) expect(errorEntrySchema.safeParse(data).error).toBeUndefined();
  });

  it('keeps titles and templates unique up to case, spacing and a trailing dot', () => {
    const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    const titles = large.map((e) => key(e.title));
    const templates = large.flatMap((e) => e.messages.map((m) => key(m.template)));
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(templates).size).toBe(templates.length);
  });

  it('is the same on every run', () => {
    expect(syntheticCatalogue(real, 3)).toEqual(syntheticCatalogue(real, 3));
  });
});

describe('accuracyTarget', () => {
  it('asks more of held-out sets from holdout-7 on', () => {
    expect(accuracyTarget('tests/lookup-cases/holdout-6.jsonl')).toEqual({ top1: 0.98, rejected: 0.95 });
    expect(accuracyTarget('tests/lookup-cases/holdout.jsonl')).toEqual({ top1: 0.98, rejected: 0.95 });
    expect(accuracyTarget('tests/lookup-cases/holdout-7.jsonl')).toEqual({ top1: 0.99, rejected: 0.98, top3: 1 });
    expect(accuracyTarget('tests/lookup-cases/holdout-zh-2.jsonl')).toEqual({ top1: 0.99, rejected: 0.98, top3: 1 });
    expect(accuracyTarget('tests/lookup-cases/holdout-12.jsonl')).toEqual({ top1: 0.99, rejected: 0.98, top3: 1 });
  });
});

describe('longestTasks', () => {
  const main = { pid: 1, tid: 2 };
  const trace = (events: object[]) => Buffer.from(JSON.stringify({ traceEvents: events }));
  const events = [
    { name: 'thread_name', ph: 'M', ts: 0, ...main, args: { name: 'CrRendererMain' } },
    { name: 'a', ph: 'R', ts: 100, ...main },
    { name: 'b', ph: 'R', ts: 1000, ...main },
    { name: 'RunTask', ph: 'X', ts: 10, dur: 50, ...main }, // ends before the first mark: no step's
    { name: 'RunTask', ph: 'X', ts: 90, dur: 300, ...main }, // holds mark a
    { name: 'Layout', ph: 'X', ts: 100, dur: 250, ...main },
    { name: 'RunTask', ph: 'X', ts: 500, dur: 100, ...main },
    { name: 'RunTask', ph: 'X', ts: 990, dur: 2000, ...main }, // holds mark b
    { name: 'RunTask', ph: 'X', ts: 3000, dur: 5000, pid: 9, tid: 9 }, // another thread
  ];

  it('gives each mark the longest main-thread task that ends after it and before the next', () => {
    expect(longestTasks(trace(events), ['a', 'b'])).toEqual({
      a: { ms: 0.3, inside: 'Layout 0 ms' },
      b: { ms: 2, inside: '' },
    });
  });

  it('is null when a mark is missing', () => {
    expect(longestTasks(trace(events), ['a', 'c'])).toBeNull();
  });
});
