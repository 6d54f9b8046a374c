import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { buildLookupIndex, createLookup } from '../../src/lib/lookup/index.ts';

const lookup = createLookup(buildLookupIndex(loadCatalogue()), (error) => {
  throw error;
});

const OVERLOADED = 'The engine is currently overloaded, please try again later';
const TERMINATED = 'Access terminated.';
const slugs = (paste: string) => lookup(paste).found.map((f) => f.slug);

describe('found list: order and counts', () => {
  it('two errors on one line are listed in the order the line gives them', () => {
    expect(slugs(`{"first":"${TERMINATED}","then":"${OVERLOADED}"}`)).toEqual(['access-terminated', 'engine-overloaded']);
    expect(slugs(`{"first":"${OVERLOADED}","then":"${TERMINATED}"}`)).toEqual(['engine-overloaded', 'access-terminated']);
  });

  it('retries that differ only in their numbers each count', () => {
    const paste = ['10:00:01 ERROR Error code: 403 - Access terminated.', '10:00:02 ERROR Error code: 403 - Access terminated.', '10:00:03 ERROR Error code: 403 - Access terminated.'].join('\n');
    expect(lookup(paste).found).toEqual([{ slug: 'access-terminated', count: 3, firstLine: 1, lastLine: 3 }]);
  });

  it('a message a terminal wrapped onto the next line is one error', () => {
    expect(lookup('The engine is currently overloaded, please\ntry again later').found).toEqual([{ slug: 'engine-overloaded', count: 1, firstLine: 1, lastLine: 2 }]);
  });

  it('with a line of chatter after the cut, only the first part of a message is found', () => {
    expect(lookup('The engine is currently overloaded, please\nretrying now\ntry again later').found).toEqual([{ slug: 'engine-overloaded', count: 1, firstLine: 1, lastLine: 1 }]);
  });

  it('the same message on consecutive lines is two', () => {
    expect(lookup(`${OVERLOADED}\n${OVERLOADED}`).found).toEqual([{ slug: 'engine-overloaded', count: 2, firstLine: 1, lastLine: 2 }]);
  });

  it('a web error page that says it in its title and heading is one error', () => {
    const page = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
    expect(lookup(`POST https://api.kimi.com/coding/v1/messages\n${page}`).found).toEqual([{ slug: 'downstream-unavailable', count: 1, firstLine: 2, lastLine: 2 }]);
  });

  it('a quick-lookup phrase alone on a line is found', () => {
    expect(lookup('hello\nunable to verify your membership benefits\nbye').found).toEqual([{ slug: 'membership-unverified', count: 1, firstLine: 2, lastLine: 2 }]);
  });

  it('in a log, two errors on one line are listed in the order the line gives them', () => {
    expect(slugs(`starting\n{"first":"${TERMINATED}","then":"${OVERLOADED}"}`)).toEqual(['access-terminated', 'engine-overloaded']);
  });

  it('a wrapped message before the error that stopped the run is one error, found on its first line', () => {
    // Not the match, so only the found list places it: the cut-off tail alone is no error of its own.
    expect(lookup(`The engine is currently overloaded, please\ntry again later\n${TERMINATED}`).found).toEqual([
      { slug: 'engine-overloaded', count: 1, firstLine: 1, lastLine: 1 },
      { slug: 'access-terminated', count: 1, firstLine: 3, lastLine: 3 },
    ]);
  });

  it('the same message on consecutive lines before the match is two', () => {
    expect(lookup(`${OVERLOADED}\n${OVERLOADED}\n${TERMINATED}`).found[0]).toEqual({ slug: 'engine-overloaded', count: 2, firstLine: 1, lastLine: 2 });
  });

  it('a line with no documented error adds nothing', () => {
    expect(lookup('npm ERR! code ELIFECYCLE\nnpm ERR! errno 1').found).toEqual([]);
  });
});
