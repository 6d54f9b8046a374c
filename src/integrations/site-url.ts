import type { AstroIntegration } from 'astro';

/** Where the site says it lives when SITE_URL is not set: right for `npm start`, wrong for a deploy. */
export const LOCAL_SITE = 'http://localhost:4321';

export const LOCAL_SITE_WARNING =
  `SITE_URL is not set, so canonical URLs, the sitemap and /errors.json point at ${LOCAL_SITE}. ` +
  'For a deploy, build with the public origin: SITE_URL=https://errors.example.com npm run build';

/**
 * Says so, once per build, when the site's address is the local default: a deploy built without
 * SITE_URL works in a browser, so nothing else would show that its links lead to localhost.
 */
export function localSiteWarning(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'kimi:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!siteUrl) logger.warn(LOCAL_SITE_WARNING);
      },
    },
  };
}
