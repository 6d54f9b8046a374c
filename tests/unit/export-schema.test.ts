import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { exportCatalogue } from '../../src/lib/catalogue/export.ts';
import { catalogueJsonSchema } from '../../src/lib/catalogue/export-schema.ts';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';

const site = new URL('https://errors.example.com/');
const schemaUrl = 'https://errors.example.com/errors.schema.json';
const catalogue = loadCatalogue();

/** A standard validator, not zod: what a consumer of /errors.json would use. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(catalogueJsonSchema(schemaUrl));
}

const exported = () => structuredClone(exportCatalogue(catalogue, site)) as unknown as {
  entries: Record<string, unknown>[];
} & Record<string, unknown>;

describe('the JSON Schema of /errors.json', () => {
  it('is draft 2020-12, names itself, and is what errors.json names', () => {
    const schema = catalogueJsonSchema(schemaUrl);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(schemaUrl);
    expect(exported().$schema).toBe(schemaUrl);
  });

  it('accepts the catalogue as exported, dated or not', () => {
    const validate = validator();
    expect(validate(exported()), JSON.stringify(validate.errors)).toBe(true);
    const dated = exportCatalogue(
      catalogue.map((entry) => ({ ...entry, updated: new Date('2026-11-30T14:03:12.345Z') })),
      site,
    );
    expect(dated.entries.every((entry) => entry.updated === '2026-11-30T14:03:12Z')).toBe(true);
    expect(validate(dated), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['an entry without its title', (data: ReturnType<typeof exported>) => delete data.entries[3]!.title, '/entries/3'],
    ['a status written as text', (data: ReturnType<typeof exported>) => (data.entries[0]!.status = '401'), '/entries/0/status'],
    ['a message address that is no URL', (data: ReturnType<typeof exported>) => ((data.entries[1]!.messages as { url: string }[])[0]!.url = 'not a url'), '/entries/1/messages/0/url'],
    ['an unknown retry advice', (data: ReturnType<typeof exported>) => ((data.entries[2]!.retry as { id: string }).id = 'maybe'), '/entries/2/retry/id'],
    ['a date that is not ISO 8601', (data: ReturnType<typeof exported>) => (data.entries[0]!.updated = '30/11/2026'), '/entries/0/updated'],
    ['another format version', (data: ReturnType<typeof exported>) => (data.formatVersion = 2), '/formatVersion'],
  ])('rejects %s', (_, breakIt, path) => {
    const validate = validator();
    const data = exported();
    breakIt(data);
    expect(validate(data)).toBe(false);
    expect(validate.errors!.map((error) => error.instancePath)).toContain(path);
  });

  it('lets a consumer\'s copy accept fields added later within the same format version', () => {
    const data = exported();
    data.entries[0]!.severity = 'high';
    expect(validator()(data)).toBe(true);
  });
});

describe('the export itself', () => {
  it('refuses to publish data its own schema does not describe', () => {
    const broken = catalogue.map((entry, index) => (index === 0 ? { ...entry, messages: [] } : entry));
    expect(() => exportCatalogue(broken, site)).toThrow(/messages/);
  });

  it('gives every entry its page, its Markdown and each message\'s address', () => {
    const entry = exportCatalogue(catalogue, site).entries.find((candidate) => candidate.slug === 'token-limit-exceeded')!;
    expect(entry.url).toBe('https://errors.example.com/errors/token-limit-exceeded/');
    expect(entry.markdown).toBe('https://errors.example.com/errors/token-limit-exceeded.md');
    expect(entry.messages[0]!.url).toBe('https://errors.example.com/errors/token-limit-exceeded/#model-token-limit');
    expect(entry).not.toHaveProperty('updated');
  });

  it('gives every entry its Chinese page, Markdown and title', () => {
    for (const entry of exportCatalogue(catalogue, site).entries) {
      expect(entry.translations).toEqual([
        {
          lang: 'zh-CN',
          url: `https://errors.example.com/zh-cn/errors/${entry.slug}/`,
          markdown: `https://errors.example.com/zh-cn/errors/${entry.slug}.md`,
          title: catalogue.find((other) => other.slug === entry.slug)!.translations['zh-cn'].title,
        },
      ]);
    }
  });
});
