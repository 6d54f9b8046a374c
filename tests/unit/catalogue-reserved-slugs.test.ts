import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';

/**
 * Which of the site's own pages under /errors/ (src/content/docs/errors) take a slug from the
 * entries. That folder belongs to the site, so the test shows the loader other contents of it
 * through a stand-in for `node:fs`; every other path reads the disk.
 */

const ownPages = vi.hoisted(() => ({ names: [] as string[] | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const isOwnPages = (path: unknown) => typeof path === 'string' && /[\\/]src[\\/]content[\\/]docs[\\/]errors[\\/]?$/.test(path);
  return {
    ...fs,
    existsSync: (path: string) => (isOwnPages(path) ? ownPages.names !== undefined : fs.existsSync(path)),
    readdirSync: ((path: string, options?: unknown) =>
      isOwnPages(path) && ownPages.names ? ownPages.names : fs.readdirSync(path, options as undefined)) as typeof fs.readdirSync,
  };
});

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A catalogue of one entry per slug, each with its translation. */
function catalogueOf(slugs: string[]) {
  root = mkdtempSync(join(tmpdir(), 'reserved-slugs-'));
  mkdirSync(join(root, 'content/errors/zh-cn'), { recursive: true });
  for (const slug of slugs) {
    writeFileSync(
      join(root, 'content/errors', `${slug}.md`),
      `---\ntitle: Title of ${slug}\nstatus: 400\nsection: request-format\norder: 1\nsummary: What ${slug} means, in one line.\nkeywords:\n  - ${slug}\nretry: do-not-retry\nmessages:\n  - id: ${slug}\n    template: the ${slug} message\n---\n\n## Cause\n\nSomething.\n`,
    );
    writeFileSync(
      join(root, 'content/errors/zh-cn', `${slug}.md`),
      `---\ntitle: ${slug} 的标题\nsummary: ${slug} 的意思，一行。\ntranslatedFrom: '000000000000'\n---\n\n## 原因\n\n某事。\n`,
    );
  }
  return () => loadCatalogue(root).map((entry) => entry.slug);
}

describe('the site\'s own pages under /errors/', () => {
  it('take the slug of each Markdown page (.md, .mdx, .mdoc), whatever its case', () => {
    ownPages.names = ['Not-Covered.mdx', 'about.md', 'glossary.mdoc'];
    for (const slug of ['not-covered', 'about', 'glossary']) {
      expect(catalogueOf([slug])).toThrow(new RegExp(`content/errors/${slug}\\.md: field "slug": slug "${slug}" is reserved`));
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('take no slug from other files there', () => {
    ownPages.names = ['not-covered.mdx', 'readme.txt', 'notes.mdown'];
    expect(catalogueOf(['readme', 'notes'])()).toEqual(['notes', 'readme']);
  });

  it('take no slug when the site has no such folder', () => {
    ownPages.names = undefined;
    expect(catalogueOf(['not-covered'])()).toEqual(['not-covered']);
  });
});
