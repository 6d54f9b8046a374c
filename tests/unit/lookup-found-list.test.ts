import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { buildLookupIndex, createLookup } from '../../src/lib/lookup/index.ts';

/** The found list of a paste of several lines (src/lib/lookup/found.ts): which lines count, and when two lines are one error. */
const lookup = createLookup(buildLookupIndex(loadCatalogue()), (error) => {
  throw error;
});

const TOO_MANY_START = "We're receiving too many requests at the moment. Please wait";
const TOO_MANY_END = 'a moment and try again.';

describe('a line seen before is known by its text, numbers aside', () => {
  it('a line that differs from an earlier one by more than its numbers is read on its own', () => {
    // Without its digits the garbled second line reads "Access terminated.", as the third does;
    // with them it is another line: the third is still read, and counts.
    const paste = ['x Access terminated.', 'Ac1cess ter1mina2ted.', 'Access terminated.'].join('\n');
    expect(lookup(paste).found).toEqual([{ slug: 'access-terminated', count: 2, firstLine: 1, lastLine: 3 }]);
  });
});

describe('a message cut over lines is one error only when nothing else is between its parts', () => {
  it('words after the cut make the next line another error', () => {
    const paste = `${TOO_MANY_START} -- retrying\n${TOO_MANY_END}`;
    expect(lookup(paste).found).toEqual([{ slug: 'too-many-requests', count: 2, firstLine: 1, lastLine: 2 }]);
  });

  it('a blank line between the parts makes them two errors', () => {
    const paste = `${TOO_MANY_START}\n\n${TOO_MANY_END}`;
    expect(lookup(paste).found).toEqual([{ slug: 'too-many-requests', count: 2, firstLine: 1, lastLine: 3 }]);
  });
});

describe("a web server's error page: markup between title and heading, up to 300 characters", () => {
  const request = 'POST https://api.kimi.com/coding/v1/messages';
  const title = '<title>502 Bad Gateway</title>';
  const heading = '<h1>502 Bad Gateway</h1>';
  // Between the two: "</title>", the line break, the filler and "<h1>", 13 characters besides the filler.
  const page = (filler: string) => `${request}\n${title}\n${filler}${heading}`;

  it('exactly 300 characters of markup between them: one error', () => {
    const filler = '<i></i>'.repeat(41);
    expect(13 + filler.length).toBe(300);
    expect(lookup(page(filler)).found).toEqual([{ slug: 'downstream-unavailable', count: 1, firstLine: 2, lastLine: 3 }]);
  });

  it('one character more: two errors', () => {
    const filler = `${'<i></i>'.repeat(41)} `;
    expect(lookup(page(filler)).found).toEqual([{ slug: 'downstream-unavailable', count: 2, firstLine: 2, lastLine: 3 }]);
  });

  it('the same whole message again on the next line, no markup between: two errors', () => {
    expect(lookup('502 Bad Gateway\n502 Bad Gateway').found).toEqual([{ slug: 'downstream-unavailable', count: 2, firstLine: 1, lastLine: 2 }]);
  });
});

describe('a line holding only a quick-lookup phrase is that entry', () => {
  // These phrases share few or none of the words of their entry's messages: only the phrase
  // puts the entry among those a line is scored against.
  it.each([
    ['spider checkUrl failed', 'web-page-read-failed'],
    ['url2text', 'web-page-read-failed'],
    ['bot_id', 'invalid-bot-id'],
  ])('%s', (phrase, slug) => {
    expect(lookup(`starting\n${phrase}\ndone`).found).toEqual([{ slug, count: 1, firstLine: 2, lastLine: 2 }]);
  });
});

describe('borrowed words, judged by their surroundings', () => {
  it('a line of "context canceled" repeated counts each time', () => {
    expect(lookup('context canceled\ncontext canceled').found).toEqual([{ slug: 'request-canceled', count: 2, firstLine: 1, lastLine: 2 }]);
  });
});
