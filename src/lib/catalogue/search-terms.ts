const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/**
 * Extra words that let Pagefind find Chinese fragments. On an English page Pagefind keeps a run of
 * Chinese characters as one word and matches queries only as word prefixes, so "禁用" would never
 * find "该账号已被禁用". Indexing every suffix of each run makes any fragment a prefix of some word.
 */
export function cjkSearchTerms(texts: readonly string[]): string {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const [run] of text.matchAll(CJK_RUN)) {
      for (let i = 0; i < run.length - 1; i++) terms.add(run.slice(i));
    }
  }
  return [...terms].join(' ');
}
