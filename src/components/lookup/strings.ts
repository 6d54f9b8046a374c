/**
 * The words of the paste box's script. They live in Starlight's i18n collection
 * (src/content/i18n/<lang>.json, keys `lookup.…`); the component resolves them for its page's
 * language and sends them in its payload, and the script fills in `{{name}}` and picks plural forms
 * as i18next does (`key_one`, `key_other`, … by Intl.PluralRules).
 */

import { reportLabels, type ReportLabels } from '../../lib/catalogue/report.ts';

export const TEXT_KEYS = [
  'lookup.card.status',
  'lookup.card.score',
  'lookup.card.matched',
  'lookup.card.values',
  'lookup.card.open',
  'lookup.card.borrowed',
  'lookup.others',
  'lookup.alternative',
  'lookup.none.heading',
  'lookup.none.text',
  'lookup.none.link',
  'lookup.none.closest',
  'lookup.report.label',
  'lookup.report.copy',
  'lookup.report.copied',
  'lookup.report.failed',
  'lookup.link.copied',
  'lookup.link.failed',
  'lookup.found.item',
  'lookup.found.line',
  'lookup.found.lines',
] as const;
export const PLURAL_KEYS = ['lookup.redacted', 'lookup.found.heading', 'lookup.found.count'] as const;

export type TextKey = (typeof TEXT_KEYS)[number];
export type PluralKey = (typeof PLURAL_KEYS)[number];
type Forms = Partial<Record<Intl.LDMLPluralRule, string>>;
export interface Strings {
  lang: string;
  text: Record<TextKey, string>;
  plural: Record<PluralKey, Forms>;
  /** The lines of the support report, as on the page's contact section. */
  report: ReportLabels;
}

/** In the component: Starlight's `Astro.locals.t` for the page's language. */
export function collectStrings(i18n: App.Locals['t'], lang: string): Strings {
  // The plural forms' keys are made here (`key_one`…), which Starlight's typed keys cannot know.
  const t = i18n as unknown as ((key: string) => string) & { exists: (key: string) => boolean };
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return {
    lang,
    text: Object.fromEntries(TEXT_KEYS.map((key) => [key, t(key)])) as Strings['text'],
    plural: Object.fromEntries(
      PLURAL_KEYS.map((key) => [
        key,
        Object.fromEntries(categories.filter((c) => t.exists(`${key}_${c}`)).map((c) => [c, t(`${key}_${c}`)])),
      ]),
    ) as Strings['plural'],
    report: reportLabels(i18n),
  };
}

type Values = Record<string, string | number>;

/** In the script: the strings filled in, numbers written the page language's way. */
export function translator(strings: Strings) {
  const rules = new Intl.PluralRules(strings.lang);
  const numbers = new Intl.NumberFormat(strings.lang);
  const percents = new Intl.NumberFormat(strings.lang, { style: 'percent' });
  const fill = (template: string, values: Values) =>
    template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : typeof value === 'number' ? numbers.format(value) : value;
    });
  return {
    text: (key: TextKey, values: Values = {}) => fill(strings.text[key], values),
    plural: (key: PluralKey, count: number, values: Values = {}) => {
      const forms = strings.plural[key];
      return fill(forms[rules.select(count)] ?? forms.other ?? '', { count, ...values });
    },
    number: (value: number) => numbers.format(value),
    percent: (share: number) => percents.format(share),
    report: strings.report,
  };
}

export type Translator = ReturnType<typeof translator>;
