import { expect, test } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';

/**
 * The quick-lookup table and the box agree: each keyword of each entry, typed alone into the box
 * on /lookup/, shows that entry as the top card. Generated from the collection, so a new entry is
 * covered without a new test.
 */
const keywords = loadCatalogue().flatMap((entry) => entry.keywords.map((keyword) => ({ keyword, slug: entry.slug })));

for (const { keyword, slug } of keywords) {
  test(`"${keyword}" typed alone finds ${slug}`, async ({ page }) => {
    await page.goto('/lookup/');
    await page.getByTestId('lookup-input').fill(keyword);
    // The box may answer asynchronously: the assertion waits for it.
    await expect(page.getByTestId('lookup-top')).toHaveAttribute('data-slug', slug);
  });
}
