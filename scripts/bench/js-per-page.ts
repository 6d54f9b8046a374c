/** Gzipped JS per page, read from the build's files: the main page kinds, and the heaviest page. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { kb } from './format.ts';
import { htmlPages, pageJs, type PageJs } from './page-js.ts';
import type { Site } from './site.ts';

const KINDS: [label: string, page: string][] = [
  ['home', 'index.html'],
  ['/lookup/', 'lookup/index.html'],
  ['entry (/errors/token-limit-exceeded/)', 'errors/token-limit-exceeded/index.html'],
  ['/errors/not-covered/', 'errors/not-covered/index.html'],
  ['404', '404.html'],
];

export function jsPerPageSection(site: Site): string[] {
  const row = (label: string, js: PageJs) =>
    `  ${label.padEnd(40)} ${kb(js.total).padStart(9)}   (${js.files.size} files, ${kb(js.inline)} inline${js.data ? `; + ${kb(js.data)} JSON data` : ''})`;
  const pages = htmlPages(site.dir);
  const out = [`  ${pages.length} pages of ${site.label}; gzip -9 of the JS each page's HTML and its imports name (workers and later fetches: see the paste box's budget)`];
  for (const [label, page] of KINDS) {
    out.push(existsSync(join(site.dir, page)) ? row(label, pageJs(site.dir, page)) : `  ${label.padEnd(40)}   (no ${page})`);
  }
  let max: { page: string; js: PageJs } | null = null;
  for (const page of pages) {
    const js = pageJs(site.dir, page);
    if (!max || js.total > max.js.total) max = { page, js };
  }
  if (max) out.push(row(`max over all pages: ${max.page}`, max.js));
  return out;
}
