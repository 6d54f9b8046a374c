import { readFileSync } from 'node:fs';
import { LOCALES, TRANSLATED_LOCALES } from './catalogue/locales.ts';
import type { LoadedEntry } from './catalogue/load.ts';
import type { SidebarTranslations } from './catalogue/navigation.ts';
import { SECTIONS } from './catalogue/sections.ts';

/** The folder of Starlight's `i18n` collection: the site's own UI strings, one `<lang>.json` per language. */
const I18N_DIR = new URL('../content/i18n/', import.meta.url);

// Read once per language: the config asks for several keys.
const uiStrings: Record<string, Record<string, string>> = {};

/**
 * The site's own UI strings of a language, for the config, which cannot read a collection (Starlight
 * builds the sidebar from config). Pages read the same files through `Astro.locals.t`.
 */
export function readUiStrings(lang: string): Record<string, string> {
  return (uiStrings[lang] ??= JSON.parse(readFileSync(new URL(`${lang}.json`, I18N_DIR), 'utf8')) as Record<string, string>);
}

/** Each translated language's entry titles and section labels, for Starlight's sidebar. */
export function sidebarTranslations(entries: readonly LoadedEntry[]): SidebarTranslations {
  const labels: SidebarTranslations = { titles: {}, sections: {} };
  for (const locale of TRANSLATED_LOCALES) {
    const { lang } = LOCALES[locale];
    const strings = readUiStrings(lang);
    for (const entry of entries) (labels.titles[entry.slug] ??= {})[lang] = entry.translations[locale].title;
    for (const { id } of SECTIONS) {
      const label = strings[`errors.section.${id}.label`];
      if (label) (labels.sections[id] ??= {})[lang] = label;
    }
  }
  return labels;
}

/** A key of the site's own strings in every translated language, for a sidebar link's `translations`. */
export function translationsOf(key: string): Record<string, string> {
  return Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => [LOCALES[locale].lang, readUiStrings(LOCALES[locale].lang)[key]]).filter(([, text]) => text),
  );
}
