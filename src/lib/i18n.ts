import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, TRANSLATED_LOCALES } from './catalogue/locales.ts';
import type { LoadedTranslation } from './catalogue/load-translations.ts';
import type { SidebarTranslations } from './catalogue/navigation.ts';
import { SECTIONS } from './catalogue/sections.ts';

/** The folder of Starlight's `i18n` collection: the site's own UI strings, one `<lang>.json` per language. */
const I18N_DIR = 'src/content/i18n';

/**
 * The site's own UI strings of a language, for the config, which cannot read a collection (Starlight
 * builds the sidebar from config). Pages read the same files through `Astro.locals.t`.
 */
export function readUiStrings(lang: string, root = process.cwd()): Record<string, string> {
  return JSON.parse(readFileSync(join(root, I18N_DIR, `${lang}.json`), 'utf8')) as Record<string, string>;
}

/** Each translated language's entry titles and section labels, for Starlight's sidebar. */
export function sidebarTranslations(translations: readonly LoadedTranslation[], root = process.cwd()): SidebarTranslations {
  const labels: SidebarTranslations = { titles: {}, sections: {} };
  for (const locale of TRANSLATED_LOCALES) {
    const { lang } = LOCALES[locale];
    const strings = readUiStrings(lang, root);
    for (const t of translations.filter((t) => t.locale === locale)) (labels.titles[t.slug] ??= {})[lang] = t.title;
    for (const { id } of SECTIONS) {
      const label = strings[`errors.section.${id}.label`];
      if (label) (labels.sections[id] ??= {})[lang] = label;
    }
  }
  return labels;
}

/** A key of the site's own strings in every translated language, for a sidebar link's `translations`. */
export function translationsOf(key: string, root = process.cwd()): Record<string, string> {
  return Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => [LOCALES[locale].lang, readUiStrings(LOCALES[locale].lang, root)[key]]).filter(([, text]) => text),
  );
}
