/**
 * Every address the paste box writes (entry pages, the not-covered page, a copied lookup link),
 * under one base: the site's base path and the page's locale (`/`, later `/zh-cn/`).
 */
import { entryPath } from '../../lib/catalogue/paths.ts';
import { encodedQuery } from './share.ts';

/** The base of a page's links: the site's base path, then the locale's folder if it has one. */
export const linkBase = (siteBase: string, locale: string | undefined) =>
  `${siteBase.replace(/\/?$/, '/')}${locale ? `${locale}/` : ''}`;

export function linksUnder(base: string) {
  return {
    entry: (slug: string) => base + entryPath(slug).slice(1),
    notCovered: `${base}errors/not-covered/`,
    /** The lookup page with `text` filled in: what "Copy link to this result" copies. */
    lookup: (text: string) => `${base}lookup/?${encodedQuery(text)}`,
  };
}

export type Links = ReturnType<typeof linksUnder>;
