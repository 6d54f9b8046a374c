import { entryPath } from './paths.ts';

/** Where an entry's Markdown form is served, next to its page. Part of the public URL contract. */
export const entryMarkdownPath = (slug: string) => `/errors/${slug}.md`;

/**
 * The absolute addresses of an entry under `base`: the site's origin, or a locale's root such as
 * `https://example.com/zh-cn/` (a trailing slash keeps the prefix when paths are resolved).
 */
export function entryUrls(base: URL, slug: string) {
  const under = (path: string) => new URL(path.slice(1), base).href;
  return { page: under(entryPath(slug)), markdown: under(entryMarkdownPath(slug)) };
}
