import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/integrations/csp.ts';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { entryRedirects } from '../../src/lib/catalogue/navigation.ts';
import { entryPath } from '../../src/lib/catalogue/paths.ts';

const catalogue = loadCatalogue();
/** What astro.config.mjs sets `site` to; the web server builds with the same environment. */
const SITE = process.env.SITE_URL || 'http://localhost:4321';
const SITE_TITLE = 'Kimi Code API errors';

/** Attributes of matching elements of an HTML text, parsed by the browser (entities decoded). */
async function attributesOf(page: Page, html: string, selector: string, names: string[]) {
  return page.evaluate(
    ({ html, selector, names }) =>
      [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll(selector)].map((element) =>
        names.map((name) => element.getAttribute(name)),
      ),
    { html, selector, names },
  );
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

test.describe('addresses for the public site', () => {
  test('the sitemap lists every entry page under `site`, and each listed page names itself canonical', async ({
    page,
    request,
  }) => {
    const index = await request.get('/sitemap-index.xml');
    expect(index.status()).toBe(200);
    const sitemaps = locs(await index.text());
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls: string[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(`${new URL(SITE).origin}/`), sitemap).toBe(true);
      urls.push(...locs(await (await request.get(new URL(sitemap).pathname)).text()));
    }

    for (const entry of catalogue) expect(urls).toContain(new URL(entryPath(entry.slug), SITE).href);
    for (const path of ['/', '/lookup/', '/errors/not-covered/']) expect(urls).toContain(new URL(path, SITE).href);
    // Former slugs only redirect: search engines should index the entry's page instead.
    for (const old of Object.keys(entryRedirects(catalogue))) expect(urls).not.toContain(new URL(old, SITE).href);

    for (const url of urls) {
      expect(url.startsWith(new URL('/', SITE).href), url).toBe(true);
      const response = await request.get(new URL(url).pathname);
      expect(response.status(), url).toBe(200);
      const canonical = await attributesOf(page, await response.text(), 'link[rel="canonical"]', ['href']);
      expect(canonical, url).toEqual([[url]]);
    }
  });

  test('each entry page describes itself for link previews, each tag once', async ({ page, request }) => {
    for (const entry of catalogue) {
      const path = entryPath(entry.slug);
      const html = await (await request.get(path)).text();
      const tags = await attributesOf(page, html, 'meta[name], meta[property]', ['name', 'property', 'content']);
      const values = (key: string) => tags.filter(([name, property]) => (name ?? property) === key).map(([, , content]) => content);
      const title = `${entry.title} (HTTP ${entry.status})`;
      const expected: Record<string, string> = {
        description: entry.summary,
        'og:title': title,
        'og:description': entry.summary,
        'og:url': new URL(path, SITE).href,
        'og:type': 'article',
        'og:site_name': SITE_TITLE,
        'twitter:card': 'summary',
        'twitter:title': title,
        'twitter:description': entry.summary,
      };
      for (const [key, value] of Object.entries(expected)) expect(values(key), `${entry.slug}: ${key}`).toEqual([value]);
    }
  });
});

/**
 * Serves the site as a host that reads dist/_headers would: every response of the preview server
 * gets the headers that file gives its path, the Content-Security-Policy among them. Records what
 * the policy blocks and every request for another host (which is answered with an error).
 */
async function underProductionHeaders(context: BrowserContext, page: Page, baseURL: string) {
  const rules: HeaderRule[] = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
  const policy = headersFor(rules, '/').find(([name]) => name === 'Content-Security-Policy')?.[1];
  expect(policy, 'dist/_headers sets a Content-Security-Policy for every path').toBeTruthy();

  const origin = new URL(baseURL).origin;
  const foreignRequests: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    const response = await route.fetch();
    const headers = { ...response.headers() };
    for (const [name, value] of headersFor(rules, url.pathname)) headers[name.toLowerCase()] = value;
    return route.fulfill({ response, headers });
  });

  await page.exposeFunction('reportPolicyViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`);
    });
  });
  // Chromium reports a blocked script, style or request on the console ("Refused to ...", naming
  // the directive), but a blocked WebAssembly compile only surfaces as the error of the code that
  // tried (Pagefind: "Failed to load the Pagefind WASM"), in the page or in its worker. So every
  // error counts, except the network's own "Failed to load resource" line for a missing file,
  // which says nothing about the policy (a request the policy blocks is reported as "Refused").
  // Pagefind only warns when its worker fails and it falls back to the main thread.
  const watch = (type: string, text: string, where: string) => {
    if (type === 'error' && !/^Failed to load resource: the server responded with a status of 404/.test(text)) {
      errors.push(`${where}: ${text}`);
    } else if (/content.security.policy|permissions.policy|refused to|web worker encountered an error/i.test(text)) {
      errors.push(`${where}: ${type}: ${text}`);
    }
  };
  page.on('console', (message) => watch(message.type(), message.text(), `console on ${page.url()}`));
  page.on('pageerror', (error) => watch('error', String(error), `uncaught on ${page.url()}`));
  page.on('worker', (worker) =>
    worker.on('console', (message) => watch(message.type(), message.text(), `worker ${worker.url()}`)),
  );

  return { policy: policy!, foreignRequests, violations, errors };
}

const underPolicy = test.extend<{ watched: Awaited<ReturnType<typeof underProductionHeaders>> }>({
  watched: async ({ context, page, baseURL }, use, testInfo) => {
    const watched = await underProductionHeaders(context, page, baseURL!);
    await use(watched);
    // Requests still in flight when the test ends (the search prefetches) need no answer.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    // When a step fails before the final checks, this still shows what the policy blocked.
    const { violations, errors, foreignRequests } = watched;
    if (violations.length || errors.length || foreignRequests.length) {
      await testInfo.attach('policy report', {
        contentType: 'text/plain',
        body: JSON.stringify({ violations, errors, foreignRequests }, null, 2),
      });
    }
  },
});

underPolicy.describe('under the production Content Security Policy', () => {
  underPolicy.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  underPolicy('the whole site works, nothing is blocked and nothing is loaded from another host', async ({ page, watched }) => {
    // Home: the paste box and the quick-lookup table's filter run as scripts.
    const home = await page.goto('/');
    expect(home?.headers()['content-security-policy']).toBe(watched.policy);
    await page.getByLabel('HTTP status').selectOption('429');
    await expect(page).toHaveURL(/status=429/);
    await expect(page.getByTestId('quick-lookup-table').locator('tbody tr').locator('visible=true')).toHaveCount(
      catalogue.filter((entry) => entry.status === 429).length,
    );
    // Starlight's theme picker (and the inline script that applies the saved theme on load).
    await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // An entry page: the code block's copy button and the support report's copy button.
    await page.goto('/errors/token-limit-exceeded/');
    const message = catalogue.find((entry) => entry.slug === 'token-limit-exceeded')!.messages[0]!.template;
    await page.locator('.expressive-code .copy button').first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(message);
    await page.getByRole('button', { name: 'Copy report' }).click();
    await expect(page.getByText('Copied to the clipboard.')).toBeAttached();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(await page.locator('#support-report').textContent());

    // The 404 page carries the paste box too.
    const missing = await page.goto('/errors/no-such-error/');
    expect(missing?.status()).toBe(404);
    await expect(page.getByTestId('lookup-input')).toBeVisible();

    // The lookup page reads ?q= and answers in its Web Worker, which the policy allows; the address
    // stays as it came (a paste is never written into it).
    await page.goto(`/lookup/?q=${encodeURIComponent('Error code: 429 engine overloaded')}`);
    const input = page.getByTestId('lookup-input');
    await expect(input).toHaveValue('Error code: 429 engine overloaded');
    await input.fill('The API Key appears to be invalid');
    await expect(page.getByTestId('lookup-top')).toBeVisible();
    expect(page.workers()).toHaveLength(1);
    expect(await page.evaluate(() => 'kimiLookupAnswerer' in window)).toBe(false);
    await expect(page).toHaveURL(/\?q=Error%20code/);

    // Starlight's search: Pagefind loads its index, its worker and WebAssembly.
    await page.getByRole('button', { name: /Search/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('textbox', { name: 'Search' }).fill('quota');
    await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
    await expect(dialog.locator('.pagefind-ui__result a').first()).toHaveAttribute('href', /\/errors\//);

    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  underPolicy('the policy is really enforced in this test: an injected inline script is blocked and reported', async ({ page, watched }) => {
    await page.goto('/errors/invalid-api-key/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
    });
    await expect.poll(() => watched.violations.length).toBeGreaterThan(0);
    expect(watched.violations[0]).toContain('script-src');
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });
});
