import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/integrations/csp.ts';
import { stored, watchRequests } from './watch.ts';

/**
 * The paste box's promise, checked in the browser: what is pasted stays in the browser. No request
 * carries it (URL, body or Referer), the address bar and storage never hold it, and what the box
 * hands out (a copied link, a report) holds no secret.
 */

const SECRETS = [
  'sk-kimi-Q7f3Kd92LmXp4RtV8wYz1BnC6',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.d8Yk2Lp9QwErTy',
  'moonshot-env-5c4b3a2f1e0d9c8b7a69',
];
/** A word of the paste that is no secret: no request may carry it either. */
const MARKER = 'paste-marker-41d7c2';
const OVERLOADED = `API Error: 429 {"error":{"type":"rate_limit_error","message":"The engine is currently overloaded, please try again later"},"type":"error"} ${MARKER}`;
const withSecrets = (text: string) =>
  [
    `curl https://api.kimi.com/coding/v1/messages -H "x-api-key: ${SECRETS[0]}"`,
    `-H "Authorization: Bearer ${SECRETS[1]}"`,
    `KIMI_API_KEY=${SECRETS[2]} kimi`,
    text,
  ].join('\n');
const FORBIDDEN = [MARKER, ...SECRETS];

const box = (page: Page) => page.getByTestId('lookup-input');
const top = (page: Page) => page.getByTestId('lookup-top');

const holding = (sent: string[], words = FORBIDDEN) => sent.filter((line) => words.some((word) => line.includes(word)));

test('a typed paste reaches no request, no address, no storage; the copied link and report hold no secret', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/lookup/');
  const storedBefore = await stored(page);
  const sent = watchRequests(page);

  await box(page).fill(withSecrets(OVERLOADED));
  await expect(top(page)).toHaveAttribute('data-slug', 'engine-overloaded');
  await expect(page.getByTestId('lookup-redaction')).toContainText('3 secrets');
  expect(page.url()).toMatch(/\/lookup\/$/);

  await page.getByTestId('lookup-copy-link').click();
  await expect(page.locator('.copy-status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const shared = new URL(link).searchParams.get('q')!;
  expect(shared).toContain(MARKER); // the link does hold the (masked) paste: that is what it is for
  for (const secret of SECRETS) expect(shared).not.toContain(secret);
  expect(page.url()).toMatch(/\/lookup\/$/);

  // The search: Pagefind fetches its index and fragments, the browser perhaps the favicon.
  await page.getByRole('button', { name: /Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill('overloaded');
  await expect(dialog.getByRole('link', { name: /Inference Engine Overloaded/ }).first()).toBeVisible();
  await page.keyboard.press('Escape');

  // No match: the report, then the "not listed" link.
  await box(page).fill(withSecrets(`zsh: command not found: kimi-helper ${MARKER}`));
  const none = page.getByTestId('lookup-none');
  await expect(none.locator('.report')).toContainText(MARKER);
  for (const secret of SECRETS) await expect(none.locator('.report')).not.toContainText(secret);
  expect(await stored(page)).toEqual(storedBefore);
  await none.getByRole('link', { name: /not listed/ }).click();
  await expect(page).toHaveURL(/\/errors\/not-covered\/$/);
  await page.goBack();

  // The result.
  await box(page).fill(withSecrets(OVERLOADED));
  await top(page).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/errors\/engine-overloaded\/$/);
  await page.waitForLoadState('networkidle');

  const requests = await sent();
  expect(requests.length).toBeGreaterThan(5);
  expect(holding(requests)).toEqual([]);
});

test('a page opened from a lookup link sends that link to no one', async ({ page }) => {
  const deepLink = `/lookup/?q=${encodeURIComponent(OVERLOADED)}`;
  const sent = watchRequests(page);
  await page.goto(deepLink);
  await expect(top(page)).toHaveAttribute('data-slug', 'engine-overloaded');
  // A deep link stays as it came.
  expect(page.url()).toContain(encodeURIComponent(MARKER));
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('rate limit');
  await page.keyboard.press('Escape');
  await top(page).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/errors\/engine-overloaded\/$/);
  await page.waitForLoadState('networkidle');

  const requests = await sent();
  // The page's own address carries the text (it came that way); its styles, scripts, the worker,
  // the search index and the next page must not get it, nor the page's address, as their Referer.
  // (Pagefind's own worker names itself as the Referer of its fetches: no page address in that.)
  const others = requests.filter((line) => !line.startsWith(new URL(deepLink, page.url()).href));
  expect(others.length).toBeGreaterThan(5);
  expect(holding(others, [MARKER])).toEqual([]);
  expect(others.filter((line) => /Referer: .*\/lookup\//.test(line))).toEqual([]);
});

test('typing leaves the address bar and the history as they were, on the home page too', async ({ page }) => {
  for (const path of ['/', '/lookup/']) {
    await page.goto(path);
    const before = { url: page.url(), entries: await page.evaluate(() => history.length) };
    await box(page).pressSequentially('Invalid Authentication', { delay: 5 });
    await expect(top(page)).toBeVisible();
    expect({ url: page.url(), entries: await page.evaluate(() => history.length) }).toEqual(before);
  }
});

test('every kind of page tells the browser to send no referrer', async ({ request, page }) => {
  const pages = ['/', '/lookup/', '/errors/engine-overloaded/', '/errors/not-covered/', '/404.html'];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const head = await page.evaluate((source) => {
      const parsed = new DOMParser().parseFromString(source, 'text/html').head;
      const children = [...parsed.children];
      const meta = children.findIndex((el) => el.matches('meta[name="referrer"]'));
      const firstFetch = children.findIndex((el) => el.matches('link[rel="stylesheet"], script[src], link[rel="modulepreload"]'));
      return { policies: children.filter((el) => el.matches('meta[name="referrer"]')).map((el) => el.getAttribute('content')), meta, firstFetch };
    }, html);
    expect(head.policies, path).toEqual(['no-referrer']);
    // Before anything the page fetches, so no request goes out under another policy.
    expect(head.meta, path).toBeLessThan(head.firstFetch);
  }
  // The same for hosts that read _headers.
  const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
  for (const path of pages) expect(headersFor(rules, path), path).toContainEqual(['Referrer-Policy', 'no-referrer']);
});
