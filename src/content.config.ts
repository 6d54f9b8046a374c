import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { ERRORS_DIR } from './lib/catalogue/load.ts';
import { errorEntrySchema } from './lib/catalogue/schema.ts';
import { translationSchema } from './lib/catalogue/translation.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // The site's own UI strings, next to Starlight's built-in ones: src/content/i18n/<lang>.json.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  errors: defineCollection({
    loader: glob({ pattern: '*.md', base: `./${ERRORS_DIR}` }),
    schema: errorEntrySchema,
  }),
  // content/errors/<locale>/<slug>.md: the prose of an entry in another language; ids are `<locale>/<slug>`.
  errorTranslations: defineCollection({
    loader: glob({ pattern: '*/*.md', base: `./${ERRORS_DIR}` }),
    schema: translationSchema,
  }),
};
