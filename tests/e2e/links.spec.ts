import { expect, test, type Page } from '@playwright/test';

/**
 * Every link of the built site to one of its own pages leads to a page that exists, and to an
 * element with the linked id. starlight-links-validator checks the docs pages while building, but
 * it cannot see into the entry pages (src/pages/errors/[slug].astro): their sidebar, message
 * anchors, "Contact support" links and related-entry links are checked here, on the real output.
 */
const SITE = process.env.SITE_URL || 'http://localhost:4321';

interface PageLinks {
  status: number;
  ids: string[];
  links: string[];
}

async function readPage(page: Page, html: string, status: number): Promise<PageLinks> {
  return page.evaluate(
    ({ html, status }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return {
        status,
        ids: [...doc.querySelectorAll('[id], a[name]')].map((element) => element.id || element.getAttribute('name')!),
        links: [...doc.querySelectorAll('a[href]')].map((element) => element.getAttribute('href')!),
      };
    },
    { html, status },
  );
}

test('every internal link and anchor of the built site resolves', async ({ page, request, baseURL }) => {
  const local = new URL(baseURL!).origin;
  const site = new URL(SITE).origin;
  const pages = new Map<string, PageLinks>();
  const load = async (path: string) => {
    if (!pages.has(path)) {
      const response = await request.get(path);
      const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
      pages.set(path, isHtml ? await readPage(page, await response.text(), response.status()) : { status: response.status(), ids: [], links: [] });
    }
    return pages.get(path)!;
  };

  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const starts = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(starts.length).toBeGreaterThan(30);
  starts.push('/404.html');

  const problems: string[] = [];
  let checked = 0;
  for (const from of starts) {
    const source = await load(from);
    expect(source.status, from).toBe(200);
    for (const href of new Set(source.links)) {
      const target = new URL(href, new URL(from, local));
      // Links to this site written with its public address count as internal too.
      if (target.origin !== local && target.origin !== site) continue;
      if (!['http:', 'https:'].includes(target.protocol)) continue;
      checked++;
      const linked = await load(target.pathname);
      if (linked.status !== 200) {
        problems.push(`${from}: ${href} answers ${linked.status}`);
      } else if (target.hash && !linked.ids.includes(decodeURIComponent(target.hash.slice(1)))) {
        problems.push(`${from}: ${href} has no element with id "${decodeURIComponent(target.hash.slice(1))}"`);
      }
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});
