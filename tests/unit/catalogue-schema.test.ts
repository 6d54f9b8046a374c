import { describe, expect, it } from 'vitest';
import { errorEntrySchema } from '../../src/lib/catalogue/schema.ts';
import { translationSchema } from '../../src/lib/catalogue/translation.ts';

/** The frontmatter of an entry and of a translation: what is kept, and what is refused with which words. */

const entryData = {
  title: 'Quota Spent',
  status: 429,
  section: 'rate-limits',
  order: 1,
  summary: 'The account has used its quota for this period.',
  keywords: ['quota'],
  messages: [{ id: 'spent', template: 'Your quota of {limit} requests is spent' }],
  retry: 'wait-for-quota-reset',
};

/** The messages of the problems zod finds, each with the field it names. */
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('an entry\'s frontmatter', () => {
  it('keeps every text without the spaces a quoted YAML value may carry around it', () => {
    const padded = {
      ...entryData,
      title: '  Quota Spent ',
      statusNote: '  some clients show 403 ',
      summary: ' The account has used its quota for this period.  ',
      keywords: ['  quota '],
      messages: [{ id: 'spent', template: '  Your quota of {limit} requests is spent ', example: ' Your quota of 500 requests is spent  ', borrowed: ' requests is spent ' }],
    };
    expect(errorEntrySchema.parse(padded)).toEqual({
      ...entryData,
      statusNote: 'some clients show 403',
      messages: [{ id: 'spent', template: 'Your quota of {limit} requests is spent', example: 'Your quota of 500 requests is spent', borrowed: 'requests is spent' }],
      related: [],
      redirectFrom: [],
    });
  });

  it('measures a text without those spaces', () => {
    const short = {
      ...entryData,
      title: '  ab  ',
      statusNote: '  ab  ',
      summary: '    short     ',
      keywords: ['  a  '],
      messages: [{ id: 'spent', template: '  ab  ', example: '  ab  ', borrowed: '  a  ' }],
    };
    expect(issues(errorEntrySchema.safeParse(short)).map(([field]) => field).sort()).toEqual(
      ['keywords.0', 'messages.0.borrowed', 'messages.0.example', 'messages.0.template', 'statusNote', 'summary', 'title'].sort(),
    );
  });

  it('accepts placeholders with words between them, wherever they stand', () => {
    const opening = { ...entryData, messages: [{ id: 'state', template: '{model} is not {state}' }] };
    expect(errorEntrySchema.safeParse(opening).success).toBe(true);
  });

  it('refuses a slug that is not lowercase-kebab-case, saying how one looks', () => {
    expect(issues(errorEntrySchema.safeParse({ ...entryData, related: ['Too_Many'] }))).toEqual([
      ['related.0', 'must be a lowercase-kebab-case slug such as "invalid-api-key"'],
    ]);
  });
});

describe('a translation\'s frontmatter', () => {
  const translationData = { title: '配额已用完', summary: '账号本期的配额已经用完。', translatedFrom: '0123456789ab' };

  it('keeps every text without the spaces around it, and measures it so', () => {
    expect(translationSchema.parse({ ...translationData, title: '  配额已用完 ', summary: ' 账号本期的配额已经用完。  ', statusNote: '  有些客户端显示 403 ' })).toEqual({
      ...translationData,
      statusNote: '有些客户端显示 403',
    });
    const short = { title: '  额  ', summary: '  配额用完   ', statusNote: '  注释  ', translatedFrom: '0123456789ab' };
    expect(issues(translationSchema.safeParse(short)).map(([field]) => field)).toEqual(['title', 'summary', 'statusNote']);
  });

  it.each([
    ['a character too many', '0123456789abc'],
    ['a character before it', 'x0123456789ab'],
  ])('refuses a fingerprint with %s', (_, translatedFrom) => {
    expect(issues(translationSchema.safeParse({ ...translationData, translatedFrom }))).toEqual([
      ['translatedFrom', 'must be the 12-character fingerprint of the English prose'],
    ]);
  });
});
