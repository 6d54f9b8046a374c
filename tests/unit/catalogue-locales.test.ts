import { describe, expect, it } from 'vitest';
import { asLocale, localePrefix } from '../../src/lib/catalogue/locales.ts';

/** The site's languages in its addresses: English unprefixed (the URL contract), Chinese under /zh-cn. */

describe('the path prefix of a language', () => {
  it('is nothing for English, the default, and /zh-cn for Chinese', () => {
    expect(localePrefix()).toBe('');
    expect(localePrefix('root')).toBe('');
    expect(localePrefix('zh-cn')).toBe('/zh-cn');
  });
});

describe('the language of a Starlight page', () => {
  it('is the page\'s locale when the site has it', () => {
    expect(asLocale('zh-cn')).toBe('zh-cn');
    expect(asLocale('root')).toBe('root');
  });

  it('is English for the root pages (no locale) and for a locale the site does not have', () => {
    expect(asLocale(undefined)).toBe('root');
    expect(asLocale('')).toBe('root');
    expect(asLocale('fr')).toBe('root');
  });
});
