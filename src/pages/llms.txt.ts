import type { APIRoute } from 'astro';
import { getLlmsIndex } from '../llms.ts';
import { llmsIndex } from '../lib/catalogue/llms.ts';

/** The site for language models, as llmstxt.org describes it: an index of Markdown pages. */
export const GET: APIRoute = async ({ site }) =>
  new Response(llmsIndex(await getLlmsIndex(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
