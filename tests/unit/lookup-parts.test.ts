import { describe, expect, it } from 'vitest';
import { createFuzzy } from '../../src/lib/lookup/fuzzy.ts';
import { captureValues, collapse, placeholdersOf } from '../../src/lib/lookup/templates.ts';
import { clean, ENTITY, ESCAPE, replaceMapped } from '../../src/lib/lookup/text.ts';

/** The lookup's small parts on their own: misspelt words, placeholder values, character clean-up. */

const closest = (vocabulary: string[], word: string) => createFuzzy(vocabulary)(word);

describe('a misspelt word', () => {
  it('stands for the catalogue word one slip away, two swapped letters counting as one', () => {
    expect(closest(['period'], 'peroid')).toEqual(['period', 1 - 1 / 6]);
    expect(closest(['organisation'], 'orgainsatiom')).toEqual(['organisation', 0.75]);
  });

  it('is itself when the catalogue has it', () => {
    expect(closest(['limit'], 'limit')).toEqual(['limit', 1]);
  });

  it('counts letters missing at either end, against the longer word', () => {
    expect(closest(['limit'], 'limi')).toEqual(['limit', 0.8]);
  });

  it('stands for nothing two slips away in a short word, whatever the slips', () => {
    for (const word of ['lxyit', 'lxiit', 'lmxit']) expect(closest(['limit'], word), word).toBeUndefined();
  });

  it('keeps 70% similar words and the words sharing half their letter pairs, and not less', () => {
    expect(closest(['background'], 'bxykgroznd')).toEqual(['background', 0.7]);
    expect(closest(['replace'], 'rxplaxe')).toEqual(['replace', 1 - 2 / 7]);
    // 70% similar too, but sharing fewer than half its letter pairs.
    expect(closest(['background'], 'bxckxroxnd')).toBeUndefined();
  });

  it('ignores accents', () => {
    expect(closest(['documentation'], 'documentatión')).toEqual(['documentation', 1]);
  });

  it('compares only the three words sharing most letter pairs, and keeps the first of equals', () => {
    expect(closest(['recievexx', 'recieveyy', 'recievezz', 'receive'], 'recieve')).toEqual(['recievexx', 1 - 2 / 9]);
    expect(closest(['recievexx', 'recieveyy', 'receive'], 'recieve')).toEqual(['receive', 1 - 1 / 7]);
    expect(closest(['recievexx', 'recieveyy'], 'recieve')).toEqual(['recievexx', 1 - 2 / 9]);
    // The best by letter pairs is found wherever it comes in the vocabulary.
    expect(closest(['recix', 'reciy', 'reciz', 'receive', 'reciexyz', 'reciexyw', 'reciexwz'], 'recieve')).toEqual(['receive', 1 - 1 / 7]);
  });
});

describe('placeholders', () => {
  const capture = (template: string, text: string) => captureValues(placeholdersOf(template), text, text.toLowerCase());

  it('are read with the literal text around them, folded, up to 24 characters before and 12 after', () => {
    expect(placeholdersOf('Request too large: {size} bytes exceed the limit of {limit}')).toEqual([
      { name: 'size', before: 'request too large: ', after: ' bytes excee' },
      { name: 'limit', before: 'tes exceed the limit of ', after: '' },
    ]);
    expect(collapse('a \t\n b  c')).toBe('a b c');
  });

  it('need more than two characters before them to be read', () => {
    expect(capture('{model} is gone', 'gpt-x is gone')).toEqual([]);
    expect(capture('x {place} end', 'x home end')).toEqual([]);
    expect(capture('at {place} end', 'at home end')).toEqual([{ name: 'place', value: 'home' }]);
  });

  it('have no value when nothing stands between the literals', () => {
    expect(capture('limit={n};', 'limit=;')).toEqual([]);
  });

  it('end at a closing quote or the end of the line when the text after them is missing, trimmed', () => {
    expect(capture('model: {name}.', "model: abc'")).toEqual([{ name: 'name', value: 'abc' }]);
    expect(capture('size {n} bytes', 'size 12 ')).toEqual([{ name: 'n', value: '12' }]);
  });

  it('stop at 300 characters, and look for a quote when the text after them is further', () => {
    const long = capture('model {name} not found', `model ${'x'.repeat(400)} not found`);
    expect(long[0]!.value).toBe('x'.repeat(300));
    const quoted = `${'a'.repeat(10)}"${'b'.repeat(289)}`;
    expect(capture('model {name} not found', `model ${quoted} not found`)).toEqual([{ name: 'name', value: quoted }]);
    expect(capture('model {name} not found', `model ${quoted}b not found`)).toEqual([{ name: 'name', value: 'a'.repeat(10) }]);
  });
});

describe('character clean-up', () => {
  const apply = (text: string, [pattern, replace]: typeof ESCAPE) => text.replace(pattern, replace);

  it('decodes UTF-8 shown as Latin-1, of two, three and four bytes', () => {
    const latin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));
    expect(clean(latin1('é 因 😀'))).toBe('é 因 😀');
  });

  it('turns control characters into spaces and drops invisible format marks', () => {
    expect(clean('a\u0007b\u200bc\td\ne')).toBe('a bc\td\ne');
  });

  it('reads HTML entities for quotes and brackets', () => {
    expect(apply('&quot;a&#34; &apos;b&#39; &amp; &lt;c&gt;', ENTITY)).toBe(`"a" 'b' & <c>`);
  });

  it('reads JSON and Python escapes, tabs as tabs and both line breaks as one', () => {
    expect(apply('a\\tb\\nc\\rd\\"e\\\\f\\u00e9\\x41', ESCAPE)).toBe('a\tb\nc\nd"e\\féA');
  });

  it('keeps the map to the original through replacements of the same and of another length', () => {
    const from = [0, 1, 2, 3, 4];
    expect(replaceMapped(['axyb', from], /xy/g, () => 'zw')).toEqual(['azwb', [0, 1, 2, 3, 4]]);
    expect(replaceMapped(['axyb', from], /xy/g, () => 'z')).toEqual(['azb', [0, 1, 3, 4]]);
    expect(replaceMapped(['axb', [0, 1, 2, 3]], /x/g, () => 'zw')).toEqual(['azwb', [0, 1, 1, 2, 3]]);
  });
});
