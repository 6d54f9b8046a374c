import { expect, test, type Page } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';

/** The Simplified Chinese edition, as a reader of it sees the site. */
const catalogue = loadCatalogue();
const zh = (slug: string) => catalogue.find((entry) => entry.slug === slug)!.translations['zh-cn'];

const input = (page: Page) => page.getByTestId('lookup-input');

for (const entry of catalogue) {
  test(`Chinese entry page ${entry.slug}: Chinese around the server’s verbatim messages`, async ({ page }) => {
    await page.goto(`/zh-cn/errors/${entry.slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh(entry.slug).title);
    await expect(page.getByTestId('entry-status')).toHaveText(String(entry.status));
    for (const message of entry.messages) await expect(page.locator(`[id="${message.id}"] pre`)).toContainText(message.template);
    await expect(page.getByRole('heading', { name: '解决方法', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: '联系支持', exact: true })).toBeVisible();
    await expect(page.getByTestId('translation-behind')).toHaveCount(0);
    for (const lang of ['en', 'zh-CN']) await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveCount(1);
  });
}

test('the Chinese sidebar: section groups and entry titles in Chinese, linking Chinese pages', async ({ page }) => {
  await page.goto('/zh-cn/lookup/');
  const sidebar = page.locator('#starlight__sidebar');
  await expect(sidebar.getByText('认证错误', { exact: true })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: zh('invalid-api-key').title })).toHaveAttribute('href', '/zh-cn/errors/invalid-api-key/');
  await expect(sidebar.getByRole('link', { name: '查询错误' })).toHaveAttribute('href', '/zh-cn/lookup/');
});

test('the Chinese home page: table and box in Chinese, links to Chinese entries', async ({ page }) => {
  await page.goto('/zh-cn/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const table = page.getByTestId('quick-lookup-table');
  await expect(table.getByRole('columnheader', { name: '错误关键词' })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(catalogue.length);
  await expect(table.getByRole('link', { name: zh('token-limit-exceeded').title })).toHaveAttribute('href', '/zh-cn/errors/token-limit-exceeded/');
  await page.getByLabel('HTTP 状态码').selectOption('429');
  await expect(page.locator('quick-lookup-table [role="status"]')).toHaveText(/^显示 \d+ 个，共 28 个错误$/);
});

test.describe('the paste box on Chinese pages', () => {
  test('matches a Chinese client’s wrapper and links to the Chinese entry', async ({ page }) => {
    await page.goto('/zh-cn/lookup/');
    await input(page).fill('请求失败：API Error: 429 {"error":{"message":"The engine is currently overloaded, please try again later"}}');
    const top = page.getByTestId('lookup-top');
    await expect(top).toHaveAttribute('data-slug', 'engine-overloaded');
    await expect(top.getByRole('link', { name: zh('engine-overloaded').title }).first()).toHaveAttribute('href', '/zh-cn/errors/engine-overloaded/');
  });

  test('matches the server’s own Chinese text with full-width punctuation', async ({ page }) => {
    await page.goto('/zh-cn/lookup/');
    await input(page).fill('错误：unauthenticated：因违反用户协议，该账号已被禁用');
    await expect(page.getByTestId('lookup-top')).toHaveAttribute('data-slug', 'account-status-abnormal');
  });

  test('says in Chinese that nothing matches', async ({ page }) => {
    await page.goto('/zh-cn/lookup/');
    await input(page).fill('数据库迁移失败：列 user_id 不存在');
    const none = page.getByTestId('lookup-none');
    await expect(none).toBeVisible();
    await expect(none.getByRole('link', { name: /未收录|没有/ }).first()).toHaveAttribute('href', '/zh-cn/errors/not-covered/');
  });

  test('a /zh-cn/lookup/?q= deep link runs the lookup, and Copy link gives a /zh-cn/ link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/zh-cn/lookup/?q=${encodeURIComponent('Invalid Authentication')}`);
    await expect(page.getByTestId('lookup-top')).toHaveAttribute('data-slug', 'invalid-authentication');
    await page.getByTestId('lookup-copy-link').click();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.pathname).toBe('/zh-cn/lookup/');
    expect(link.searchParams.get('q')).toBe('Invalid Authentication');
  });
});

test.describe('the language picker leads to the same page in the other language', () => {
  const twins = [
    ['/', '/zh-cn/'],
    ['/lookup/', '/zh-cn/lookup/'],
    ['/errors/not-covered/', '/zh-cn/errors/not-covered/'],
    ['/errors/invalid-bot-id/', '/zh-cn/errors/invalid-bot-id/'],
    ['/404/', '/zh-cn/404/'],
  ];
  for (const [english, chinese] of twins) {
    test(`${english} ⇄ ${chinese}`, async ({ page }) => {
      await page.goto(english);
      await page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: '简体中文' });
      await expect(page).toHaveURL(chinese);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await page.getByRole('combobox', { name: '选择语言' }).first().selectOption({ label: 'English' });
      await expect(page).toHaveURL(english);
    });
  }
});

test.describe('search on Chinese pages uses the Chinese index', () => {
  for (const [query, slug] of [
    ['该账号已被禁用', 'account-status-abnormal'],
    ['reasoning_content', 'reasoning-content-missing'],
    ['配额', null],
  ] as const) {
    test(`“${query}”`, async ({ page }) => {
      await page.goto('/zh-cn/errors/not-covered/');
      await page.getByRole('button', { name: /搜索/ }).click();
      const dialog = page.getByRole('dialog', { name: '搜索' });
      await dialog.getByRole('textbox', { name: '搜索' }).fill(query);
      const first = dialog.locator('.pagefind-ui__result-link').first();
      await expect(first).toHaveAttribute('href', slug ? `/zh-cn/errors/${slug}/` : /^\/zh-cn\//);
    });
  }
});

test('a Chinese entry page copies its Chinese Markdown and a Chinese reply', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const entry = catalogue.find((candidate) => candidate.slug === 'token-limit-exceeded')!;
  await page.goto(`/zh-cn/errors/${entry.slug}/`);
  const markdown = await (await request.get(`/zh-cn/errors/${entry.slug}.md`)).text();
  expect(markdown).toContain(`# ${zh(entry.slug).title}`);
  await page.getByTestId('copy-markdown').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  await page.getByTestId('copy-reply').click();
  const reply = await page.evaluate(() => navigator.clipboard.readText());
  expect(reply).toContain(zh(entry.slug).title);
  expect(reply).toContain('解决方法：');
  expect(reply).toContain(`/zh-cn/errors/${entry.slug}/`);
  expect(reply).not.toMatch(/[`*#<>]/);
});
