import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import type { Alignment } from '../../src/lib/lookup/align.ts';
import { matches, phraseOf, rank, read, type Scored } from '../../src/lib/lookup/candidates.ts';
import { buildLookupIndex, createLookup } from '../../src/lib/lookup/index.ts';
import { prepare, type PreparedMessage } from '../../src/lib/lookup/prepare.ts';
import { ACCEPT, confidence, SIGNED_FLOOR } from '../../src/lib/lookup/rank.ts';

const index = buildLookupIndex(loadCatalogue());
const lookup = createLookup(index, (error) => {
  throw error;
});
const prep = prepare(index);

/** A scored message of entry `entry` covering paste words `first` to `last`; `whole`: every template word found, nothing between. */
const scored = (entry: number, score: number, [first, last]: [number, number], whole = true): Scored => ({
  message: { entry } as PreparedMessage,
  score,
  alignment: { first, last } as Alignment,
  whole,
  borrowed: false,
  excerpt: { start: first, end: last },
});
const entriesOf = (list: Scored[]) => list.map((f) => f.message.entry);

describe('ranking: the last whole message of a log comes first', () => {
  it('puts a later whole message before an earlier one that scores more', () => {
    expect(entriesOf(rank([scored(0, 0.9, [0, 2]), scored(1, 0.8, [5, 7])]).ranked)).toEqual([1, 0]);
  });

  it('counts a whole message scoring exactly the acceptance score', () => {
    expect(entriesOf(rank([scored(0, 0.9, [0, 2]), scored(1, ACCEPT, [5, 7])]).ranked)).toEqual([1, 0]);
  });

  it('does not count a later message that is not whole, however well it scores', () => {
    expect(entriesOf(rank([scored(0, 0.9, [0, 2]), scored(1, 0.8, [5, 7], false)]).ranked)).toEqual([0, 1]);
  });

  it('does not count later whole messages below the acceptance score', () => {
    expect(entriesOf(rank([scored(0, 0.9, [0, 2]), scored(1, 0.3, [5, 7])]).ranked)).toEqual([0, 1]);
    // Neither is a match: their order stays the score's.
    expect(entriesOf(rank([scored(0, 0.4, [0, 2]), scored(1, 0.3, [5, 7])]).ranked)).toEqual([0, 1]);
  });

  it('keeps the best first when a whole message before it scores less', () => {
    expect(entriesOf(rank([scored(0, 0.9, [5, 7]), scored(1, 0.8, [0, 2])]).ranked)).toEqual([0, 1]);
  });

  it('does not take a whole message sharing a word with the best for a later one', () => {
    expect(entriesOf(rank([scored(0, 0.9, [0, 3]), scored(1, 0.8, [3, 5])]).ranked)).toEqual([0, 1]);
  });

  it('follows the chain of whole messages to the last one', () => {
    const ranked = rank([scored(0, 0.9, [0, 2]), scored(1, 0.8, [10, 12]), scored(2, 0.7, [5, 7])]).ranked;
    expect(entriesOf(ranked)[0]).toBe(1);
  });

  it('moves nothing when the best is not a whole message', () => {
    expect(entriesOf(rank([scored(0, 0.9, [0, 2], false), scored(1, 0.8, [5, 7])]).ranked)).toEqual([0, 1]);
  });
});

describe('ranking: the entry found on the latest line comes first when it is a match', () => {
  it('puts the latest line’s entry first when it scores the acceptance score', () => {
    expect(entriesOf(rank([scored(0, 0.9, [0, 2], false), scored(1, ACCEPT, [5, 7], false)], 1).ranked)).toEqual([1, 0]);
  });

  it('leaves it in its place when it scores below', () => {
    expect(entriesOf(rank([scored(0, 0.9, [0, 2], false), scored(1, 0.3, [5, 7], false)], 1).ranked)).toEqual([0, 1]);
  });
});

describe('ranking: a runner-up on the same words lowers the confidence', () => {
  it('counts a runner-up that shares the best’s last word as a rival', () => {
    expect(rank([scored(0, 0.9, [0, 3], false), scored(1, 0.8, [3, 5], false)]).confidence).toBe(confidence(0.9, 0.8));
  });

  it('counts a runner-up that shares the best’s first word as a rival', () => {
    expect(rank([scored(0, 0.9, [3, 5], false), scored(1, 0.8, [0, 3], false)]).confidence).toBe(confidence(0.9, 0.8));
  });

  it('takes nothing from the best for a runner-up elsewhere in the paste', () => {
    expect(rank([scored(0, 0.9, [0, 2], false), scored(1, 0.8, [3, 5], false)]).confidence).toBe(confidence(0.9, 0));
  });
});

describe('matches: the best when accepted, and other whole messages elsewhere', () => {
  it('accepts the best at exactly the acceptance confidence, and refuses it below', () => {
    expect(entriesOf(matches([scored(0, 0.9, [0, 2], false)], ACCEPT))).toEqual([0]);
    expect(entriesOf(matches([scored(0, 0.9, [0, 2], false)], ACCEPT - 0.01))).toEqual([]);
  });

  it('adds another whole message scoring exactly the acceptance score', () => {
    expect(entriesOf(matches([scored(0, 0.9, [0, 2]), scored(1, ACCEPT, [5, 7])], 0.9))).toEqual([0, 1]);
  });

  it('does not add another message that scores below, or is not whole', () => {
    expect(entriesOf(matches([scored(0, 0.9, [0, 2]), scored(1, 0.4, [5, 7]), scored(2, 0.8, [9, 11], false)], 0.9))).toEqual([0]);
  });

  it('does not add a whole message on the same words as one already counted', () => {
    expect(entriesOf(matches([scored(0, 0.9, [0, 3]), scored(1, 0.8, [2, 5])], 0.9))).toEqual([0]);
  });
});

describe('the excerpt of a match', () => {
  it('ends after the last percent-escape of a character the paste spelt in several', () => {
    // 因违反 is written as nine escapes; the excerpt must reach the end of the last, not stop at its first.
    const paste = 'msg=%E5%9B%A0%E8%BF%9D%E5%8F%8D%20ok%3A%22x%22';
    expect(lookup(paste).match?.excerpt).toEqual({ start: 4, end: 34 });
  });
});

describe('which message of an entry answers', () => {
  it('the message whose words the paste holds, over a longer one that shares one word', () => {
    expect(lookup('i/o timeout').match?.messageId).toBe('io-timeout');
    expect(lookup('Post "https://api.kimi.com/coding/v1/chat/completions": context canceled').match).toMatchObject({ messageId: 'context-canceled', excerpt: { start: 56, end: 72 } });
  });

  it('of two messages of one entry scoring alike, the first in the catalogue', () => {
    expect(lookup('unauthenticated: failed_precondition').match?.messageId).toBe('account-disabled');
  });
});

describe('letter case', () => {
  it('a message retyped in capitals is a weaker match than one in the server’s case', () => {
    const shouted = lookup('ERROR 401: INVALID AUTHENTICATION (HTTPS://API.KIMI.COM/CODING/V1/MESSAGES)').match;
    const copied = lookup('ERROR 401: Invalid Authentication (https://api.kimi.com/coding/v1/messages)').match;
    expect(shouted?.slug).toBe('invalid-authentication');
    expect(copied?.slug).toBe('invalid-authentication');
    expect(shouted!.score).toBeLessThan(copied!.score);
  });
});

describe('text other programs print too', () => {
  it('is no match when a word around it is not a status code', () => {
    // "Error:" is someone's or some program's prefix: nothing says the Kimi service sent it.
    expect(lookup('Error: unexpected EOF').match).toBeNull();
  });

  it('is a full match pasted alone, as the table says to', () => {
    // No other entry's borrowed text holds both "bad" and "connection": the paste can only mean this one.
    const { match } = lookup('driver: bad connection');
    expect(match).toMatchObject({ slug: 'internal-connection-error', messageId: 'bad-connection' });
    expect(match!.score).toBeGreaterThanOrEqual(SIGNED_FLOOR);
  });
});

describe('quick-lookup phrases', () => {
  /** The entries whose quick-lookup phrase the paste is or quotes, by slug, each with the phrase's length in words. */
  const phrasesIn = (text: string) => {
    const reading = read(prep, text, [{ start: 0, end: text.length }]);
    return Object.fromEntries([...phraseOf(prep, reading, [0, reading.paste.tokens.length])].map(([e, words]) => [prep.entries[e].slug, words]));
  };
  const PHRASE = 'The engine is currently overloaded';

  it('finds the phrase that is the whole paste, and nothing in other text', () => {
    expect(phrasesIn(PHRASE)).toEqual({ 'engine-overloaded': 5 });
    expect(phrasesIn('kimi says hello')).toEqual({});
  });

  it('finds a phrase quoted at the very start or the very end of a sentence', () => {
    expect(phrasesIn(`"${PHRASE}" says kimi`)).toEqual({ 'engine-overloaded': 5 });
    expect(phrasesIn(`kimi says "${PHRASE}"`)).toEqual({ 'engine-overloaded': 5 });
  });

  it('does not take the start of a longer quotation for the phrase', () => {
    expect(phrasesIn(`kimi says "${PHRASE}, please retry" now`)).toEqual({});
  });

  it('reads a paste of up to 120 characters as a phrase, not a longer one', () => {
    // The same five words, spread by spaces over 120 and then 121 characters.
    const spread = (spaces: number) => `The engine is currently${' '.repeat(spaces)}overloaded`;
    expect(spread(87)).toHaveLength(120);
    expect(phrasesIn(spread(87))).toEqual({ 'engine-overloaded': 5 });
    expect(phrasesIn(spread(88))).toEqual({});
  });
});

describe('reading regions of the input', () => {
  it('joins the regions by line breaks and maps each character, and the end, to its place in the input', () => {
    const input = 'Access terminated. ### The engine is overloaded';
    const { norm } = read(prep, input, [
      { start: 0, end: 18 },
      { start: 23, end: input.length },
    ]);
    // A region's last word must not run into the next region's first.
    expect(norm.text).toBe('Access terminated.\nThe engine is overloaded\n');
    expect(norm.from[norm.text.indexOf('The')]).toBe(23);
    // The end of the text maps to the end of the input, so an excerpt can end there.
    expect(norm.from[norm.text.length]).toBe(input.length);
  });
});
