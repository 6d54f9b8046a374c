import { expect, test, type Page } from '@playwright/test';

/** The paste box as a user meets it: paste → card, deep links, no match, Enter, copied links, odd input. */

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

test('secrets are masked in the copied link and the report, and the user is told', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/lookup/');
  await box(page).fill(`curl -H "Authorization: Bearer ${SECRET}"\n${OVERLOADED}`);
  await expect(top(page)).toBeVisible();
  await expect(page.getByTestId('lookup-redaction')).toContainText('masked');

  await page.getByTestId('lookup-copy-link').click();
  await expect(page.locator('.copy-status')).toHaveText('Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/lookup\/\?q=/);
  expect(new URL(link).searchParams.get('q')).toContain('[REDACTED]');
  expect(decodeURIComponent(link)).not.toContain(SECRET);

  // The copied link still finds the error.
  await page.goto(link);
  await expect(top(page).getByRole('link').first()).toHaveAttribute('href', '/errors/engine-overloaded/');

  // A long paste is shared by its matched part only: a secret right before that part stays masked.
  await box(page).fill(`${'INFO ok\n'.repeat(400)}request failed api_key=${SECRET}The engine is currently overloaded, please try again later`);
  await expect(top(page)).toBeVisible();
  await page.getByTestId('lookup-copy-link').click();
  const shortLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(shortLink).searchParams.get('q')).toContain('overloaded');
  expect(decodeURIComponent(shortLink)).not.toContain(SECRET);
  expect(shortLink.length).toBeLessThan(2100);

  await box(page).fill(`KIMI_API_KEY=${SECRET} kimi-helper: command not found`);
  await expect(page.getByTestId('lookup-none').locator('.report')).toContainText('KIMI_API_KEY=[REDACTED]');
  await expect(page.getByTestId('lookup-none').locator('.report')).not.toContainText(SECRET);
});

test('a copied link is capped by its encoded length, not by characters', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/lookup/');
  await box(page).fill('请求失败，服务器返回了未知的错误。'.repeat(180));
  await expect(page.getByTestId('lookup-none')).toBeVisible();
  await page.getByTestId('lookup-copy-link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('q')).toMatch(/^请求失败/);
  expect(link.length).toBeLessThan(2100);
});

test('several documented errors in one paste are listed in order, with how often and where', async ({ page }) => {
  await page.goto('/lookup/');
  const log = [OVERLOADED, OVERLOADED, OVERLOADED, 'INFO retrying in 2s', 'INFO retrying in 4s', 'INFO switching model', TOKEN_LIMIT].join('\n');
  await box(page).fill(log);
  await expect(top(page)).toBeVisible();
  const items = page.getByTestId('lookup-found').getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).getByRole('link')).toHaveAttribute('href', '/errors/engine-overloaded/');
  await expect(items.nth(0)).toHaveText('Inference Engine Overloaded 3 times, lines 1–3');
  await expect(items.nth(1).getByRole('link')).toHaveAttribute('href', '/errors/token-limit-exceeded/');
  await expect(items.nth(1)).toHaveText('Token Limit Exceeded once, line 7');

  // One error, however often, needs no list.
  await box(page).fill([OVERLOADED, OVERLOADED].join('\n'));
  await expect(top(page)).toBeVisible();
  await expect(page.getByTestId('lookup-found')).toHaveCount(0);
});

test('a match on words other programs print too says so, and how to tell them apart', async ({ page }) => {
  await page.goto('/lookup/');
  await box(page).fill('502 Bad Gateway');
  await expect(top(page)).toHaveAttribute('data-slug', 'downstream-unavailable');
  const note = top(page).getByTestId('lookup-borrowed');
  await expect(note).toContainText('Other programs print “502 Bad Gateway” too.');
  await expect(note).toContainText('api.kimi.com');

  // With the server's own words around them, the match rests on more than the shared words.
  await box(page).fill('unavailable: 502 Bad Gateway');
  await expect(top(page)).toHaveAttribute('data-slug', 'downstream-unavailable');
  await expect(top(page).getByTestId('lookup-borrowed')).toHaveCount(0);
});

test('a keystroke that changes nothing shown leaves the results alone', async ({ page }) => {
  await page.goto('/lookup/');
  const log = `${OVERLOADED}\n${'INFO ok\n'.repeat(30)}`;
  await box(page).fill(log);
  await expect(top(page)).toBeVisible();
  // Screen readers announce the live region again whenever its nodes are replaced.
  await top(page).evaluate((card) => ((card as HTMLElement & { kept?: boolean }).kept = true));
  await box(page).press('ControlOrMeta+End');
  await box(page).pressSequentially('INFO done');
  await expect(box(page)).toHaveValue(`${log}INFO done`);
  // Answered: the results are no longer marked busy.
  await expect(page.locator('#lookup-results')).not.toHaveAttribute('aria-busy', 'true');
  expect(await top(page).evaluate((card) => (card as HTMLElement & { kept?: boolean }).kept)).toBe(true);
  // A change that shows something else does replace them.
  await box(page).fill(TOKEN_LIMIT);
  await expect(top(page)).toHaveAttribute('data-slug', 'token-limit-exceeded');
  expect(await top(page).evaluate((card) => (card as HTMLElement & { kept?: boolean }).kept)).toBeUndefined();
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`a usual card arrives in room taken when the text went in, moving nothing (${viewport.width} px wide)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/lookup/');
    const log = ['INFO start', '2025-06-05T12:30:00.000Z ERROR request failed: total message size 5943865 exceeds limit 2097152', 'INFO end'].join('\n');
    // The text goes in without an `input` event, so nothing is answered yet: the room is taken by then.
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const empty = await height();
    await box(page).evaluate((input: HTMLTextAreaElement, text) => (input.value = text), log);
    const taken = await height();
    expect(taken).toBeGreaterThan(empty);
    await box(page).dispatchEvent('input');
    await expect(top(page)).toHaveAttribute('data-slug', 'message-size-exceeded');
    await expect(page.getByTestId('lookup-copy-link')).toBeVisible();
    // A huge paste would otherwise be repainted whole by the browser when the page grows under it.
    expect(await height()).toBe(taken);
  });
}

test('of many quick changes, the last one is answered', async ({ page }) => {
  await page.goto('/lookup/');
  await page.evaluate(
    ({ overloaded, tokenLimit }) => {
      const textarea = document.querySelector<HTMLTextAreaElement>('[data-testid="lookup-input"]')!;
      const filler = 'INFO worker: processed batch 42 in 17ms ok\n'.repeat(20000);
      for (let i = 0; i < 30; i++) {
        textarea.value = `${filler}${i < 29 ? overloaded : tokenLimit}\nINFO keystroke ${i}`;
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      }
    },
    { overloaded: OVERLOADED, tokenLimit: TOKEN_LIMIT },
  );
  await expect(top(page)).toHaveAttribute('data-slug', 'token-limit-exceeded');
  await expect(top(page).locator('mark')).toContainText('exceeded model token limit');
});

/** Set when the engine was loaded into the page itself instead of a worker (worker.ts). */
const engineInPage = (page: Page) => page.evaluate(() => 'kimiLookupAnswerer' in window);

test('the engine runs in a Web Worker, loaded once, not in the page', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.goto('/lookup/');
  await box(page).fill(OVERLOADED);
  await expect(top(page)).toHaveAttribute('data-slug', 'engine-overloaded');
  expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/^\/_astro\/worker-.*\.js$/)]);
  expect(scripts.filter((path) => path.startsWith('/_astro/worker-'))).toHaveLength(1);
  expect(await engineInPage(page)).toBe(false);
});

test.describe('without a Web Worker, the page answers by itself', () => {
  test('when the browser refuses to start one', async ({ page }) => {
    await page.addInitScript(() => {
      window.Worker = class {
        constructor() {
          throw new DOMException('Workers are off', 'SecurityError');
        }
      } as unknown as typeof Worker;
    });
    await page.goto('/lookup/');
    await box(page).fill(OVERLOADED);
    await expect(top(page)).toHaveAttribute('data-slug', 'engine-overloaded');
    expect(await engineInPage(page)).toBe(true);
  });

  test('when the policy of the page forbids workers', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route((url) => url.pathname === '/lookup/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "worker-src 'none'" } });
    });
    await page.goto(`/lookup/?q=${encodeURIComponent(TOKEN_LIMIT)}`);
    await expect(top(page)).toHaveAttribute('data-slug', 'token-limit-exceeded');
    await box(page).fill(OVERLOADED);
    await expect(top(page)).toHaveAttribute('data-slug', 'engine-overloaded');
    expect(await engineInPage(page)).toBe(true);
    expect(page.workers()).toEqual([]);
    expect(errors).toEqual([]);
  });
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
    expect(page.url()).toMatch(/\/lookup\/$/);
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
