/**
 * A deterministic stand-in for a catalogue 50 times larger, the one both the speed figures and the
 * large build use: FACTOR-1 varied copies of every real entry. Slugs become `<slug>-<k>`, about a
 * third of the words made-up ones, numbers shifted by k; `related` points at the copies of the same
 * round; placeholders, sections and statuses are kept; no redirects and no `borrowed` parts (a varied
 * template no longer holds the real one's words).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { proseFingerprint } from '../../src/lib/catalogue/translation.ts';

export const FACTOR = 50;

type Entry = ReturnType<typeof loadCatalogue>[number];

/** Varies catalogue text: placeholders ({name}) kept, about a third of the words made up, numbers + k. */
export function createVary(seed = 42): (text: string, k: number) => string {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tor', 'va', 'quin', 'des', 'pha', 'ul', 'gre', 'sob', 'nix', 'tal'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  return (text, k) =>
    text
      .split(/(\{[a-z][a-z0-9_]*\})/)
      .map((part, i) => (i % 2 ? part : part.replace(/[A-Za-z]{3,}|\d+/g, (w) => (/\d/.test(w) ? String(Number(w) + k) : random() < 0.35 ? word() : w))))
      .join('');
}

/**
 * Keeps texts that must be unique across the catalogue (titles, message templates) unique, by the
 * catalogue's own notion of the same text: equal up to case, spacing and a trailing dot.
 */
function uniqueTexts() {
  const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const seen = new Set<string>();
  return (text: string, k: number) => {
    const unique = seen.has(key(text)) ? `${text} (variant ${k})` : text;
    seen.add(key(unique));
    return unique;
  };
}

/** The real entries followed by their FACTOR-1 varied copies. */
export function syntheticCatalogue(real: Entry[], factor = FACTOR): Entry[] {
  const vary = createVary();
  const title = uniqueTexts();
  const template = uniqueTexts();
  for (const e of real) {
    title(e.title, 0);
    for (const m of e.messages) template(m.template, 0);
  }
  const copies: Entry[] = [];
  for (let k = 1; k < factor; k++) {
    for (const e of real) {
      const summary = vary(e.summary, k);
      const copy = {
        ...e,
        slug: `${e.slug}-${k}`,
        file: e.file.replace(/\.md$/, `-${k}.md`),
        title: title(vary(e.title, k), k),
        ...(e.statusNote ? { statusNote: vary(e.statusNote, k) } : {}),
        order: e.order + k * real.length,
        summary: summary.length <= 200 ? summary : e.summary,
        keywords: e.keywords.map((w) => vary(w, k)),
        messages: e.messages.map((m) => ({ id: m.id, template: template(vary(m.template, k), k), ...(m.example ? { example: vary(m.example, k) } : {}) })),
        related: e.related.map((slug) => `${slug}-${k}`),
        redirectFrom: [],
      };
      // Each copy keeps its translations, made from its own English text.
      const translations = Object.fromEntries(
        Object.entries(e.translations).map(([locale, t]) => [locale, { ...t, file: t.file.replace(/\.md$/, `-${k}.md`), translatedFrom: proseFingerprint(copy) }]),
      ) as Entry['translations'];
      copies.push({ ...copy, translations });
    }
  }
  return [...real, ...copies];
}

/** Writes entries as the Markdown files of a catalogue folder, as an author would. */
export function writeEntries(folder: string, entries: Entry[]) {
  const write = (file: string, frontmatter: object, body: string) => writeFileSync(file, `---\n${yaml.dump(frontmatter, { lineWidth: -1 })}---\n${body}`);
  for (const { slug, file: _file, body, related, redirectFrom, translations, ...data } of entries) {
    write(join(folder, `${slug}.md`), { ...data, ...(related.length ? { related } : {}), ...(redirectFrom.length ? { redirectFrom } : {}) }, body);
    for (const [locale, { locale: _locale, file: _tfile, body: translated, ...prose }] of Object.entries(translations)) {
      mkdirSync(join(folder, locale), { recursive: true });
      write(join(folder, locale, `${slug}.md`), prose, translated);
    }
  }
}
