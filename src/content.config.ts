import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { ERRORS_DIR } from './lib/catalogue/load.ts';
import { errorEntrySchema } from './lib/catalogue/schema.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  errors: defineCollection({
    loader: glob({ pattern: '*.md', base: `./${ERRORS_DIR}` }),
    schema: errorEntrySchema,
  }),
};
