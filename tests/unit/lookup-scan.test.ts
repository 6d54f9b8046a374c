import { describe, expect, it } from 'vitest';
import { readable, scan, selectRegions, type Line } from '../../src/lib/lookup/scan.ts';

// Hand-set weights keep each case's arithmetic visible: a line needs 0.6 in distinct words.
const WEIGHTS = new Map([
  ['alpha', 0.6],
  ['beta', 0.3],
  ['gamma', 0.7],
  ['delta', 0.8],
  ['omega', 1],
]);

const line = (start: number, end: number, number: number, weight: number): Line => ({ start, end, number, weight });

describe('scan: which lines may hold an error', () => {
  it('keeps lines whose distinct catalogue words weigh 0.6 or more, with their spans and numbers', () => {
    const text = 'beta here\nalpha\nnothing\nbeta gamma';
    expect(scan(text, WEIGHTS).lines).toEqual([line(10, 15, 2, 0.6), line(24, 34, 4, 1)]);
  });

  it('counts a word once a line: a repeated light word does not make the line telling', () => {
    expect(scan('beta beta beta\nbeta', WEIGHTS).lines).toEqual([]);
  });

  it('ignores words the catalogue does not know', () => {
    expect(scan('zeta eta theta iota', WEIGHTS).lines).toEqual([]);
  });

  it('the last line, without a newline after it, ends at the end of the text', () => {
    const text = 'x\nalpha';
    expect(scan(text, WEIGHTS).lines).toEqual([line(2, 7, 2, 0.6)]);
  });

  it('a very long line is read in windows; a word starting right at a window edge belongs to the next window', () => {
    // 4000 spaces: "alpha" starts exactly where the second window starts.
    const text = `${' '.repeat(4000)}alpha`;
    expect(scan(text, WEIGHTS).lines).toEqual([line(4000, 4005, 1, 0.6)]);
  });

  it('keeps at most 200000 lines however long the log', () => {
    const lines = scan('alpha\n'.repeat(200_001), WEIGHTS).lines;
    expect(lines).toHaveLength(200_000);
    expect(lines.at(-1)!.number).toBe(200_000);
  });
});

describe('scan: the most telling lines', () => {
  it('lists them heaviest first, the later first on a tie', () => {
    const text = ['alpha', 'omega', 'gamma', 'alpha', 'delta'].join('\n');
    expect(scan(text, WEIGHTS).telling.map((l) => l.number)).toEqual([2, 5, 3, 4, 1]);
  });

  it('a lighter seventh line does not push out any of the six', () => {
    const text = ['omega', 'omega', 'omega', 'omega', 'omega', 'omega', 'alpha'].join('\n');
    expect(scan(text, WEIGHTS).telling.map((l) => l.number)).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('a heavier seventh line takes the place of the lightest', () => {
    const text = ['alpha', 'alpha', 'alpha', 'alpha', 'alpha', 'alpha', 'omega'].join('\n');
    expect(scan(text, WEIGHTS).telling.map((l) => l.number)).toEqual([7, 6, 5, 4, 3, 2]);
  });

  it('on a tie the later line takes the place of the earlier: in a log the last error stopped the run', () => {
    const text = Array(8).fill('alpha').join('\n');
    expect(scan(text, WEIGHTS).telling.map((l) => l.number)).toEqual([8, 7, 6, 5, 4, 3]);
  });
});

describe('selectRegions: what is read of a long log for its answer', () => {
  /** `count` lines of `width` filler characters each (no catalogue words), joined by newlines. */
  const filler = (count: number, width = 99) => Array(count).fill('.'.repeat(width)).join('\n');
  const regionsOf = (text: string) => selectRegions(text, scan(text, WEIGHTS));
  const texts = (text: string) => regionsOf(text).map((r) => text.slice(r.start, r.end));

  it('reads whole lines up to 500 characters around a telling line', () => {
    // Ten lines of 100 characters (newline included) before and after.
    const text = `${filler(10)}\nomega\n${filler(10)}`;
    const regions = regionsOf(text);
    const start = text.indexOf('omega');
    // 500 characters back end in the middle of a line: the region starts at the next whole line.
    expect(regions).toEqual([{ start: start - 500 + 100, end: start + 5 + 400 }]);
    expect(text.slice(regions[0].start - 1, regions[0].start)).toBe('\n');
    expect(text[regions[0].end]).toBe('\n');
  });

  it('near the start of the text, reads from the very first character', () => {
    const text = `ab\ncd\nomega\n${filler(20)}`;
    expect(regionsOf(text)[0].start).toBe(0);
  });

  it('near the end of the text, reads to the very last character', () => {
    const text = `${filler(20)}\nomega\nab\ncd`;
    expect(regionsOf(text).at(-1)!.end).toBe(text.length);
  });

  it('reads the telling lines and the last line that may hold an error, not the other ones', () => {
    // Lines 1..7 are telling (omega); line 9 is lighter but the last candidate. Line 8 (alpha) is neither.
    const parts = [...Array(7).fill('omega'), 'alpha', 'gamma'];
    const text = parts.map((p) => `${filler(6)}\n${p}\n${filler(6)}`).join('\n');
    const read = texts(text).join('|');
    expect(read.match(/omega/g)).toHaveLength(6);
    expect(read).toContain('gamma');
    expect(read).not.toContain('alpha');
  });

  it('lists the regions in text order', () => {
    const text = [`${filler(8)}\nalpha`, `${filler(8)}\nomega`, `${filler(8)}\ngamma\n${filler(8)}`].join('\n');
    const regions = regionsOf(text);
    expect(regions).toHaveLength(3);
    expect(regions.map((r) => text.slice(r.start, r.end).match(/alpha|omega|gamma/)![0])).toEqual(['alpha', 'omega', 'gamma']);
  });

  it('merges regions that overlap into one reaching the further end', () => {
    const text = `${filler(8)}\nomega\n${filler(2)}\nalpha\n${filler(8)}`;
    const regions = regionsOf(text);
    expect(regions).toHaveLength(1);
    expect(regions[0].end).toBe(text.indexOf('alpha') + 5 + 400);
  });

  it('merges regions that only touch', () => {
    // The first region ends on the empty line's newline, right where the second starts.
    const first = `${'.'.repeat(600)} omega`;
    const second = `omega ${'.'.repeat(600)}`;
    const text = `${first}\n\n${second}`;
    expect(regionsOf(text)).toEqual([{ start: 0, end: text.length }]);
  });
});

describe('readable: the lines read for all errors of a long log', () => {
  /** Lines of the given lengths, laid end to end with a newline after each. */
  const linesOf = (...lengths: number[]) => {
    let start = 0;
    return lengths.map((length, i) => line(start, (start += length + 1) - 1, i + 1, 1));
  };

  it('reads every line while they total 300000 characters, newlines included', () => {
    expect(readable(linesOf(99_999, 99_999, 99_999))).toHaveLength(3);
  });

  it('stops before the line that would go past 300000', () => {
    expect(readable(linesOf(99_999, 99_999, 99_999, 0)).map((l) => l.number)).toEqual([1, 2, 3]);
  });

  it('reads nothing when the first line alone is longer', () => {
    expect(readable(linesOf(400_000, 10))).toEqual([]);
  });
});
