import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Accessibility of the reference: axe with every one of its rules switched on, in both themes and at
 * phone width; the paste → result → entry flow with the keyboard alone; what screen readers are
 * told; and pages that fit a phone without scrolling sideways.
 */

// Every rule axe has: WCAG 2.0/2.1/2.2 at A, AA and AAA, best practices, and the rules axe ships
// switched off (experimental, e.g. label-content-name-mismatch; deprecated).
const ALL_RULES = axe.getRules().map((rule) => rule.ruleId);
const ENABLE_ALL = Object.fromEntries(ALL_RULES.map((id) => [id, { enabled: true }]));

const RATE_LIMIT_PASTE =
  'API Error: 429 {"error":{"type":"rate_limit_error","message":"The engine is currently overloaded, please try again later"},"type":"error"}';
const UNRELATED_PASTE = 'zsh: command not found: foo';
/** Not an error of this API either, and long enough for the support report to scroll in its box. */
const LONG_UNRELATED_PASTE = [
  'Traceback (most recent call last):',
  ...Array.from({ length: 12 }, (_, i) => `  File "/home/someone/tools/build_step_${i}.py", line ${i + 10}, in run_step_${i}`),
  "ModuleNotFoundError: No module named 'foo'",
].join('\n');
/** A matching paste with long unbreakable parts, as real logs have them. */
const LONG_PASTE = `${RATE_LIMIT_PASTE}\n    at /home/someone/projects/a-project-with-a-very-long-name/node_modules/@anthropic-ai/sdk/src/core/error-handling-of-the-client.ts:123:45 request_id=${'0123456789abcdef'.repeat(6)}`;
const PHONE = { width: 375, height: 800 };

const input = (page: Page) => page.getByTestId('lookup-input');

async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}

async function analyze(page: Page) {
  return new AxeBuilder({ page }).options({ rules: ENABLE_ALL }).analyze();
}

function describeViolations(violations: axe.Result[]) {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
          .join('\n')}`,
    )
    .join('\n');
}

/** The focused element shows a clear focus indicator: an outline of 2px or more, or a box shadow. */
async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const element = document.activeElement!;
    const style = getComputedStyle(element);
    return {
      element: element.outerHTML.slice(0, 120),
      focusVisible: element.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
    };
  });
  const transparent = /rgba\(.*, 0\)|transparent/.test(focus.outlineColor);
  const outline = focus.outlineStyle !== 'none' && focus.outlineWidth >= 2 && !transparent;
  expect(focus.focusVisible && (outline || focus.boxShadow !== 'none'), JSON.stringify(focus)).toBe(true);
}

/** Presses Tab until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 25) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${max} presses of Tab did not reach ${target}`);
}

/**
 * The element is in the accessibility tree (not display:none, visibility:hidden or aria-hidden):
 * screen readers only announce changes to live regions that were already there.
 */
async function expectExposed(target: Locator) {
  const hiddenBy = await target.evaluate((element) => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none') return `display:none on ${node.tagName}`;
      if (node.getAttribute('aria-hidden') === 'true') return `aria-hidden on ${node.tagName}`;
    }
    return getComputedStyle(element).visibility === 'hidden' ? 'visibility:hidden' : null;
  });
  expect(hiddenBy).toBeNull();
}

const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href'));

// ---------------------------------------------------------------------------------------------
// axe

interface PageState {
  name: string;
  path: string;
  /** Brings the page into the state to check, after it has loaded. */
  prepare?: (page: Page) => Promise<void>;
}

const STATES: PageState[] = [
  { name: 'home', path: '/' },
  {
    name: 'lookup with a result',
    path: '/lookup/',
    prepare: async (page) => {
      await input(page).fill(RATE_LIMIT_PASTE);
      await expect(page.getByTestId('lookup-top')).toBeVisible();
    },
  },
  {
    name: 'lookup with no match',
    path: '/lookup/',
    prepare: async (page) => {
      await input(page).fill(UNRELATED_PASTE);
      await expect(page.getByTestId('lookup-none')).toBeVisible();
    },
  },
  {
    name: 'lookup with a long unmatched paste',
    path: '/lookup/',
    prepare: async (page) => {
      await input(page).fill(LONG_UNRELATED_PASTE);
      await expect(page.getByTestId('lookup-none')).toBeVisible();
    },
  },
  { name: 'entry page', path: '/errors/invalid-bot-id/' },
  { name: 'not-covered page', path: '/errors/not-covered/' },
  { name: '404 page', path: '/errors/no-such-error/' },
  // The Chinese edition, the same page types.
  { name: 'Chinese home', path: '/zh-cn/' },
  {
    name: 'Chinese lookup with a result',
    path: '/zh-cn/lookup/',
    prepare: async (page) => {
      await input(page).fill(`请求失败：${RATE_LIMIT_PASTE}`);
      await expect(page.getByTestId('lookup-top')).toBeVisible();
    },
  },
  {
    name: 'Chinese lookup with no match',
    path: '/zh-cn/lookup/',
    prepare: async (page) => {
      await input(page).fill(UNRELATED_PASTE);
      await expect(page.getByTestId('lookup-none')).toBeVisible();
    },
  },
  { name: 'Chinese entry page', path: '/zh-cn/errors/invalid-bot-id/' },
  { name: 'Chinese 404 page', path: '/zh-cn/404/' },
];

for (const viewport of [null, PHONE]) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`axe, ${theme} theme${viewport ? ', phone width' : ''}`, () => {
      if (viewport) test.use({ viewport });
      for (const state of STATES) {
        test(`${state.name} has no violations`, async ({ page }) => {
          await useTheme(page, theme);
          await page.goto(state.path);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await state.prepare?.(page);
          const results = await analyze(page);
          // Every rule of axe really ran: none was left out by a tag filter or switched off.
          const ran = new Set(
            [...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable].map((r) => r.id),
          );
          expect([...ran].sort()).toEqual([...ALL_RULES].sort());
          expect(results.violations.map((v) => v.id), describeViolations(results.violations)).toEqual([]);
        });
      }
      if (viewport) {
        test('entry page with the navigation menu open has no violations', async ({ page }) => {
          await useTheme(page, theme);
          await page.goto('/errors/invalid-bot-id/');
          await page.getByRole('button', { name: 'Menu' }).click();
          await expect(page.getByRole('link', { name: 'Look up an error' })).toBeVisible();
          const results = await analyze(page);
          expect(results.violations.map((v) => v.id), describeViolations(results.violations)).toEqual([]);
        });
      }
    });
  }
}

test.describe('the search button', () => {
  async function expectLabelInName(page: Page) {
    const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    // The rule really looked at the button (it is experimental: off unless asked for).
    expect(results.passes.flatMap((r) => r.nodes.map((n) => n.target.join(' ')))).toContain('button[data-open-modal=""]');
    expect(results.violations, describeViolations(results.violations)).toEqual([]);
  }

  test('is named by its visible text, shortcut included (WCAG 2.5.3)', async ({ page }) => {
    await page.goto('/errors/not-covered/');
    const button = page.getByRole('button', { name: 'Search Ctrl K', exact: true });
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K');
    await expectLabelInName(page);
  });

  test('is named with ⌘ where Apple devices show ⌘', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
    await page.goto('/errors/not-covered/');
    const button = page.getByRole('button', { name: 'Search ⌘ K', exact: true });
    await expect(button).toBeVisible();
    await expect(button).toContainText('⌘');
    await expectLabelInName(page);
  });

  test('still opens the search dialog', async ({ page }) => {
    await page.goto('/errors/not-covered/');
    await page.getByRole('button', { name: 'Search Ctrl K' }).click();
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  });
});

// ---------------------------------------------------------------------------------------------
// Keyboard

test.describe('with the keyboard alone', () => {
  test('paste, reach the result with Tab, open the entry', async ({ page }) => {
    await page.goto('/');
    await tabTo(page, input(page));
    await expectVisibleFocus(page);
    await page.keyboard.type(RATE_LIMIT_PASTE);
    const top = page.getByTestId('lookup-top');
    await expect(top).toBeVisible();
    const entryUrl = await top.getByRole('link').first().getAttribute('href');
    expect(entryUrl).toMatch(/^\/errors\/[a-z0-9-]+\/$/);

    // The next Tab stop after the box is the top match's link.
    await page.keyboard.press('Tab');
    expect(await focusedHref(page)).toBe(entryUrl);
    await expectVisibleFocus(page);

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(entryUrl!);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('every link and button of a result is reached with Tab, in order, with a visible focus', async ({ page }) => {
    await page.goto('/lookup/');
    await input(page).fill(RATE_LIMIT_PASTE);
    await expect(page.getByTestId('lookup-top')).toBeVisible();
    const lookup = page.locator('error-lookup');
    const expected = await lookup.evaluate((box) =>
      [...box.querySelectorAll<HTMLElement>('#lookup-results a, #lookup-results button, #lookup-results [tabindex="0"], .actions button')]
        .filter((element) => element.checkVisibility())
        .map((element) => element.outerHTML),
    );
    expect(expected.length).toBeGreaterThanOrEqual(3);
    await input(page).focus();
    const reached: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      await expectVisibleFocus(page);
      reached.push(await page.evaluate(() => document.activeElement!.outerHTML));
    }
    expect(reached).toEqual(expected);
  });

  test('Enter in the box opens the top match; Shift+Enter adds a line', async ({ page }) => {
    await page.goto('/lookup/');
    // The lookup page puts the focus straight into the box.
    await expect(input(page)).toBeFocused();
    await page.keyboard.type('API Error: 429');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(
      '{"error":{"type":"rate_limit_error","message":"The engine is currently overloaded, please try again later"},"type":"error"}',
    );
    await expect(input(page)).toHaveValue(/429\n\{/);
    const entryUrl = await page.getByTestId('lookup-top').getByRole('link').first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(entryUrl!);
  });

  test('the no-match state can be worked with the keyboard', async ({ page }) => {
    await page.goto('/lookup/');
    await input(page).fill(UNRELATED_PASTE);
    const none = page.getByTestId('lookup-none');
    await expect(none).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(none.getByRole('link', { name: 'What to do when your error is not listed' })).toBeFocused();
    await expectVisibleFocus(page);
    await tabTo(page, none.getByRole('region', { name: /report for support/i }), 6);
    await expectVisibleFocus(page);
    await page.keyboard.press('Tab');
    await expect(none.getByRole('button', { name: 'Copy report' })).toBeFocused();
    await expectVisibleFocus(page);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`every Tab stop of an entry page shows where the focus is (${theme} theme)`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto('/errors/web-page-read-failed/');
      const seen = new Set<string>();
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return null;
          const path: number[] = [];
          for (let node: Element | null = element; node?.parentElement; node = node.parentElement) {
            path.unshift([...node.parentElement.children].indexOf(node));
          }
          return path.join('.');
        });
        if (id === null || seen.has(id)) break;
        seen.add(id);
        await expectVisibleFocus(page);
      }
      // The walk went through the header, the sidebar, the content and the footer links.
      expect(seen.size).toBeGreaterThan(30);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Screen readers

test.describe('what screen readers are told', () => {
  test('results and the no-match state are in a polite live region that exists before the paste', async ({ page }) => {
    await page.goto('/lookup/');
    const results = page.locator('#lookup-results');
    await expect(results).toHaveAttribute('aria-live', 'polite');
    await expect(results).toBeEmpty();
    await expectExposed(results);
    await expect(input(page)).toHaveAttribute('aria-controls', 'lookup-results');

    await input(page).fill(RATE_LIMIT_PASTE);
    await expect(results.getByTestId('lookup-top')).toBeVisible();

    await input(page).fill(UNRELATED_PASTE);
    await expect(results.getByTestId('lookup-none')).toBeVisible();
  });

  test('the redaction notice is a status message', async ({ page }) => {
    await page.goto('/lookup/');
    const notice = page.getByTestId('lookup-redaction');
    await expect(notice).toHaveRole('status');
    await expect(notice).toBeEmpty();
    await expectExposed(notice);
    await input(page).fill(`${RATE_LIMIT_PASTE}\nAuthorization: Bearer sk-${'a1B2c3D4e5'.repeat(5)}`);
    await expect(notice).toContainText('masked');
    await expect(page.getByRole('status').filter({ hasText: 'masked' })).toBeVisible();
  });

  test('the paste box is labelled, described and found as a search landmark', async ({ page }) => {
    await page.goto('/lookup/');
    await expect(page.getByRole('textbox', { name: 'Paste the error your client printed' })).toHaveAccessibleDescription(
      /Enter opens the top match/,
    );
    await expect(page.getByRole('search', { name: 'Error lookup' })).toContainText('Paste the error');
  });

  test('result headings continue the page outline', async ({ page }) => {
    for (const path of ['/', '/lookup/', '/errors/no-such-error/']) {
      await page.goto(path);
      await input(page).fill(RATE_LIMIT_PASTE);
      await expect(page.getByTestId('lookup-top').getByRole('heading', { level: 2 })).toBeVisible();
      await input(page).fill(UNRELATED_PASTE);
      await expect(page.getByTestId('lookup-none').getByRole('heading', { level: 2 })).toBeVisible();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Phone width

test.describe('at phone width', () => {
  test.use({ viewport: PHONE });

  const pages: [string, string, string?][] = [
    ['home', '/'],
    ['an entry with long messages (invalid-bot-id)', '/errors/invalid-bot-id/'],
    ['an entry with many messages (web-page-read-failed)', '/errors/web-page-read-failed/'],
    ['the lookup with a long result', '/lookup/', LONG_PASTE],
    ['the lookup with a long unmatched paste', '/lookup/', `${LONG_UNRELATED_PASTE}\n${'x'.repeat(300)}`],
    ['not-covered', '/errors/not-covered/'],
    ['404', '/errors/no-such-error/'],
  ];
  for (const [name, path, text] of pages) {
    test(`${name} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      if (text) {
        await input(page).fill(text);
        await expect(page.locator('#lookup-results > *').first()).toBeVisible();
      }
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const root = document.scrollingElement!;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(clientWidth).toBe(PHONE.width);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }

  test('the quick-lookup table scrolls inside its own region, which the keyboard can scroll', async ({ page }) => {
    await page.goto('/');
    const region = page.getByRole('region', { name: 'Quick lookup table' });
    await expect(region.getByTestId('quick-lookup-table')).toBeVisible();
    const box = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    await expect(page.getByText('Scroll the table sideways')).toBeVisible();

    await tabTo(page, region, 40);
    await expectVisibleFocus(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });
});
