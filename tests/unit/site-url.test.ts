import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_SITE, LOCAL_SITE_WARNING, localSiteWarning } from '../../src/integrations/site-url.ts';

/** Runs an integration's build-start hook as Astro does, once per build, collecting its warnings. */
async function buildStart(integration: AstroIntegration): Promise<string[]> {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message), info() {}, error() {}, debug() {}, fork: () => logger, label: integration.name };
  await integration.hooks['astro:build:start']?.({ logger: logger as unknown as AstroIntegrationLogger, setPrerenderer() {} });
  return warnings;
}

describe('a build without SITE_URL', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('says in one line where canonical URLs, the sitemap and /errors.json point, and how to set it', async () => {
    expect(await buildStart(localSiteWarning(undefined))).toEqual([LOCAL_SITE_WARNING]);
    expect(await buildStart(localSiteWarning(''))).toEqual([LOCAL_SITE_WARNING]);
    expect(LOCAL_SITE_WARNING).not.toContain('\n');
    for (const part of ['SITE_URL', 'canonical URLs', 'sitemap', '/errors.json', LOCAL_SITE, 'SITE_URL=https://']) expect(LOCAL_SITE_WARNING).toContain(part);
  });

  it('stays quiet when SITE_URL is set', async () => {
    expect(await buildStart(localSiteWarning('https://errors.example.test'))).toEqual([]);
  });

  it('is wired into the site config, which reads SITE_URL when it loads', async () => {
    const integrationOf = async () => {
      vi.resetModules();
      const config = (await import('../../astro.config.mjs')).default;
      return config.integrations?.flat().find((i) => i && 'name' in i && i.name === 'kimi:site-url') as AstroIntegration;
    };
    vi.stubEnv('SITE_URL', '');
    expect(await buildStart(await integrationOf())).toEqual([LOCAL_SITE_WARNING]);
    vi.stubEnv('SITE_URL', 'https://errors.example.test');
    expect(await buildStart(await integrationOf())).toEqual([]);
  }, 60_000);
});
