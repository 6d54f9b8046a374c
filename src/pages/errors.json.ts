import type { APIRoute } from 'astro';
import { getErrorEntries } from '../catalogue';
import { exportCatalogue } from '../lib/catalogue/export';
import { groupBySection } from '../lib/catalogue/navigation';

export const GET: APIRoute = async ({ site }) => {
  const entries = await getErrorEntries();
  const ordered = groupBySection(entries).flatMap((group) => group.entries);
  return new Response(JSON.stringify(exportCatalogue(ordered, site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
