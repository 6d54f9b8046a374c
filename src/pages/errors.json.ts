import type { APIRoute } from 'astro';
import { getErrorEntries } from '../catalogue.ts';
import { exportCatalogue } from '../lib/catalogue/export.ts';
import { groupBySection } from '../lib/catalogue/navigation.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: /errors.json carries absolute URLs');
  const ordered = groupBySection(await getErrorEntries()).flatMap((group) => group.entries);
  return new Response(JSON.stringify(exportCatalogue(ordered, site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
