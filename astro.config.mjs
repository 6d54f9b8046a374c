// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig, envField } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { ERRORS_DIR, loadCatalogue } from './src/lib/catalogue/load.ts';
import { behindReport, translationsBehind } from './src/lib/catalogue/load-translations.ts';
import { LOCALES } from './src/lib/catalogue/locales.ts';
import { sidebarTranslations, translationsOf } from './src/lib/i18n.ts';
import { entryRedirects, errorSidebar } from './src/lib/catalogue/navigation.ts';
import { entryPath } from './src/lib/catalogue/paths.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { LOCAL_SITE, localSiteWarning } from './src/integrations/site-url.ts';

// Read once here: Starlight's sidebar and Astro's redirects are static config, and loading the
// catalogue also fails the build early, naming the file and field, on any invalid entry.
const catalogue = loadCatalogue();
// Listed, not fatal: the page of a translation that is behind tells its readers so and links the English one.
const behind = behindReport(translationsBehind(catalogue));
if (behind) console.warn(behind);
const entryPages = new Set(catalogue.map((entry) => entryPath(entry.slug)));
const entryFolder = fileURLToPath(new URL(`./${ERRORS_DIR}/`, import.meta.url));

export default defineConfig({
  site: process.env.SITE_URL || LOCAL_SITE,
  trailingSlash: 'always',
  redirects: entryRedirects(catalogue),
  env: {
    schema: {
      SUPPORT_EMAIL: envField.string({ context: 'server', access: 'public', optional: true }),
    },
  },
  integrations: [
    starlight({
      title: { en: 'Kimi Code API errors', 'zh-CN': 'Kimi Code API 错误参考' },
      defaultLocale: 'root',
      locales: LOCALES,
      description: 'What each Kimi Code API error means and how to fix it. Paste an error to find its entry.',
      lastUpdated: false,
      customCss: ['./src/styles/theme.css'],
      // No request sends the page's address: a /lookup/?q=… link holds a paste. In the page itself,
      // so that it holds on hosts that ignore _headers too (public/_headers says the same).
      head: [{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } }],
      components: { Search: './src/components/overrides/Search.astro' },
      // Starlight writes <title> as markup; this makes it the page title as text, as elsewhere.
      routeMiddleware: './src/integrations/page-title.ts',
      sidebar: [
        { label: 'Look up an error', translations: translationsOf('sidebar.lookup'), link: '/lookup/' },
        ...errorSidebar(catalogue, sidebarTranslations(catalogue)),
        { label: 'Not listed here?', translations: translationsOf('sidebar.notCovered'), link: '/errors/not-covered/' },
      ],
      plugins: [
        // Fails the build on a link in the docs pages to a page or heading that does not exist.
        starlightLinksValidator({
          // Entry pages come from src/pages/errors/[slug].astro, whose headings and message anchors
          // the validator cannot see. It still fails a link to an entry that does not exist; the
          // anchors of entry pages are checked on the built site by tests/e2e/links.spec.ts.
          exclude: ({ link, file }) =>
            entryPages.has(link.split(/[?#]/)[0] ?? '') || (link.startsWith('#') && file.startsWith(entryFolder)),
        }),
      ],
    }),
    // After Starlight, so that it sees the final pages: writes dist/_headers with the CSP.
    securityHeaders(),
    localSiteWarning(process.env.SITE_URL),
  ],
});
