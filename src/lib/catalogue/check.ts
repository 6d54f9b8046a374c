import type { ErrorEntry } from './schema.ts';

interface CatalogueProblem {
  slug: string;
  field: string;
  message: string;
}

/**
 * Rules that span entries, which a per-entry schema cannot see: unique slugs and messages,
 * related entries that exist. Returns every problem rather than stopping at the first.
 */
export function checkCatalogue(entries: readonly ErrorEntry[]): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const owners = new Map<string, string>();
  const claim = (key: string, slug: string, field: string, what: string) => {
    const owner = owners.get(key);
    if (owner !== undefined && owner !== slug) {
      problems.push({ slug, field, message: `${what} is already used by "${owner}"` });
    } else if (owner === slug) {
      problems.push({ slug, field, message: `${what} is listed twice in this entry` });
    } else {
      owners.set(key, slug);
    }
  };

  for (const entry of entries) claim(`slug:${entry.slug}`, entry.slug, 'slug', `slug "${entry.slug}"`);
  for (const entry of entries) {
    entry.redirectFrom.forEach((old, i) => claim(`slug:${old}`, entry.slug, `redirectFrom[${i}]`, `slug "${old}"`));
    entry.messages.forEach((message, i) => {
      claim(`message:${message.template.toLowerCase()}`, entry.slug, `messages[${i}].template`, `message "${message.template}"`);
      claim(`anchor:${entry.slug}#${message.id}`, entry.slug, `messages[${i}].id`, `message id "${message.id}"`);
    });
  }

  const slugs = new Set(entries.map((entry) => entry.slug));
  for (const entry of entries) {
    entry.related.forEach((related, i) => {
      if (related === entry.slug) {
        problems.push({ slug: entry.slug, field: `related[${i}]`, message: 'an entry cannot be related to itself' });
      } else if (!slugs.has(related)) {
        problems.push({ slug: entry.slug, field: `related[${i}]`, message: `no entry has the slug "${related}"` });
      }
    });
  }
  return problems;
}

export function formatProblems(problems: readonly CatalogueProblem[], fileOf: (slug: string) => string): string {
  return problems.map((p) => `${fileOf(p.slug)}: field "${p.field}": ${p.message}`).join('\n');
}
