/**
 * The site's languages. English is the root locale, so its URLs carry no prefix (the URL contract);
 * each translation lives under its own prefix. Starlight's `locales` config is built from this.
 */
export const LOCALES = {
  root: { label: 'English', lang: 'en' },
  'zh-cn': { label: '简体中文', lang: 'zh-CN' },
} as const;

export type Locale = keyof typeof LOCALES;

/** The locales whose entries are translations of the English ones. */
export const TRANSLATED_LOCALES = ['zh-cn'] as const satisfies readonly Locale[];
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** `''` for English, `/zh-cn` for Chinese: what goes in front of every path of that language. */
export const localePrefix = (locale: Locale = 'root') => (locale === 'root' ? '' : `/${locale}`);

/** The locale of a Starlight page, from `Astro.locals.starlightRoute.locale` (undefined: the root). */
export const asLocale = (locale: string | undefined): Locale => (locale && locale in LOCALES ? (locale as Locale) : 'root');
