// @ts-check
import { defineConfig, envField } from 'astro/config';
import starlight from '@astrojs/starlight';
import { loadCatalogue } from './src/lib/catalogue/load.ts';
import { entryRedirects, errorSidebar } from './src/lib/catalogue/navigation.ts';

// Read once here: Starlight's sidebar and Astro's redirects are static config, and loading the
// catalogue also fails the build early, naming the file and field, on any invalid entry.
const catalogue = loadCatalogue();

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  trailingSlash: 'always',
  redirects: entryRedirects(catalogue),
  env: {
    schema: {
      SUPPORT_EMAIL: envField.string({ context: 'server', access: 'public', optional: true }),
    },
  },
  integrations: [
    starlight({
      title: 'Kimi Code API errors',
      description: 'What each Kimi Code API error means and how to fix it. Paste an error to find its entry.',
      lastUpdated: false,
      sidebar: [
        { label: 'Look up an error', link: '/lookup/' },
        ...errorSidebar(catalogue),
        { label: 'Not listed here?', link: '/errors/not-covered/' },
      ],
    }),
  ],
});
