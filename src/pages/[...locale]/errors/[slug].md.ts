import type { APIRoute, GetStaticPaths } from 'astro';
import { entryFormOptions, entryForms, getErrorEntries, type LocalizedEntry } from '../../../catalogue.ts';
import { LOCALES, type Locale } from '../../../lib/catalogue/locales.ts';

/** Each entry as Markdown next to its page, in each language: /errors/<slug>.md, /zh-cn/errors/<slug>.md. */
export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    (Object.keys(LOCALES) as Locale[]).map(async (locale) => {
      const entries = await getErrorEntries(locale);
      return entries.map((entry) => ({ params: { locale: locale === 'root' ? undefined : locale, slug: entry.slug }, props: { entry, entries, locale } }));
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

interface Props {
  entry: LocalizedEntry;
  entries: LocalizedEntry[];
  locale: Locale;
}

export const GET: APIRoute<Props> = ({ props, locals, site }) =>
  new Response(entryForms(props.entry, props.entries, entryFormOptions(locals.t, site, props.locale)).markdown, {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
