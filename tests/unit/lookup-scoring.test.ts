import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import type { Signs } from '../../src/lib/catalogue/signs.ts';
import { createPrinterReader, lineOf, surroundings } from '../../src/lib/lookup/context.ts';
import { buildLookupIndex, createLookup } from '../../src/lib/lookup/index.ts';

/** The engine as the page uses it; a bug throws here instead of costing one quiet answer. */
const lookup = createLookup(buildLookupIndex(loadCatalogue()), (error) => {
  throw error;
});

const OVERLOADED_SPLIT = 'The engine is currently overloaded,\nplease try again later';

describe('input that is not text', () => {
  it('is read as no text: nothing matches, nothing is found', () => {
    const none = { match: null, confidence: 0, candidates: [], status: null, found: [] };
    expect(lookup(null as unknown as string)).toEqual(none);
    expect(lookup(undefined as unknown as string)).toEqual(none);
  });
});

describe('a message spread over lines, which no single line holds', () => {
  it('is found on the lines it spans, counted from the lines before it', () => {
    const result = lookup(`\n${OVERLOADED_SPLIT}\n`);
    expect(result.match?.slug).toBe('engine-overloaded');
    expect(result.found).toEqual([{ slug: 'engine-overloaded', count: 1, firstLine: 2, lastLine: 3 }]);
  });

  it('takes its place after the errors found on earlier lines, on the lines it spans', () => {
    const result = lookup(`Access terminated.\nfoo\n${OVERLOADED_SPLIT}\nsee above`);
    expect(result.found).toEqual([
      { slug: 'access-terminated', count: 1, firstLine: 1, lastLine: 1 },
      { slug: 'engine-overloaded', count: 1, firstLine: 3, lastLine: 4 },
    ]);
  });
});

describe('the whole lines of a span', () => {
  const text = 'one\ntwo three\nfour';
  it('runs from the line start before the span to the line end after it', () => {
    expect(lineOf(text, text.indexOf('three'), text.indexOf('three') + 5)).toBe('two three');
    expect(lineOf(text, 0, 2)).toBe('one');
    expect(lineOf(text, text.indexOf('four'), text.length)).toBe('four');
    expect(lineOf(text, 4, 8)).toBe('two three');
    // A span ending its line: the line before the next one is not taken.
    expect(lineOf(text, 2, 3)).toBe('one');
  });
});

describe('the surroundings of a short paste', () => {
  it('are the whole paste when it has at most twice the lines each way and one more', () => {
    const seventeen = Array.from({ length: 17 }, (_, i) => `line${i}`).join('\n');
    // From the first line, a paragraph reaches only eight lines on: the whole paste comes from the rule for short pastes.
    expect(surroundings(seventeen, 0, 5)).toBe(seventeen);
    const eighteen = `${seventeen}\nline17`;
    expect(surroundings(eighteen, 0, 5)).not.toBe(eighteen);
  });

  it('are the whole paste up to 2000 characters, not one more', () => {
    const exact = `${'a'.repeat(996)}\n\n${'b'.repeat(1002)}`;
    expect(exact).toHaveLength(2000);
    expect(surroundings(exact, 0, 5)).toBe(exact);
    const longer = `${exact}c`;
    expect(surroundings(longer, 0, 5)).not.toBe(longer);
  });
});

describe('who printed a text, by signs given as data', () => {
  const signs: Signs = { hosts: ['kimi.example'], kimi: ['kimi-model'], other: ['postgres'], pages: ['nginx'] };
  const printerOf = createPrinterReader(signs);

  it('a web server page around the text is another program; nothing tells: no printer', () => {
    expect(printerOf('502 Bad Gateway nginx', '502 Bad Gateway')).toBe('other');
    expect(printerOf('502 Bad Gateway', '502 Bad Gateway')).toBe(null);
    expect(printerOf('502 Bad Gateway')).toBe(null);
  });

  it('a URL to a host of the service is Kimi, to any other named host another program', () => {
    expect(printerOf('calling https://api.kimi.example/v1')).toBe('kimi');
    expect(printerOf('calling https://api.other.example/v1')).toBe('other');
  });

  it('with no hosts of the service, a URL to any named host is another program', () => {
    const noHosts = createPrinterReader({ hosts: [], kimi: [], other: [], pages: [] });
    expect(noHosts('calling https://api.other.example/v1')).toBe('other');
  });

  it('with no line given, only the surroundings tell', () => {
    const hereIsOther = createPrinterReader({ hosts: [], kimi: [], other: ['here'], pages: [] });
    expect(hereIsOther('nothing to see')).toBe(null);
  });
});
