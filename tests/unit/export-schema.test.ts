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

interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

/** Each property's description, by its path in the file (`entries[].slug`); the root's own is left out. */
function descriptions(node: JsonSchemaNode, path = ''): Record<string, string> {
  const found: Record<string, string> = path && node.description ? { [path]: node.description } : {};
  for (const [name, child] of Object.entries(node.properties ?? {})) Object.assign(found, descriptions(child, path ? `${path}.${name}` : name));
  if (node.items) Object.assign(found, descriptions(node.items, `${path}[]`));
  return found;
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

  it('tells a reader what the file and each documented field hold', () => {
    const schema = catalogueJsonSchema(schemaUrl);
    expect(schema.title).toBe('Kimi Code API error catalogue');
    expect(schema.description).toBe('Every documented Kimi Code API error, as served at /errors.json.');
    expect(descriptions(schema as JsonSchemaNode)).toEqual({
      '$schema': 'Address of this JSON Schema.',
      'entries[].slug': 'The entry\'s permanent name, part of its address.',
      'entries[].url': 'Absolute address of the entry page.',
      'entries[].markdown': 'Absolute address of the entry as Markdown.',
      'entries[].status': 'The HTTP status the server sends.',
      'entries[].statusNote': 'A remark on the status.',
      'entries[].summary': 'One line: what happened.',
      'entries[].messages[].id': 'Anchor of this message on the entry page.',
      'entries[].messages[].template': 'The server\'s text verbatim, with {placeholders} for the parts that vary.',
      'entries[].messages[].example': 'One real instance of the message.',
      'entries[].messages[].url': 'Absolute address of this message on the entry page.',
      'entries[].related': 'Slugs of entries people confuse with this one.',
      'entries[].updated': 'When the entry\'s file last changed (UTC, from the git history); absent when the build had no history.',
      'entries[].translations': 'The entry in other languages. Messages are never translated: they are the server\'s own text.',
      'entries[].translations[].lang': 'BCP 47 language tag, e.g. zh-CN.',
      'entries[].translations[].url': 'Absolute address of the entry page in that language.',
      'entries[].translations[].markdown': 'Absolute address of that page as Markdown.',
    });
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

  it('carries a status note and a message\'s example where the entry has them, and only there', () => {
    const entries = exportCatalogue(catalogue, site).entries;
    const noted = catalogue.find((candidate) => candidate.statusNote)!;
    expect(entries.find((entry) => entry.slug === noted.slug)!.statusNote).toBe(noted.statusNote);
    expect(entries.find((entry) => entry.slug === 'token-limit-exceeded')!).not.toHaveProperty('statusNote');
    expect(entries.find((entry) => entry.slug === 'token-limit-exceeded')!.messages[0]).toEqual({
      id: 'model-token-limit',
      template: 'Invalid request: Your request exceeded model token limit: 262144 (requested: {requested})',
      example: 'Invalid request: Your request exceeded model token limit: 262144 (requested: 558009)',
      url: 'https://errors.example.com/errors/token-limit-exceeded/#model-token-limit',
    });
    const plain = catalogue.flatMap((entry) => entry.messages.filter((message) => !message.example).map((message) => [entry.slug, message.id]))[0]!;
    const exportedPlain = entries.find((entry) => entry.slug === plain[0])!.messages.find((message) => message.id === plain[1])!;
    expect(exportedPlain).not.toHaveProperty('example');
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
