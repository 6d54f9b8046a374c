import { describe, expect, it } from 'vitest';
import { align } from '../../src/lib/lookup/align.ts';
import { readPaste } from '../../src/lib/lookup/paste.ts';
import { buildLookupIndex, prepare } from '../../src/lib/lookup/prepare.ts';

// Each template has words no other has, so every template word weighs exactly 1 and so does each
// paste word that is one of them, or an unknown word: the sums compared below are exact, and
// ties are real ties.
const TEMPLATES = {
  repeated: 'alpha beta gamma',
  placeholder: 'sierra tango {value} uniform',
  wrapped: 'victor whiskey {value} xray',
  choices: 'hotel india juliet {value} kilo',
  twice: 'lima mike {value} mike november',
  bridge: 'oscar papa',
};
const prep = prepare(
  buildLookupIndex(Object.entries(TEMPLATES).map(([slug, template]) => ({ slug, title: slug, status: 400, messages: [{ id: slug, template }], keywords: [] }))),
);

/** Where `template`'s words are found in `text`: the paste positions, and which template words they are. */
function found(template: keyof typeof TEMPLATES, text: string) {
  const a = align(prep.messages.find((m) => m.id === template)!, readPaste(text, prep))!;
  return { positions: a.positions, idx: a.idx };
}

describe('a template word the paste repeats', () => {
  it('aligns at its first copy where both lead equally far, and the match goes on past the second', () => {
    // "beta" twice: both copies give "gamma" the same chain value; the longer match (three words
    // found, one paste word between) beats the two-word one of equal score.
    expect(found('repeated', 'alpha beta beta gamma')).toEqual({ positions: [0, 1, 3], idx: [0, 1, 2] });
  });
});

describe('a placeholder value between two template words on one line', () => {
  it('chains to the best copy of the word before it, not the latest', () => {
    // The first "tango" follows "sierra" (worth 2), the second stands alone (worth 1).
    expect(found('placeholder', 'sierra tango tango 7 uniform')).toEqual({ positions: [0, 1, 4], idx: [0, 1, 2] });
  });

  it('chains to a later copy of the word before it where that one is better', () => {
    // The second "tango" follows "sierra"; the first stands alone.
    expect(found('placeholder', 'tango sierra tango 7 uniform')).toEqual({ positions: [1, 2, 4], idx: [0, 1, 2] });
  });

  it('chains to the first of equal copies of the word before it', () => {
    expect(found('placeholder', 'tango tango 7 uniform')).toEqual({ positions: [0, 3], idx: [1, 2] });
  });
});

describe('a placeholder value wrapped onto the next line', () => {
  it('chains to the word before it on the previous line', () => {
    expect(found('wrapped', 'whiskey 7\nxray')).toEqual({ positions: [0, 2], idx: [1, 2] });
  });

  it('chains to the previous line where the word before it there is better than on its own line', () => {
    // "victor whiskey" on the first line is worth 2; the second line's "whiskey" alone, 1.
    expect(found('wrapped', 'victor whiskey 7\nwhiskey xray')).toEqual({ positions: [0, 1, 4], idx: [0, 1, 2] });
  });

  it('chains to its own line where the word before it is as good there as on the previous line', () => {
    expect(found('wrapped', 'whiskey 7\nwhiskey xray')).toEqual({ positions: [2, 3], idx: [1, 2] });
  });

  it('does not reach back two lines: a value spans at most one line break', () => {
    // "victor whiskey" two lines up is worth more than the third line's "whiskey", but a line lies
    // between: "xray" chains to neither of them into one three-word match, and the first line's
    // two words, found first, stay the match against the third line's two.
    expect(found('wrapped', 'victor whiskey\npurple\nwhiskey 7 xray')).toEqual({ positions: [0, 1], idx: [0, 1] });
  });
});

describe('the template word a found word chains to', () => {
  it('is the one giving the most, not the last one giving anything', () => {
    // "kilo" may follow "hotel" (1), "india" after "hotel" (2) or the lone "juliet" (1).
    expect(found('choices', 'juliet hotel india kilo')).toEqual({ positions: [1, 2, 3], idx: [0, 1, 3] });
  });

  it('is the later one on a tie: a repeated word aligns where the rest of the match is', () => {
    // "mike" is the template's second and third word; "november" follows the third.
    expect(found('twice', 'mike november')).toEqual({ positions: [0, 1], idx: [2, 3] });
  });

  it('is none where the paste words between cost all the chain would gain', () => {
    // "purple" costs 1, as much as "oscar" is worth: "papa" stands alone, and the earlier "oscar" is the match.
    expect(found('bridge', 'oscar purple papa')).toEqual({ positions: [0], idx: [0] });
  });
});
