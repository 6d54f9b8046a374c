import { expect, test, type Page } from '@playwright/test';

/** The paste box as a user meets it: paste → card, deep links, no match, Enter, privacy, odd input. */

const OVERLOADED =
  'API Error: 429 {"error":{"type":"rate_limit_error","message":"The engine is currently overloaded, please try again later"},"type":"error"}';
const TOKEN_LIMIT =
  "openai.BadRequestError: Error code: 400 - {'error': {'message': 'Invalid request: Your request exceeded model token limit: 262144 (requested: 558009)', 'type': 'invalid_request_error'}}";
const UNRELATED = 'zsh: command not found: kimi-helper';
const SECRET = 'sk-live-9f8e7d6c5b4a39281716151413121110';

const box = (page: Page) => page.getByTestId('lookup-input');
const top = (page: Page) => page.getByTestId('lookup-top');

test('a pasted Claude Code error shows the right entry as the top card', async ({ page }) => {
  await page.goto('/');
  await box(page).fill(OVERLOADED);
  await expect(top(page).getByRole('link').first()).toHaveAttribute('href', '/errors/engine-overloaded/');
  await expect(top(page)).toContainText('Inference Engine Overloaded');
  await expect(top(page)).toContainText('HTTP 429');
  await expect(top(page)).toContainText('Retry with backoff');
  await expect(top(page).locator('mark')).toContainText('The engine is currently overloaded');
});

test('values captured from the paste are shown on the card', async ({ page }) => {
  await page.goto('/lookup/');
  await box(page).fill(TOKEN_LIMIT);
  await expect(top(page).getByRole('link').first()).toHaveAttribute('href', '/errors/token-limit-exceeded/');
  await expect(top(page).locator('.captures')).toContainText('558,009');
});

test('results follow typing, without a button', async ({ page }) => {
  await page.goto('/lookup/');
  await box(page).pressSequentially('internal: driver: bad connection', { delay: 5 });
  await expect(top(page).getByRole('link').first()).toHaveAttribute('href', '/errors/internal-connection-error/');
});

test('a deep link runs the lookup on load', async ({ page }) => {
  await page.goto(`/lookup/?q=${encodeURIComponent(TOKEN_LIMIT)}`);
  await expect(box(page)).toHaveValue(TOKEN_LIMIT);
  await expect(top(page).getByRole('link').first()).toHaveAttribute('href', '/errors/token-limit-exceeded/');
});

test('text that matches nothing says so and leads to reporting it', async ({ page }) => {
  await page.goto('/lookup/');
  await box(page).fill(UNRELATED);
  const none = page.getByTestId('lookup-none');
  await expect(none).toBeVisible();
  await expect(top(page)).toHaveCount(0);
  await expect(none.getByRole('link', { name: /not listed/ })).toHaveAttribute('href', '/errors/not-covered/');
  await expect(none.locator('.report')).toContainText(UNRELATED);
});

test('Enter opens the top match', async ({ page }) => {
  await page.goto('/');
  await box(page).fill(OVERLOADED);
  await expect(top(page)).toBeVisible();
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/errors\/engine-overloaded\/$/);
});

test('secrets are masked in the address, the copied link and the report, and the user is told', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/lookup/');
  await box(page).fill(`curl -H "Authorization: Bearer ${SECRET}"\n${OVERLOADED}`);
  await expect(top(page)).toBeVisible();
  await expect(page.getByTestId('lookup-redaction')).toContainText('masked');
  expect(decodeURIComponent(page.url())).not.toContain(SECRET);

  await page.getByTestId('lookup-copy-link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/lookup\/\?q=/);
  expect(decodeURIComponent(link)).not.toContain(SECRET);

  // The copied link still finds the error.
  await page.goto(link);
  await expect(top(page).getByRole('link').first()).toHaveAttribute('href', '/errors/engine-overloaded/');

  // A long paste is shared by its matched part only: a secret right before that part stays masked.
  await box(page).fill(`${'INFO ok\n'.repeat(400)}request failed api_key=${SECRET}The engine is currently overloaded, please try again later`);
  await expect(top(page)).toBeVisible();
  await page.getByTestId('lookup-copy-link').click();
  const shortLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(decodeURIComponent(shortLink)).not.toContain(SECRET);
  expect(decodeURIComponent(shortLink).length).toBeLessThan(2500);

  await box(page).fill(`KIMI_API_KEY=${SECRET} kimi-helper: command not found`);
  await expect(page.getByTestId('lookup-none').locator('.report')).not.toContainText(SECRET);
});

test('the paste never leaves the browser', async ({ page }) => {
  const marker = 'never-sent-7f3a9c';
  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.goto('/lookup/');
  await box(page).fill(`${OVERLOADED} ${marker}`);
  await expect(top(page)).toBeVisible();
  await page.getByTestId('lookup-copy-link').click();
  await page.waitForLoadState('networkidle');
  expect(sent.filter((line) => line.includes(marker))).toEqual([]);
});

test.describe('hostile and odd input', () => {
  const injections = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '<svg onload="window.__pwned=1"></svg>',
    '</textarea><img src=x onerror="window.__pwned=1">',
    'javascript:window.__pwned=1',
  ];

  for (const payload of injections) {
    test(`markup in a paste or deep link stays text: ${payload.slice(0, 24)}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const text = `${payload} The engine is currently overloaded, please try again later ${payload}`;
      await page.goto(`/lookup/?q=${encodeURIComponent(text)}`);
      await expect(top(page)).toBeVisible();
      await box(page).fill(`${payload} not an error of this API`);
      await expect(page.getByTestId('lookup-none').locator('.report')).toContainText(payload);
      await page.getByTestId('lookup-none').getByRole('link').first().hover();
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('error-lookup img, error-lookup svg:not([aria-hidden]), error-lookup script:not([type])').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test('a 5 MB log still finds the error in it and the page stays usable', async ({ page }) => {
    await page.goto('/lookup/');
    const found = await page.evaluate(() => {
      const filler = '2025-06-01T10:00:00Z INFO worker: processed batch 42 in 17ms ok\n';
      const half = filler.repeat(Math.ceil(2.5e6 / filler.length));
      const log = `${half}2025-06-01T10:00:01Z ERROR client: status=400 total message size 5943865 exceeds limit 2097152\n${half}`;
      const textarea = document.querySelector<HTMLTextAreaElement>('[data-testid="lookup-input"]')!;
      textarea.value = log;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      return log.length;
    });
    expect(found).toBeGreaterThan(5e6);
    await expect(top(page).getByRole('link').first()).toHaveAttribute('href', '/errors/message-size-exceeded/', {
      timeout: 30_000,
    });
    expect(decodeURIComponent(page.url()).length).toBeLessThan(4000);
  });

  const odd: [string, () => string][] = [
    ['deeply nested JSON', () => '{"error":'.repeat(10000) + '"Invalid Authentication"' + '}'.repeat(10000)],
    ['broken JSON', () => '{"error":{"message":"Invalid Authentic'],
    ['1 MB of one character', () => 'a'.repeat(1_000_000)],
    ['control characters', () => '\u0000\u0001\u0007\u001b[31mInvalid\u0000 Authentication\u001b[0m\u007f'],
    ['lone surrogates', () => '\ud800Invalid Authentication\udfff\ud83d'],
    ['right-to-left marks', () => '\u202eInvalid Authentication\u202c\u200f\u200e'],
  ];

  for (const [name, make] of odd) {
    test(`${name} is answered without breaking the page`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto('/lookup/');
      await page.evaluate((source) => {
        const textarea = document.querySelector<HTMLTextAreaElement>('[data-testid="lookup-input"]')!;
        textarea.value = new Function(`return (${source})()`)();
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      }, make.toString());
      await expect(page.getByTestId('lookup-top').or(page.getByTestId('lookup-none'))).toBeVisible();
      // Still responsive: a normal paste afterwards gets its answer.
      await box(page).fill(OVERLOADED);
      await expect(top(page).getByRole('link').first()).toHaveAttribute('href', '/errors/engine-overloaded/');
      expect(errors).toEqual([]);
    });
  }
});
