import { describe, expect, it, vi } from 'vitest';

/**
 * The character clean-up of src/lib/lookup/text.ts, which both the paste and the templates go
 * through. Its patterns are module-level constants: each test loads the module afresh, so that a
 * change to those constants is seen by the test that checks them (mutation testing switches a
 * change on per test, after the module was first loaded).
 */
const loadText = async () => {
  vi.resetModules();
  return import('../../src/lib/lookup/text.ts');
};

/** A UTF-8 text as a program that read its bytes as Latin-1 shows it. */
const asLatin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

type Rule = Awaited<ReturnType<typeof loadText>>['ESCAPE'];
const apply = (text: string, [pattern, replace]: Rule) => text.replace(pattern, replace);

describe('text mangled as Latin-1 is decoded again', () => {
  it('restores characters of two, three and four UTF-8 bytes', async () => {
    const { clean } = await loadText();
    expect(clean(asLatin1('é 因 😀'))).toBe('é 因 😀');
  });

  it('decodes each character on its own, between plain letters', async () => {
    const { clean } = await loadText();
    expect(clean(`a${asLatin1('é')}b${asLatin1('因')}c${asLatin1('😀')}d`)).toBe('aéb因c😀d');
  });

  it('leaves accented text that was never mangled as it is', async () => {
    const { clean } = await loadText();
    // A lead byte followed by a letter is no UTF-8 sequence: "Âa" is French, not a broken character.
    expect(clean('Âa Ãb åcd ðefg')).toBe('Âa Ãb åcd ðefg');
  });
});

describe('invisible and control characters', () => {
  it('turns a control character into a space but keeps line breaks and tabs', async () => {
    const { clean } = await loadText();
    expect(clean('a\u0007b\tc\nd')).toBe('a b\tc\nd');
  });

  it('turns a lone surrogate (half an emoji cut by a truncated log) into a space', async () => {
    const { clean } = await loadText();
    expect(clean('a\uD83Db')).toBe('a b');
  });

  it('removes zero-width and bidi marks hidden inside a word', async () => {
    const { clean } = await loadText();
    expect(clean('over\u200Bloaded \u202Eengine')).toBe('overloaded engine');
  });
});

describe('typographic quotes are straightened', () => {
  it('makes curly and angle quotes plain, single as single and double as double', async () => {
    const { clean } = await loadText();
    expect(clean('\u201Cbusy\u201D \u2018x\u2019 \u00ABy\u00BB')).toBe(`"busy" 'x' "y"`);
  });
});

describe('percent-escapes', () => {
  it('decodes a run of escapes that is valid UTF-8 to its character', async () => {
    const { PERCENT } = await loadText();
    // The three bytes of 因 only decode together: one escape alone is no character.
    expect(apply('a%E5%9B%A0b %41%62', PERCENT)).toBe('a因b Ab');
  });

  it('leaves a run that is no UTF-8, and a percent sign before other text, as written', async () => {
    const { PERCENT } = await loadText();
    expect(apply('%E5%9B 100%ok %zz', PERCENT)).toBe('%E5%9B 100%ok %zz');
  });
});

describe('HTML entities', () => {
  it('turns the quote, ampersand and angle-bracket entities into their characters', async () => {
    const { ENTITY } = await loadText();
    expect(apply('&quot;a&#34; &apos;b&#39; &amp; &lt;c&gt;', ENTITY)).toBe(`"a" 'b' & <c>`);
  });
});

describe('JSON and Python escapes', () => {
  it('undoes \\u with four hex digits and \\x with two', async () => {
    const { ESCAPE } = await loadText();
    expect(apply('\\u00e9\\u00E9 \\x41\\x4a', ESCAPE)).toBe('éé AJ');
  });

  it('undoes a backslash before a quote, slash, backslash or n, r, t', async () => {
    const { ESCAPE } = await loadText();
    expect(apply('a\\tb\\nc\\rd\\"e\\\\f\\/g\\`h', ESCAPE)).toBe('a\tb\nc\nd"e\\f/g`h');
  });

  it('leaves a backslash before an ordinary letter or short hex (a Windows path) alone', async () => {
    const { ESCAPE } = await loadText();
    expect(apply('C:\\Users\\kimi \\u12 \\x4 \\uZZZZ', ESCAPE)).toBe('C:\\Users\\kimi \\u12 \\x4 \\uZZZZ');
  });
});

describe('HTML tags', () => {
  it('replaces a tag with attributes by a line break as long as the tag', async () => {
    const { unmarkup } = await loadText();
    // The words keep their places, so an excerpt found in the cleaned text still points into the paste.
    expect(unmarkup('<a href="/status">busy</a>')).toBe(`${'\n'.padEnd(18)}busy${'\n'.padEnd(4)}`);
  });
});
