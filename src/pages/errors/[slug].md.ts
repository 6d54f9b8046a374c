import type { APIRoute, GetStaticPaths } from 'astro';
import { entryFormOptions, entryForms, getErrorEntries } from '../../catalogue.ts';
import type { EntryWithBody } from '../../lib/catalogue/entry-markdown.ts';

/** Each entry as Markdown at /errors/<slug>.md, next to its page; the page names it as alternate. */
export const getStaticPaths = (async () => {
  const entries = await getErrorEntries();
  return entries.map((entry) => ({ params: { slug: entry.slug }, props: { entry, entries } }));
}) satisfies GetStaticPaths;

interface Props {
  entry: EntryWithBody;
  entries: EntryWithBody[];
}

export const GET: APIRoute<Props> = ({ props, locals, site }) =>
  new Response(entryForms(props.entry, props.entries, entryFormOptions(locals.t, site)).markdown, {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
