import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToHast } from 'satteri';
import { ASTRO_ENV } from '../../scripts/bench/astro.ts';
import { copyProject } from '../../scripts/bench/copy-project.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, scriptHash } from '../../src/integrations/csp.ts';
import { expectedInlineScripts } from '../../src/integrations/expected-scripts.ts';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';

/**
 * The real site (astro.config.mjs, src/, Starlight) built from a fixture catalogue, in a copy of
 * the project whose content/ is the fixture's. Each build takes several seconds, so there are two: a catalogue whose entry data tries to inject
 * script, which must build into text, and one whose entry body holds a script, which must not build.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SITE_TITLE = 'Kimi Code API errors';
const BUILD_TIMEOUT = 300_000;

/**
 * Builds the real site with a fixture's catalogue, in a copy of the project (the benchmark's: its
 * node_modules hard-linked) whose `content/` is the fixture's.
 */
function buildSite(fixture: string, out: string) {
  const project = copyProject();
  try {
    rmSync(join(project.dir, 'content'), { recursive: true, force: true });
    cpSync(join(REPO, fixture, 'content'), join(project.dir, 'content'), { recursive: true });
    const config = project.config ? ['--config', project.config] : [];
    const run = spawnSync(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', ...config, '--outDir', out], {
      cwd: project.dir,
      encoding: 'utf8',
      env: ASTRO_ENV,
    });
    return { code: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    project.remove();
  }
}

interface HtmlNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
  content?: HtmlNode;
}

/** Every element of a page as a browser's parser builds it (satteri parses HTML by the standard). */
function elementsOf(html: string): HtmlNode[] {
  const found: HtmlNode[] = [];
  const visit = (node: HtmlNode) => {
    if (node.type === 'element') found.push(node);
    node.children?.forEach(visit);
    if (node.content) visit(node.content);
  };
  visit(htmlToHast(html) as HtmlNode);
  return found;
}

const textOf = (node: HtmlNode): string => node.value ?? (node.children ?? []).map(textOf).join('');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the site built from a catalogue whose entry data tries to run script', () => {
  const fixture = 'tests/fixtures/hostile-entry';
  const hostile = loadCatalogue(join(REPO, fixture)).find((entry) => entry.slug === 'hostile-title')!;
  let out = '';
  let log = '';
  let pages: Map<string, HtmlNode[]>;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'hostile-site-'));
    const { code, output } = buildSite(fixture, out);
    log = output;
    expect(code, output).toBe(0);
    pages = new Map(
      readdirSync(out, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.html'))
        .map((name) => [name, elementsOf(readFileSync(join(out, name), 'utf8'))]),
    );
  }, BUILD_TIMEOUT);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  // The fixture's translation of plain-entry records another English text than the one it has now.
  it('lists the translation that is behind its English entry, and shows the notice on that page only', () => {
    expect(log).toContain('1 translation(s) behind their English entry');
    expect(log).toMatch(/content\/errors\/zh-cn\/plain-entry\.md {2}translatedFrom: '[0-9a-f]{12}'/);
    const notice = (name: string) => pages.get(name)!.filter((node) => node.properties?.dataTestid === 'translation-behind');
    expect(notice('zh-cn/errors/plain-entry/index.html')).toHaveLength(1);
    const link = notice('zh-cn/errors/plain-entry/index.html')
      .flatMap((node) => node.children ?? [])
      .flatMap((node) => node.children ?? [])
      .find((node) => node.tagName === 'a')!;
    expect(link.properties?.href).toBe('/errors/plain-entry/');
    expect(notice('zh-cn/errors/hostile-title/index.html')).toHaveLength(0);
    expect(notice('errors/plain-entry/index.html')).toHaveLength(0);
  });

  it('is hostile: the title would close <title> and open a script if written as markup', () => {
    expect(hostile.title).toContain('</title><script>');
    expect(elementsOf(`<title>${hostile.title}</title>`).filter((node) => node.tagName === 'script')).toHaveLength(1);
  });

  it('writes the title as text in <title>, the heading and the share previews', () => {
    const page = pages.get('errors/hostile-title/index.html')!;
    const meta = (key: string) => page.find((node) => node.tagName === 'meta' && (node.properties?.property ?? node.properties?.name) === key)?.properties?.content;
    expect(page.filter((node) => node.tagName === 'title').map(textOf)).toEqual([`${hostile.title} | ${SITE_TITLE}`]);
    expect(page.filter((node) => node.tagName === 'h1').map(textOf)).toEqual([hostile.title]);
    expect(meta('og:title')).toBe(`${hostile.title} (HTTP ${hostile.status})`);
    expect(meta('twitter:title')).toBe(`${hostile.title} (HTTP ${hostile.status})`);
  });

  it('writes the title as text in the sidebar of every page and in the related list', () => {
    for (const [name, page] of pages) {
      if (/^(zh-cn\/)?(404(\/index)?|index)\.html$/.test(name)) continue;
      // Chinese pages link the Chinese page, under its Chinese title (as hostile as the English one).
      const [href, title] = name.startsWith('zh-cn/')
        ? ['/zh-cn/errors/hostile-title/', hostile.translations['zh-cn'].title]
        : ['/errors/hostile-title/', hostile.title];
      const links = page.filter((node) => node.tagName === 'a' && node.properties?.href === href);
      expect(links.length, name).toBeGreaterThan(0);
      for (const link of links) expect(collapse(textOf(link)), name).toContain(collapse(title));
    }
    const related = pages.get('errors/plain-entry/index.html')!.filter((node) => node.tagName === 'li' && textOf(node).includes('(400)'));
    expect(related.map((node) => textOf(node.children!.find((child) => child.tagName === 'a')!))).toEqual([hostile.title]);
  });

  it('carries the data in the lookup index and /errors.json as the same text', () => {
    const index = pages.get('lookup/index.html')!.find((node) => node.tagName === 'script' && node.properties?.type === 'application/json')!;
    expect(JSON.stringify(JSON.parse(textOf(index)))).toContain(JSON.stringify(hostile.title).slice(1, -1));
    const exported = JSON.parse(readFileSync(join(out, 'errors.json'), 'utf8')) as { entries: { slug: string; title: string }[] };
    expect(exported.entries.find((entry) => entry.slug === 'hostile-title')!.title).toBe(hostile.title);
  });

  it('runs no script but the components\': every inline script is one they ship, and no element has a handler', () => {
    const starlight = fileURLToPath(new URL('.', import.meta.resolve('@astrojs/starlight')));
    const expected = expectedInlineScripts([join(REPO, 'src'), starlight]);
    for (const [name, page] of pages) {
      for (const script of page.filter((node) => node.tagName === 'script' && !node.properties?.src)) {
        if (script.properties?.type === 'application/json') continue;
        expect(expected.has(scriptHash(textOf(script))), `${name}: ${textOf(script).slice(0, 80)}`).toBe(true);
        expect(script.properties?.type, `${name}: bundled scripts are files`).not.toBe('module');
      }
      for (const node of page) {
        expect(Object.keys(node.properties ?? {}).filter((key) => /^on/i.test(key)), name).toEqual([]);
        expect(String(node.properties?.href ?? ''), name).not.toMatch(/^\s*javascript:/i);
      }
    }
  });

  it('allows in its policy exactly the inline scripts of its pages', () => {
    const found = new Set<string>();
    for (const page of pages.values()) {
      for (const script of page.filter((node) => node.tagName === 'script' && !node.properties?.src && node.properties?.type !== 'application/json')) {
        found.add(scriptHash(textOf(script)));
      }
    }
    const policy = new Map(headersFor(parseHeadersFile(readFileSync(join(out, '_headers'), 'utf8')), '/')).get('Content-Security-Policy')!;
    expect(new Set(policy.match(/'sha256-[^']+'/g))).toEqual(found);
  });
});

describe('the site built from a catalogue with a script in an entry body', () => {
  it('fails, naming the file, the line and the HTML', () => {
    const out = mkdtempSync(join(tmpdir(), 'script-in-body-'));
    try {
      const { code, output } = buildSite('tests/fixtures/script-in-body', out);
      expect(code, output).not.toBe(0);
      expect(output).toContain('content/errors/script-in-body.md: body, line 19: raw HTML "<script>window.bodyRan = 1</script>"');
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, BUILD_TIMEOUT);
});
