import { getCollection } from 'astro:content';
import { getErrorEntries } from './catalogue.ts';
import { entryUrls } from './lib/catalogue/entry-urls.ts';
import { EXPORT_SCHEMA_PATH } from './lib/catalogue/export.ts';
import { llmsSummary, type LlmsIndex, type LlmsLink } from './lib/catalogue/llms.ts';
import { TRANSLATED_LOCALES } from './lib/catalogue/locales.ts';
import { groupBySection } from './lib/catalogue/navigation.ts';

/**
 * The docs pages of the English edition, home first, then by depth and name. Starlight's 404 page
 * is no page to read; the Chinese edition is one link of its own.
 */
async function docsPages(site: URL): Promise<LlmsLink[]> {
  const docs = (await getCollection('docs')).filter((page) => !/(^|\/)404$/.test(page.id) && !TRANSLATED_LOCALES.some((locale) => page.id.startsWith(`${locale}/`) || page.id === locale));
  const depth = (id: string) => (id === 'index' ? 0 : id.split('/').length);
  docs.sort((a, b) => depth(a.id) - depth(b.id) || a.id.localeCompare(b.id));
  return docs.map((page) => ({
    title: page.data.title,
    url: new URL(page.id === 'index' ? '/' : `/${page.id}/`, site).href,
    description: page.data.description ?? '',
  }));
}

/**
 * What /llms.txt lists: the docs pages, every entry's Markdown by section, and the machine-readable
 * files. The site's name is the home page's title.
 */
export async function getLlmsIndex(site: URL | undefined): Promise<LlmsIndex> {
  if (!site) throw new Error('astro.config.mjs must set `site`: llms.txt carries absolute URLs');
  const docs = await docsPages(site);
  const groups = groupBySection(await getErrorEntries());
  return {
    title: docs[0]!.title,
    summary: llmsSummary(site),
    sections: [
      { heading: 'Docs', links: docs },
      ...groups.map(({ section, entries }) => ({
        heading: section.label,
        links: entries.map((entry) => ({
          title: `${entry.title} (HTTP ${entry.status})`,
          url: entryUrls(site, entry.slug).markdown,
          description: entry.summary,
        })),
      })),
      {
        heading: 'Optional',
        links: [
          { title: 'llms-full.txt', url: new URL('/llms-full.txt', site).href, description: 'every entry above in full, in one file' },
          { title: 'errors.json', url: new URL('/errors.json', site).href, description: 'the whole catalogue as JSON' },
          { title: 'errors.schema.json', url: new URL(EXPORT_SCHEMA_PATH, site).href, description: 'the JSON Schema of errors.json' },
          { title: '简体中文 (Simplified Chinese)', url: new URL('/zh-cn/', site).href, description: 'the whole reference in Chinese; each entry also as Markdown at /zh-cn/errors/<slug>.md' },
        ],
      },
    ],
  };
}
