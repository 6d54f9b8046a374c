/**
 * What the paste box adds to a page, JS and index data together, as the browser fetches it: every
 * script, module Web Worker and data file the page loads (Playwright's response events include the
 * workers' own), plus inline scripts and JSON in the HTML, each gzip -9. Measured after a paste, so
 * that whatever the box loads on first use counts too; minus what an entry page (no box) loads.
 */
import type { Browser, Response } from '@playwright/test';
import { launchChromium } from './chromium.ts';
import { kb, mark } from './format.ts';
import { gz } from './page-js.ts';
import type { Served } from './site.ts';
import { TARGET } from './targets.ts';

const BASELINE = '/errors/token-limit-exceeded/';
const BOX_PAGES = ['/lookup/', '/'];
const PASTE = 'Error: 401 {"error":{"message":"Invalid Authentication","type":"invalid_authentication_error"}}';

/** Everything a page loaded that counts: by URL for files, by content for inline blocks. */
interface Loaded {
  /** URL path → gzipped bytes, with what it is. */
  files: Map<string, { bytes: number; kind: 'js' | 'data' }>;
  inline: Map<string, { bytes: number; kind: 'js' | 'data' }>;
}

function kindOf(response: Response): 'js' | 'data' | 'html' | null {
  const type = response.headers()['content-type'] ?? '';
  const resource = response.request().resourceType();
  if (resource === 'document') return 'html';
  if (resource === 'script' || /javascript|ecmascript/.test(type)) return 'js';
  if (/json|wasm|octet-stream/.test(type) || ['fetch', 'xhr'].includes(resource)) return 'data';
  return null;
}

function inlineBlocks(html: string, into: Loaded['inline']) {
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attrs!) || !body!.trim()) continue;
    into.set(body!, { bytes: gz(body!), kind: /type="?application\/(?:ld\+)?json"?/.test(attrs!) ? 'data' : 'js' });
  }
}

async function load(browser: Browser, url: string, paste: boolean): Promise<Loaded> {
  const context = await browser.newContext();
  const loaded: Loaded = { files: new Map(), inline: new Map() };
  const reading: Promise<void>[] = [];
  try {
    const page = await context.newPage();
    page.on('response', (response) => {
      const kind = kindOf(response);
      if (!kind || response.status() >= 400) return;
      reading.push(
        response.body().then(
          (body) => {
            if (kind === 'html') inlineBlocks(body.toString('utf8'), loaded.inline);
            else loaded.files.set(new URL(response.url()).pathname, { bytes: gz(body), kind });
          },
          () => undefined, // a body the browser no longer holds: a redirect or an aborted request
        ),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    if (paste) {
      await page.getByTestId('lookup-input').fill(PASTE);
      await page.waitForSelector('[data-testid="lookup-top"], [data-testid="lookup-none"]', { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    }
    await Promise.all(reading);
  } finally {
    await context.close();
  }
  return loaded;
}

const sum = (items: Iterable<{ bytes: number }>) => [...items].reduce((n, x) => n + x.bytes, 0);

function added(page: Loaded, baseline: Loaded) {
  const files = [...page.files].filter(([path]) => !baseline.files.has(path));
  const inline = [...page.inline].filter(([body]) => !baseline.inline.has(body)).map(([, x]) => x);
  const all = [...files.map(([, x]) => x), ...inline];
  return {
    total: sum(all),
    js: sum(all.filter((x) => x.kind === 'js')),
    data: sum(all.filter((x) => x.kind === 'data')),
    files: files.map(([path, x]) => `${path} ${kb(x.bytes)}`),
    inline: inline.length,
  };
}

export async function boxWeightSection(site: Served): Promise<string[]> {
  const browser = await launchChromium();
  if (typeof browser === 'string') return [browser];
  try {
    const baseline = await load(browser, `${site.base}${BASELINE}`, false);
    const out = [
      `  ${site.label}; what the browser fetches (scripts, workers, data) and inline scripts, gzip -9, after a paste`,
      `  ${BASELINE.padEnd(30)} ${kb(sum(baseline.files.values()) + sum(baseline.inline.values())).padStart(9)} (no paste box: the baseline)`,
    ];
    for (const path of BOX_PAGES) {
      const box = added(await load(browser, `${site.base}${path}`, true), baseline);
      out.push(
        `  added on ${path.padEnd(21)} ${kb(box.total).padStart(9)} (JS ${kb(box.js)}, data ${kb(box.data)})   target <= ${TARGET.boxKb} KB  ${mark(box.total <= TARGET.boxKb * 1024)}`,
        `      ${box.files.length} files: ${box.files.join(', ') || 'none'}; ${box.inline} inline blocks`,
      );
    }
    return out;
  } finally {
    await browser.close();
  }
}
