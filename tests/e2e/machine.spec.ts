import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { entryMarkdown } from '../../src/lib/catalogue/entry-markdown.ts';
import { entryReply } from '../../src/lib/catalogue/entry-reply.ts';
import { entryMarkdownPath, entryUrls } from '../../src/lib/catalogue/entry-urls.ts';
import { readCommitDates } from '../../src/lib/catalogue/git-dates.ts';
import { entryLabels } from '../../src/lib/catalogue/labels.ts';
import { ERRORS_DIR, loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { entryPath } from '../../src/lib/catalogue/paths.ts';

/**
 * The entries in the forms people and tools reuse: Markdown, llms.txt, the JSON Schema of
 * errors.json, and the two copy buttons of every entry page. What the site serves is compared with
 * what the catalogue's own functions make from the entry files and their git history, which the
 * build read in this same checkout.
 */
const SITE = process.env.SITE_URL || 'http://localhost:4321';
const base = new URL('/', SITE);
const english = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;
const forms = { base, labels: entryLabels((key) => english[key]!) };
const dates = readCommitDates(ERRORS_DIR);
const catalogue = loadCatalogue().map((entry) => ({ ...entry, updated: dates.get(entry.file) }));
const expectedMarkdown = (entry: (typeof catalogue)[number]) => entryMarkdown(entry, catalogue, forms);

/** What an entry page offers to copy, and the alternate links and date it names, read by the browser. */
async function readEntryPage(page: Page, html: string) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return {
      alternates: [...doc.querySelectorAll('link[rel="alternate"][type="text/markdown"]')].map((link) => link.getAttribute('href')),
      copies: JSON.parse(doc.querySelector('entry-actions script[type="application/json"]')?.textContent ?? 'null') as {
        markdown: { text: string };
        reply: { text: string };
      } | null,
      updated: doc.querySelector('footer time')?.getAttribute('datetime') ?? null,
    };
  }, html);
}

test('every entry is served as Markdown at /errors/<slug>.md, exactly as made from its file', async ({ request }) => {
  expect(catalogue.length).toBeGreaterThan(20);
  for (const entry of catalogue) {
    const response = await request.get(entryMarkdownPath(entry.slug));
    expect(response.status(), entry.slug).toBe(200);
    expect(response.headers()['content-type'], entry.slug).toMatch(/^text\/markdown\b/);
    expect(await response.text(), entry.slug).toBe(expectedMarkdown(entry));
  }
});

test('every entry page names its Markdown, embeds both copies, and shows when it changed', async ({ page, request }) => {
  for (const entry of catalogue) {
    const html = await (await request.get(entryPath(entry.slug))).text();
    const { alternates, copies, updated } = await readEntryPage(page, html);
    const markdownUrl = entryUrls(base, entry.slug).markdown;
    expect(alternates, entry.slug).toEqual([markdownUrl]);
    const served = await request.get(new URL(markdownUrl).pathname);
    expect(served.status(), markdownUrl).toBe(200);
    expect(copies?.markdown.text, entry.slug).toBe(await served.text());
    expect(copies?.reply.text, entry.slug).toBe(entryReply(entry, forms));
    expect(updated, entry.slug).toBe(entry.updated?.toISOString() ?? null);
  }
});

test('llms.txt lists every entry and every docs page, and each of its links answers', async ({ request }) => {
  const text = await (await request.get('/llms.txt')).text();
  expect(text.startsWith('# Kimi Code API errors\n\n> ')).toBe(true);
  for (const entry of catalogue) {
    expect(text).toContain(`- [${entry.title} (HTTP ${entry.status})](${entryUrls(base, entry.slug).markdown}): ${entry.summary}\n`);
  }
  // The English docs pages; the Chinese edition is one link of its own.
  const docs = readdirSync('src/content/docs', { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file) && !/^404\./.test(file) && !file.startsWith('zh-cn/'))
    .map((file) => file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''));
  expect(docs.length).toBeGreaterThanOrEqual(3);
  for (const doc of docs) expect(text).toContain(`](${new URL(doc ? `/${doc}/` : '/', SITE).href})`);

  const links = [...text.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]!);
  expect(text).toContain(`](${new URL('/zh-cn/', SITE).href})`);
  expect(links.length).toBe(catalogue.length + docs.length + 4);
  for (const link of links) {
    expect(link.startsWith(base.href), link).toBe(true);
    expect((await request.get(new URL(link).pathname)).status(), link).toBe(200);
  }
});

test('llms-full.txt holds every entry\'s Markdown', async ({ request }) => {
  const text = await (await request.get('/llms-full.txt')).text();
  for (const entry of catalogue) expect(text).toContain(expectedMarkdown(entry));
});

test('errors.json names its JSON Schema, and a standard validator accepts it', async ({ request }) => {
  const data = await (await request.get('/errors.json')).json();
  expect(data.$schema).toBe(new URL('/errors.schema.json', SITE).href);
  const schema = await (await request.get(new URL(data.$schema).pathname)).json();
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  for (const entry of data.entries) {
    const known = catalogue.find((candidate) => candidate.slug === entry.slug)!;
    expect(entry.updated, entry.slug).toBe(known.updated?.toISOString().replace('.000Z', 'Z'));
  }
});

test.describe('the copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const entry = catalogue.find((candidate) => candidate.slug === 'account-status-abnormal')!;
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('put the entry\'s .md and the reply on the clipboard, and say so', async ({ page, request }) => {
    await page.goto(entryPath(entry.slug));
    const status = page.getByTestId('entry-actions-status');
    await expect(status).toHaveAttribute('role', 'status');

    await page.getByTestId('copy-markdown').click();
    await expect(status).toHaveText(english['entry.actions.copiedMarkdown']!);
    expect(await clipboard(page)).toBe(await (await request.get(entryMarkdownPath(entry.slug))).text());

    await page.getByTestId('copy-reply').click();
    await expect(status).toHaveText(english['entry.actions.copiedReply']!);
    expect(await clipboard(page)).toBe(entryReply(entry, forms));
  });

  test('are the first stops after "skip to content" and work from the keyboard', async ({ page, request }) => {
    await page.goto(entryPath(entry.slug));
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('href', '#_top');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('copy-markdown')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('entry-actions-status')).toHaveText(english['entry.actions.copiedMarkdown']!);
    expect(await clipboard(page)).toBe(await (await request.get(entryMarkdownPath(entry.slug))).text());

    await page.keyboard.press('Tab');
    await expect(page.getByTestId('copy-reply')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('entry-actions-status')).toHaveText(english['entry.actions.copiedReply']!);
    expect(await clipboard(page)).toBe(entryReply(entry, forms));
  });

  test('say so when the browser refuses', async ({ page, context }) => {
    await context.clearPermissions();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(entryPath(entry.slug));
    await page.getByTestId('copy-reply').click();
    await expect(page.getByTestId('entry-actions-status')).toHaveText(english['entry.actions.failed']!);
  });
});
