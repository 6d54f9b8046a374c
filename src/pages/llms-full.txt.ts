import type { APIRoute } from 'astro';
import { entryFormOptions, entryForms, getErrorEntries } from '../catalogue.ts';
import { getLlmsIndex } from '../llms.ts';
import { llmsFull } from '../lib/catalogue/llms.ts';
import { groupBySection } from '../lib/catalogue/navigation.ts';

/** Every entry's Markdown in one file, in the order of llms.txt. */
export const GET: APIRoute = async ({ site, locals }) => {
  const entries = await getErrorEntries();
  const options = entryFormOptions(locals.t, site);
  const ordered = groupBySection(entries).flatMap((group) => group.entries);
  const documents = ordered.map((entry) => entryForms(entry, entries, options).markdown);
  return new Response(llmsFull(await getLlmsIndex(site), documents), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
