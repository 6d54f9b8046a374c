import { describe, expect, it } from 'vitest';
import { checkCatalogue, fieldPath, formatProblems } from '../../src/lib/catalogue/check.ts';
import type { ErrorEntry } from '../../src/lib/catalogue/schema.ts';
import { makeEntry } from './make-entry.ts';

/** The rules across entries, and the lines they print: file, field, what is wrong, the other file. */

const entry = makeEntry;

const fileOf = (slug: string) => `content/errors/${slug}.md`;
const problems = (entries: ErrorEntry[], reserved?: ReadonlyMap<string, string>) => formatProblems(checkCatalogue(entries, reserved), fileOf);

describe('a title used twice', () => {
  it('is the same title up to case and spacing, and names both files', () => {
    expect(problems([entry('first', { title: 'Invalid API Key' }), entry('second', { title: '  invalid \t API  key ' })])).toBe(
      'content/errors/second.md: field "title": title "  invalid \t API  key " is already used (up to case and spacing) by content/errors/first.md (field "title")',
    );
  });

  it('is not a title whose words break elsewhere', () => {
    expect(problems([entry('first', { title: 'Invalid API Key' }), entry('second', { title: 'Invalid APIKey' })])).toBe('');
  });
});

describe('a message used twice', () => {
  it('is the same text up to case, spacing and final dots, and names both files', () => {
    const first = entry('first', { messages: [{ id: 'auth', template: 'Invalid Authentication' }] });
    const second = entry('second', { messages: [{ id: 'auth', template: 'invalid authentication...' }] });
    expect(problems([first, second])).toBe(
      'content/errors/second.md: field "messages[0].template": message "invalid authentication..." is already used (up to case, spacing and a final dot) by content/errors/first.md (field "messages[0].template")',
    );
  });

  it('is not the same words without the placeholder', () => {
    const first = entry('first', { messages: [{ id: 'missing', template: 'Model {model} not found' }] });
    const second = entry('second', { messages: [{ id: 'missing', template: 'Model not found' }] });
    expect(problems([first, second])).toBe('');
  });
});

describe('an entry that repeats itself', () => {
  it('names the field it repeats, one line per problem', () => {
    const repeating = entry('quota', {
      messages: [
        { id: 'spent', template: 'Quota spent' },
        { id: 'spent', template: 'quota  spent.' },
      ],
    });
    expect(problems([repeating])).toBe(
      [
        'content/errors/quota.md: field "messages[1].template": message "quota  spent." repeats field "messages[0].template" of this entry (up to case, spacing and a final dot)',
        'content/errors/quota.md: field "messages[1].id": message id "spent" repeats field "messages[0].id" of this entry',
      ].join('\n'),
    );
  });

  it('names a former slug that is its own slug', () => {
    expect(problems([entry('quota', { redirectFrom: ['quota'] })])).toBe(
      'content/errors/quota.md: field "redirectFrom[0]": slug "quota" repeats field "slug" of this entry',
    );
  });

  it('names a related entry that is itself', () => {
    expect(problems([entry('quota', { related: ['quota'] })])).toBe(
      'content/errors/quota.md: field "related[0]": an entry cannot be related to itself',
    );
  });
});

describe('a slug the site publishes itself', () => {
  it('names the entry and the page, and no other entry', () => {
    const reserved = new Map([['not-covered', 'src/content/docs/errors/not-covered.mdx']]);
    expect(problems([entry('quota', { redirectFrom: ['not-covered'] })], reserved)).toBe(
      'content/errors/quota.md: field "redirectFrom[0]": slug "not-covered" is reserved: the site publishes src/content/docs/errors/not-covered.mdx there',
    );
  });
});

describe('a field path as the messages write it', () => {
  it('reads like the frontmatter: names joined by dots, list positions in brackets', () => {
    expect(fieldPath(['messages', 0, 'template'])).toBe('messages[0].template');
    expect(fieldPath(['related', 2])).toBe('related[2]');
    expect(fieldPath([0, 'id'])).toBe('[0].id');
    expect(fieldPath([])).toBe('(root)');
  });
});
