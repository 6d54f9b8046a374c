import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { entryRedirects } from '../../src/lib/catalogue/navigation.ts';

/**
 * A catalogue in which one entry was renamed twice: tests/fixtures/renamed-entry. The real
 * catalogue has no renamed entry yet, and one must not be invented just to test the mechanism.
 */
const FIXTURE = fileURLToPath(new URL('../fixtures/renamed-entry/', import.meta.url));
const EXPECTED = {
  '/errors/five-hour-quota/': '/errors/rolling-quota-reached/',
  '/errors/usage-limit-reached/': '/errors/rolling-quota-reached/',
};

describe('a renamed entry keeps its old URLs', () => {
  it('turns each former slug declared next to the entry into a redirect to its page', () => {
    expect(entryRedirects(loadCatalogue(FIXTURE))).toEqual(EXPECTED);
  });

  it('declares no redirect for an entry that was never renamed', () => {
    const entries = loadCatalogue(FIXTURE).filter((entry) => entry.slug === 'token-limit-exceeded');
    expect(entries).toHaveLength(1);
    expect(entryRedirects(entries)).toEqual({});
  });
});

describe('astro.config.mjs', () => {
  afterEach(() => {
    vi.doUnmock('../../src/lib/catalogue/load.ts');
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** The site config as Astro gets it, built from the fixture catalogue instead of the real one. */
  async function configWithFixtureCatalogue() {
    vi.resetModules();
    vi.doMock('../../src/lib/catalogue/load.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/lib/catalogue/load.ts')>();
      return { ...original, loadCatalogue: () => original.loadCatalogue(FIXTURE) };
    });
    return (await import('../../astro.config.mjs')).default;
  }

  it('gives Astro the redirects of the catalogue it loads', async () => {
    expect((await configWithFixtureCatalogue()).redirects).toEqual(EXPECTED);
  });

  it('takes `site` from SITE_URL, with a local default', async () => {
    vi.stubEnv('SITE_URL', 'https://errors.example.test');
    expect((await configWithFixtureCatalogue()).site).toBe('https://errors.example.test');
    vi.stubEnv('SITE_URL', '');
    expect((await configWithFixtureCatalogue()).site).toBe('http://localhost:4321');
  });
});
