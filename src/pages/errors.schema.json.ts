import type { APIRoute } from 'astro';
import { EXPORT_SCHEMA_PATH } from '../lib/catalogue/export.ts';
import { catalogueJsonSchema } from '../lib/catalogue/export-schema.ts';

/** The JSON Schema of /errors.json, generated from the zod schema the build checks it with. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: the schema names its own absolute URL');
  return new Response(JSON.stringify(catalogueJsonSchema(new URL(EXPORT_SCHEMA_PATH, site).href), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
