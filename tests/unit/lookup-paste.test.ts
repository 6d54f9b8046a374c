import { describe, expect, it } from 'vitest';
import { buildLookupIndex } from '../../src/lib/lookup/index.ts';
import { edge, readPaste } from '../../src/lib/lookup/paste.ts';
import { prepare } from '../../src/lib/lookup/prepare.ts';
import { makeEntry } from './make-entry.ts';

// A small catalogue whose words each case relies on.
const prep = prepare(
  buildLookupIndex([
    makeEntry('engine-overloaded', {
      messages: [
        {
          id: 'overloaded',
          template: 'The engine is currently overloaded, please try again later',
        },
      ],
    }),
    makeEntry('request-too-large', {
      messages: [
        {
          id: 'too-large',
          template: 'Request body exceeds limit 2097152 bytes',
        },
      ],
    }),
    makeEntry('gateway-timeout', {
      messages: [{ id: 'timeout', template: 'Gateway Timeout' }],
    }),
    makeEntry('rate-limited', {
      messages: [
        {
          id: 'rate',
          template: 'Rate limit reached: see the ratelimit header',
        },
      ],
    }),
    makeEntry('billing-suspended', {
      messages: [{ id: 'billing', template: 'Billing account suspended' }],
    }),
    makeEntry('model-unavailable', {
      messages: [
        {
          id: 'model',
          template: 'Model gpt4o-v2beta is not available, no food for élés',
        },
      ],
    }),
  ]),
);

const read = (text: string) => readPaste(text, prep);
const wordsOf = (text: string) => read(text).words;

describe('readPaste: look-alike characters of a screenshot read as the catalogue word', () => {
  it('a word of mostly digits reads its letters as digits', () => {
    expect(wordsOf('exceeds limit 2o97l52')).toEqual(['exceeds', 'limit', '2097152']);
    expect(read('exceeds limit 2o97l52').sims[2]).toBe(0.9);
  });

  it('a word of mostly letters reads its digits as letters', () => {
    expect(wordsOf('bi11ing overl0aded su5pended')).toEqual(['billing', 'overloaded', 'suspended']);
  });

  it('half digits, half letters reads as letters', () => {
    expect(wordsOf('no f00d')).toEqual(['no', 'food']);
  });

  it('only Latin letters are confused with digits', () => {
    // "é1é5" would read as the catalogue word "élés" if its digits were taken for letters.
    expect(wordsOf('for é1é5')).toEqual(['for', 'é1é5']);
  });

  it('a word with a digit that look-alikes do not explain is an id, not a misspelling', () => {
    // One letter from "overloaded", but ids and numbers differ rather than being misspelt.
    expect(wordsOf('engine overloaded9 now')).toEqual(['engine', 'overloaded9', 'now']);
  });

  it('a word that reads as no catalogue word stays as pasted', () => {
    const p = read('the abc1 engine');
    expect(p.words).toEqual(['the', 'abc1', 'engine']);
    expect(p.sims).toEqual([1, 1, 1]);
  });
});

describe('readPaste: words split by a line break or a hyphen', () => {
  it('a word a terminal wrapped onto the next line is one word', () => {
    expect(wordsOf('currently over\nloaded')).toEqual(['currently', 'overloaded']);
  });

  it('a line that goes on after more than a line break and a space is no wrapped word', () => {
    expect(wordsOf('currently over\n   loaded')).toEqual(['currently', 'over', 'loaded']);
  });

  it('two words apart on one line stay two', () => {
    expect(wordsOf('gateway time out')).toEqual(['gateway', 'time', 'out']);
  });

  it('a hyphenated word is one catalogue word', () => {
    expect(wordsOf('gateway time-out')).toEqual(['gateway', 'timeout']);
  });

  it('a hyphen followed by a space joins nothing', () => {
    expect(wordsOf('gateway time- out')).toEqual(['gateway', 'time', 'out']);
  });

  it('two catalogue words joined by a hyphen stay two', () => {
    expect(wordsOf('rate-limit reached')).toEqual(['rate', 'limit', 'reached']);
  });
});

describe('readPaste: whether a joined word is part of a name or path', () => {
  const gluedOf = (text: string) => read(text).tokens.map((t) => [t.w, t.glued]);

  it('a hyphen that joined the word glues nothing', () => {
    expect(gluedOf('gateway time-out here')).toEqual([
      ['gateway', false],
      ['timeout', false],
      ['here', false],
    ]);
  });

  it('a hyphenated word is glued when a glue character comes before it', () => {
    expect(gluedOf('path/time-out here')).toContainEqual(['timeout', true]);
  });

  it('a hyphenated word is glued when a glue character comes after it', () => {
    expect(gluedOf('see time-out/path')).toContainEqual(['timeout', true]);
  });

  it('a wrapped word is glued when its first part was', () => {
    expect(gluedOf('see api.kimi.com/over\nloaded')).toContainEqual(['overloaded', true]);
  });

  it('a wrapped word is not glued when neither part was, whatever punctuation ends it', () => {
    expect(gluedOf('currently over\nloaded.')).toEqual([
      ['currently', false],
      ['overloaded', false],
    ]);
  });
});

describe('readPaste: a paste cut in the middle of a word', () => {
  it('its last word stands for each catalogue word it begins, surer the more letters it kept', () => {
    const p = read('the engine is currently ove');
    expect(p.at.get('overloaded')).toEqual([4]);
    expect(p.sims[4]).toBe(0.75);
  });

  it('a word in the middle is not taken for a cut-off one', () => {
    expect(read('the ove engine').at.get('overloaded')).toBeUndefined();
  });

  it('a single letter at the end stands for no catalogue word', () => {
    expect(read('the engine o').at.get('overloaded')).toBeUndefined();
  });

  it('a cut-off word is read only when it is all letters', () => {
    // "v2be" begins the catalogue word "v2beta" and "gpt4" begins "gpt4o": neither is all letters.
    expect(read('model v2be').at.get('v2beta')).toBeUndefined();
    expect(read('model gpt4').at.get('gpt4o')).toBeUndefined();
  });
});

describe('readPaste: positions and misspellings are bounded', () => {
  it('records at most 200 positions of a word', () => {
    const p = read(Array(201).fill('engine').join(' '));
    expect(p.at.get('engine')).toHaveLength(200);
    expect(p.words).toHaveLength(201);
  });

  it('looks up at most 64 distinct misspellings', () => {
    // 65 distinct misspellings of "suspended", each one letter off.
    const letters = 'abcfghijkmoqtvwxyz';
    const typos = [...Array(65)].map((_, i) => {
      const at = 1 + (i % 7);
      return `suspended`.slice(0, at) + letters[Math.floor(i / 7)] + `suspended`.slice(at + 1);
    });
    expect(new Set(typos).size).toBe(65);
    const words = wordsOf(typos.join(' '));
    expect(words.slice(0, 64)).toEqual(Array(64).fill('suspended'));
    expect(words[64]).toBe(typos[64]);
  });
});

describe('edge: the words up to the edge of a line, and what they cost', () => {
  it('counts words, not bare numbers, up to the line break', () => {
    const p = read('body exceeds limit 2097152 bytes\nnext');
    expect(edge(p, 0, 1)[0]).toBe(3);
  });

  it('costs only the words up to the nearest clause boundary', () => {
    const p = read('engine overloaded, please try');
    const [words, cost] = edge(p, 0, 1);
    expect(words).toBe(3);
    expect(cost).toBe(p.costs[1]);
  });

  it('costs at most twelve words away', () => {
    const p = read(Array(15).fill('engine').join(' '));
    expect(edge(p, 0, 1)[1]).toBeCloseTo(12 * p.costs[1]);
  });

  it('stops at a change of script unless the paste is prose', () => {
    const p = read('engine overloaded 请稍后再试');
    expect(edge(p, 0, 1)[0]).toBe(1);
    expect(edge(p, 0, 1, true)[0]).toBeGreaterThan(1);
  });
});
