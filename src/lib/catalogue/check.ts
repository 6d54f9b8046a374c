import { PLACEHOLDER } from '../lookup/templates.ts';
import type { ErrorEntry } from './schema.ts';

/** Where a value sits: an entry's slug and the field, written `messages[0].template`. */
interface Place {
  slug: string;
  field: string;
}

interface CatalogueProblem extends Place {
  message: string;
  /** The other entry (or page) a duplicate collides with, so that both files get named. */
  other?: Place | { page: string };
}

/** The same text for a reader: Unicode forms, case and runs of white space do not count. */
const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The same message for the lookup: besides case and spacing, a final dot and the names of the
 * placeholders do not count either ("Invalid {x}." and "invalid {y}" match the same pastes).
 */
const messageKey = (template: string) => fold(template.replace(PLACEHOLDER, '{}')).replace(/[\s.。]+$/, '');

/**
 * Rules that span entries, which a per-entry schema cannot see: unique slugs (also against the
 * pages the site publishes under /errors/ itself, `reserved`), titles and messages; related
 * entries that exist. Returns every problem rather than stopping at the first.
 */
export function checkCatalogue(
  entries: readonly ErrorEntry[],
  reserved: ReadonlyMap<string, string> = new Map(),
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const owners = new Map<string, Place | { page: string }>();
  for (const [slug, page] of reserved) owners.set(`slug:${slug}`, { page });

  const claim = (key: string, place: Place, what: string, sameness = '') => {
    const owner = owners.get(key);
    if (!owner) {
      owners.set(key, place);
    } else if ('page' in owner) {
      problems.push({ ...place, message: `${what} is reserved: the site publishes ${owner.page} there`, other: owner });
    } else if (owner.slug === place.slug) {
      problems.push({ ...place, message: `${what} repeats field "${owner.field}" of this entry${sameness}` });
    } else {
      problems.push({ ...place, message: `${what} is already used${sameness} by`, other: owner });
    }
  };

  for (const entry of entries) claim(`slug:${entry.slug}`, { slug: entry.slug, field: 'slug' }, `slug "${entry.slug}"`);
  for (const entry of entries) {
    const at = (field: string) => ({ slug: entry.slug, field });
    claim(`title:${fold(entry.title)}`, at('title'), `title "${entry.title}"`, ' (up to case and spacing)');
    entry.redirectFrom.forEach((old, i) => claim(`slug:${old}`, at(`redirectFrom[${i}]`), `slug "${old}"`));
    entry.messages.forEach((message, i) => {
      const what = `message "${message.template}"`;
      claim(`message:${messageKey(message.template)}`, at(`messages[${i}].template`), what, ' (up to case, spacing and a final dot)');
      claim(`anchor:${entry.slug}#${message.id}`, at(`messages[${i}].id`), `message id "${message.id}"`);
    });
  }

  const slugs = new Set(entries.map((entry) => entry.slug));
  for (const entry of entries) {
    entry.related.forEach((related, i) => {
      const field = `related[${i}]`;
      if (related === entry.slug) {
        problems.push({ slug: entry.slug, field, message: 'an entry cannot be related to itself' });
      } else if (!slugs.has(related)) {
        problems.push({ slug: entry.slug, field, message: `no entry has the slug "${related}"` });
      }
    });
  }
  return problems;
}

/** A field path as the catalogue's messages write it: `messages[0].template` (zod gives `["messages", 0, "template"]`). */
export function fieldPath(path: readonly PropertyKey[]): string {
  const text = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  return text.replace(/^\./, '') || '(root)';
}

/** One line per problem: the file and field, what is wrong, and for a duplicate the other file and field. */
export function formatProblems(problems: readonly CatalogueProblem[], fileOf: (slug: string) => string): string {
  return problems
    .map((problem) => {
      const other = !problem.other || 'page' in problem.other ? '' : ` ${fileOf(problem.other.slug)} (field "${problem.other.field}")`;
      return `${fileOf(problem.slug)}: field "${problem.field}": ${problem.message}${other}`;
    })
    .join('\n');
}
