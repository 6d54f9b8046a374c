import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';

const catalogue = loadCatalogue();
const permalinks = readFileSync('tests/permalinks.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

test('every permalink of the URL contract answers', async ({ request }) => {
  expect(permalinks.length).toBeGreaterThan(30);
  for (const path of permalinks) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
});

test('an unknown path gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/errors/no-such-error/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByTestId('lookup-input')).toBeVisible();
});

for (const entry of catalogue) {
  test(`entry page ${entry.slug} shows its status, messages and fix`, async ({ page }) => {
    await page.goto(`/errors/${entry.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
    await expect(page.getByTestId('entry-status')).toHaveText(String(entry.status));
    for (const message of entry.messages) {
      const variant = page.locator(`[id="${message.id}"]`);
      await expect(variant.locator('pre')).toContainText(message.template);
      if (message.borrowed) await expect(variant.locator('.note code')).toHaveText(message.borrowed);
      else await expect(variant.locator('.note')).toHaveCount(0);
    }
    await expect(page.getByRole('heading', { name: 'Fix', exact: true })).toBeVisible();
    await expect(page.locator('.sl-markdown-content ol li').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' }).first()).toBeAttached();
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(1);
  });
}

test('entry pages are in the sidebar, grouped by section, with prev/next links', async ({ page }) => {
  await page.goto('/errors/rolling-quota-reached/');
  const sidebar = page.locator('#starlight__sidebar');
  const group = sidebar.locator('details', { hasText: 'Rate Limits & Quotas' });
  await expect(group.getByRole('link', { name: /5-Hour Rolling Quota Reached/ })).toHaveAttribute('aria-current', 'page');
  await expect(group.getByRole('link')).toHaveCount(4);
  await expect(page.getByRole('link', { name: /Previous.*Too Many Concurrent Requests/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Next.*Monthly Kimi Quota Exhausted/ })).toBeVisible();
});

test('the quick-lookup table lists every entry and filters by status and section', async ({ page }) => {
  await page.goto('/');
  const rows = page.getByTestId('quick-lookup-table').locator('tbody tr');
  await expect(rows).toHaveCount(catalogue.length);
  for (const entry of catalogue) {
    const row = rows.filter({ has: page.locator(`a[href="/errors/${entry.slug}/"]`) });
    await expect(row).toHaveCount(1);
    await expect(row.locator('td').nth(1)).toHaveText(String(entry.status));
  }

  await page.getByLabel('HTTP status').selectOption('429');
  await expect(rows.locator('visible=true')).toHaveCount(catalogue.filter((e) => e.status === 429).length);
  await expect(page).toHaveURL(/status=429/);
  await page.getByLabel('Section').selectOption('tool-call');
  await expect(rows.locator('visible=true')).toHaveCount(0);
  await page.getByLabel('HTTP status').selectOption('');
  await expect(rows.locator('visible=true')).toHaveCount(catalogue.filter((e) => e.section === 'tool-call').length);
});

test('the table filter is restored from the address', async ({ page }) => {
  await page.goto('/?status=401');
  await expect(page.getByTestId('quick-lookup-table').locator('tbody tr').locator('visible=true')).toHaveCount(
    catalogue.filter((e) => e.status === 401).length,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the table is complete and its links work', async ({ page }) => {
    await page.goto('/');
    const rows = page.getByTestId('quick-lookup-table').locator('tbody tr');
    await expect(rows.locator('visible=true')).toHaveCount(catalogue.length);
    await rows.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/errors\/[a-z-]+\/$/);
  });
});

test('/errors.json is the whole catalogue in the documented format', async ({ request }) => {
  const response = await request.get('/errors.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const body = await response.json();
  expect(body.formatVersion).toBe(1);
  expect(body.entries.map((e: { slug: string }) => e.slug).sort()).toEqual(catalogue.map((e) => e.slug).sort());
  const tokenLimit = body.entries.find((e: { slug: string }) => e.slug === 'token-limit-exceeded');
  expect(tokenLimit).toMatchObject({ status: 400, section: { id: 'request-format' }, retry: { id: 'do-not-retry' } });
  expect(tokenLimit.messages[0].url).toMatch(/\/errors\/token-limit-exceeded\/#/);
});

const searches: [string, string][] = [
  ['reasoning_content', 'reasoning-content-missing'],
  ['bot_id', 'invalid-bot-id'],
  ['2097152', 'message-size-exceeded'],
  ['url2text', 'web-page-read-failed'],
  ['57P03', 'database-connection-failed'],
  ['invalid_url', 'invalid-url-format'],
  ['method not found', 'endpoint-not-found'],
  ['禁用', 'account-status-abnormal'],
];

for (const [query, slug] of searches) {
  test(`search for "${query}" finds ${slug} first`, async ({ page }) => {
    await page.goto('/lookup/');
    await page.getByRole('button', { name: /Search/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
    const first = dialog.locator('.pagefind-ui__result').first();
    await expect(first.locator('a').first()).toHaveAttribute('href', new RegExp(`/errors/${slug}/`));
  });
}
