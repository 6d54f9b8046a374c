import { z } from 'zod';
import { errorEntrySchema } from './schema.ts';
import { SECTION_IDS } from './sections.ts';

/**
 * The format of /errors.json, in zod: exportCatalogue's result is checked against it at build
 * time, and /errors.schema.json is generated from it. Bump `formatVersion` on any change that could
 * break a consumer (a removed or renamed field); adding fields keeps the version.
 */
export const EXPORT_FORMAT_VERSION = 1;

const entry = errorEntrySchema.shape;

const exportedMessage = z.strictObject({
  id: z.string().describe('Anchor of this message on the entry page.'),
  template: z.string().describe('The server\'s text verbatim, with {placeholders} for the parts that vary.'),
  example: z.string().optional().describe('One real instance of the message.'),
  url: z.url().describe('Absolute address of this message on the entry page.'),
});

const exportedEntry = z.strictObject({
  slug: z.string().describe('The entry\'s permanent name, part of its address.'),
  url: z.url().describe('Absolute address of the entry page.'),
  markdown: z.url().describe('Absolute address of the entry as Markdown.'),
  title: z.string(),
  status: entry.status.describe('The HTTP status the server sends.'),
  statusNote: z.string().optional().describe('A remark on the status.'),
  section: z.strictObject({ id: z.enum(SECTION_IDS), label: z.string() }),
  summary: z.string().describe('One line: what happened.'),
  retry: z.strictObject({ id: entry.retry, label: z.string() }),
  keywords: z.array(z.string()),
  messages: z.array(exportedMessage).min(1),
  related: z.array(z.string()).describe('Slugs of entries people confuse with this one.'),
  updated: z.iso
    .datetime()
    .optional()
    .describe('When the entry\'s file last changed (UTC, from the git history); absent when the build had no history.'),
  translations: z
    .array(
      z.strictObject({
        lang: z.string().describe('BCP 47 language tag, e.g. zh-CN.'),
        url: z.url().describe('Absolute address of the entry page in that language.'),
        markdown: z.url().describe('Absolute address of that page as Markdown.'),
        title: z.string(),
      }),
    )
    .describe('The entry in other languages. Messages are never translated: they are the server\'s own text.'),
});

export const catalogueExportSchema = z
  .strictObject({
    $schema: z.url().describe('Address of this JSON Schema.'),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    entries: z.array(exportedEntry),
  })
  .meta({
    title: 'Kimi Code API error catalogue',
    description: 'Every documented Kimi Code API error, as served at /errors.json.',
  });

export type CatalogueExport = z.infer<typeof catalogueExportSchema>;

/**
 * The JSON Schema (draft 2020-12) of /errors.json, published at `schemaUrl`. Unlike the build's own
 * check, it allows unknown properties: a copy of the schema keeps accepting files that gained
 * fields within the same `formatVersion`.
 */
export function catalogueJsonSchema(schemaUrl: string) {
  const schema = z.toJSONSchema(catalogueExportSchema, {
    override: ({ jsonSchema }) => {
      delete jsonSchema.additionalProperties;
    },
  });
  return { $schema: schema.$schema, $id: schemaUrl, ...schema };
}
