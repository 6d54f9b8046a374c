import type { Page, Request } from '@playwright/test';

/** What leaves a page and what it keeps, for the privacy checks. */

/** Every request of the page from now on: URL, body and Referer as sent. */
export function watchRequests(page: Page) {
  const seen: Promise<string>[] = [];
  const record = (request: Request) =>
    seen.push(request.allHeaders().then((headers) => `${request.url()}\n${request.postData() ?? ''}\nReferer: ${headers.referer ?? ''}`));
  page.on('request', record);
  return async () => {
    page.off('request', record);
    return Promise.all(seen);
  };
}

/** What the page keeps: both storages, IndexedDB's databases and Cache Storage's caches. */
export const stored = (page: Page) =>
  page.evaluate(async () => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    databases: JSON.stringify(await indexedDB.databases()),
    caches: JSON.stringify(await caches.keys()),
  }));

