import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text as it has to be written between `<title>` tags to be read back as the same text. */
export const titleText = (text: string) => text.replace(/[&<>]/g, (character) => ENTITIES[character]!);

/**
 * A Starlight route middleware. Starlight writes the head's `<title>` as markup (head entries
 * are HTML), while everywhere else (the heading, og:title, the sidebar, search) a page title is
 * text. An entry titled `Bad </title><script>…` would close the element and start a script, so
 * the title is escaped here: `<title>` then reads as the heading does, on every page.
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
  for (const entry of locals.starlightRoute.head) {
    if (entry.tag === 'title' && entry.content) entry.content = titleText(entry.content);
  }
});
