import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/integrations/csp.ts';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { entryRedirects } from '../../src/lib/catalogue/navigation.ts';

/**
 * A renamed entry keeps its old URL: `redirectFrom: [old-slug]` next to the entry becomes an Astro
 * redirect (tests/unit/redirects.test.ts checks that the site config declares it), and for a
 * static build Astro writes a page at the old address that sends the browser on with a meta
 * refresh. The real catalogue has no renamed entry, so these tests build the small site of
 * tests/fixtures/renamed-entry (about a second), whose config declares its redirects the same way,
 * and open it in the browser as a static host would serve it.
 */
const FIXTURE = 'tests/fixtures/renamed-entry';
/** `site` of the fixture's astro.config.mjs. */
const FIXTURE_SITE = 'https://errors.example.test';
const fixture = loadCatalogue(FIXTURE);
/** The fixture's rolling-quota-reached entry declares `redirectFrom: [five-hour-quota, usage-limit-reached]`. */
const EXPECTED = {
  '/errors/five-hour-quota/': '/errors/rolling-quota-reached/',
  '/errors/usage-limit-reached/': '/errors/rolling-quota-reached/',
};
const fixtureRedirects = Object.entries(EXPECTED);
const titleOf = (path: string) => fixture.find((entry) => path === `/errors/${entry.slug}/`)!.title;

test.describe('redirect pages of a static build', () => {
  test.describe.configure({ mode: 'serial' });
  let out = '';

  test.beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'renamed-entry-'));
    try {
      execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', FIXTURE, '--outDir', out], {
        stdio: 'pipe',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`Building ${FIXTURE} failed:\n${stdout}\n${stderr}`);
    }
  });
  test.afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('Astro writes a page at each former address, pointing at the entry, and at no other', () => {
    expect(entryRedirects(fixture)).toEqual(EXPECTED);
    for (const [from, to] of fixtureRedirects) {
      const file = join(out, from, 'index.html');
      expect(existsSync(file), file).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${to}">`);
      expect(html).toContain(`<link rel="canonical" href="${FIXTURE_SITE}${to}">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
    }
    const pagesWithRefresh = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.html'))
      .filter((name) => readFileSync(join(out, name), 'utf8').includes('http-equiv="refresh"'));
    expect(pagesWithRefresh.map((name) => `/${name.replace(/index\.html$/, '')}`).sort()).toEqual(
      fixtureRedirects.map(([from]) => from).sort(),
    );
  });

  test('in a browser, an old address lands on the renamed entry, under the production headers', async ({
    context,
    page,
  }) => {
    // Serve the fixture's files as a static host does, with the real site's _headers rules.
    const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/content.security.policy|refused to/i.test(message.text())) violations.push(message.text());
    });
    await context.route(`${FIXTURE_SITE}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      const file = join(out, pathname, pathname.endsWith('/') ? 'index.html' : '');
      if (!file.startsWith(out) || !existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
      const type = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' }[extname(file)];
      return route.fulfill({
        status: 200,
        body: readFileSync(file),
        headers: { 'content-type': type ?? 'application/octet-stream', ...Object.fromEntries(headersFor(rules, pathname)) },
      });
    });

    for (const [from, to] of fixtureRedirects) {
      await page.goto(`${FIXTURE_SITE}${from}`);
      await expect(page).toHaveURL(`${FIXTURE_SITE}${to}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(to));
    }
    expect(violations).toEqual([]);
  });
});
