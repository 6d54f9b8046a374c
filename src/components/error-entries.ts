import { getCollection } from 'astro:content';

/** The `errors` collection in the shape src/lib works with: each entry's data and its slug. */
export async function getErrorEntries() {
  return (await getCollection('errors')).map((entry) => ({ ...entry.data, slug: entry.id }));
}
