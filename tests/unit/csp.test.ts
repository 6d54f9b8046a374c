import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addSiteWideHeader,
  contentSecurityPolicy,
  headersFor,
  inlineScriptHashes,
  inlineScripts,
  parseHeadersFile,
  scriptHash,
} from '../../src/integrations/csp.ts';
import { expectedInlineScripts, isInlineScripts, scriptsAsFiles } from '../../src/integrations/expected-scripts.ts';
import { MAX_HEADER_LINE, securityHeaders } from '../../src/integrations/security-headers.ts';

describe('scriptHash', () => {
  it('gives the hash a browser computes for the script text', () => {
    // The worked example of the CSP specification.
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('hashes line breaks as the HTML parser leaves them (CR LF and CR become LF)', () => {
    expect(scriptHash('a();\r\nb();\rc();')).toBe(scriptHash('a();\nb();\nc();'));
    expect(scriptHash('a();\nb();')).not.toBe(scriptHash('a();b();'));
  });

  it('hashes non-ASCII text as UTF-8, as browsers do', async () => {
    const text = 'console.log("该账号已被禁用")';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    expect(scriptHash(text)).toBe(`'sha256-${Buffer.from(digest).toString('base64')}'`);
  });
});

describe('inlineScriptHashes', () => {
  const page = `<!doctype html>
<html><head>
<script>one()</script>
<SCRIPT TYPE="module">two()</SCRIPT>
<script type="text/javascript; charset=utf-8">three()</script>
<script type="application/json">{"data": true}</script>
<script type="application/ld+json">{"@type": "Article"}</script>
<script src="/_astro/page.js"></script>
<script type="module" src="/_astro/other.js">ignored()</script>
<script></script>
<script data-note='a > b' is:inline>four()</script>
<!-- <script>commented()</script> -->
</head><body>
<textarea placeholder="x"><script>typed()</script></textarea>
<div title="<script>attribute()</script>"></div>
<script type="importmap">{"imports": {}}</script>
<script type="">five()</script>
<script>one()</script>
</body></html>`;

  it('finds every script the browser would run from inline text, and nothing else', () => {
    expect(inlineScripts(page).map((script) => script.text)).toEqual([
      'one()',
      'two()',
      'three()',
      '{"data": true}',
      '{"@type": "Article"}',
      '',
      'four()',
      '{"imports": {}}',
      'five()',
      'one()',
    ]);
    expect(inlineScriptHashes(page)).toEqual(
      ['one()', 'two()', 'three()', 'four()', '{"imports": {}}', 'five()'].map(scriptHash),
    );
  });

  it('reads attributes whose value contains ">"', () => {
    expect(inlineScripts('<script data-x="a>b" type="application/json">{}</script>')[0]!.attributes).toEqual({
      'data-x': 'a>b',
      type: 'application/json',
    });
  });
});

describe('contentSecurityPolicy', () => {
  const hashes = [scriptHash('b()'), scriptHash('a()'), scriptHash('b()')];
  const policy = contentSecurityPolicy(hashes);
  const directives = new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));

  it('allows scripts only from the site itself or with a listed hash, plus WebAssembly for the search', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ...[...new Set(hashes)].sort()]);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });

  it('locks down everything else', () => {
    expect(Object.fromEntries(directives)).toMatchObject({
      'default-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });
});

describe('_headers files', () => {
  const file = `# Comment
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin

/pagefind/*
  Cache-Control: public, max-age=3600
`;

  it('reads rules and finds the headers for a path', () => {
    const rules = parseHeadersFile(file);
    expect(rules.map((rule) => rule.path)).toEqual(['/*', '/pagefind/*']);
    expect(headersFor(rules, '/errors/invalid-api-key/')).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ]);
    expect(headersFor(rules, '/pagefind/pagefind.js')).toHaveLength(3);
  });

  it('adds a header at the end of the /* block', () => {
    const result = addSiteWideHeader(file, 'Content-Security-Policy', "default-src 'self'");
    expect(result).toBe(`# Comment
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Content-Security-Policy: default-src 'self'

/pagefind/*
  Cache-Control: public, max-age=3600
`);
    expect(headersFor(parseHeadersFile(result), '/')).toContainEqual(['Content-Security-Policy', "default-src 'self'"]);
    expect(headersFor(parseHeadersFile(result), '/pagefind/x.js')).toContainEqual(['Content-Security-Policy', "default-src 'self'"]);
  });

  it('starts a /* block when there is none, or no file', () => {
    expect(addSiteWideHeader('/a/\n  X-A: 1\n', 'X-B', '2')).toBe('/a/\n  X-A: 1\n\n/*\n  X-B: 2\n');
    expect(addSiteWideHeader('', 'X-B', '2')).toBe('/*\n  X-B: 2\n');
  });

  it('refuses to add a second policy', () => {
    const withPolicy = `/*\n  content-security-policy: default-src *\n`;
    expect(() => addSiteWideHeader(withPolicy, 'Content-Security-Policy', "default-src 'self'")).toThrow(/already sets/);
  });

  it('rejects a header line outside any block', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
  });
});

describe('isInlineScripts', () => {
  it('gives the exact text of each <script is:inline> of a component, and of no other script', () => {
    const component = `---
const note = "<script is:inline>notAScript()</script> 该账号已被禁用 😀";
---
<p>{note} ü 😀</p>
<script is:inline>
  first("该");
</script>
<script>bundled()</script>
<script src="/file.js"></script>
{true && <script is:inline aria-hidden="true">second()</script>}
<!-- <script is:inline>commented()</script> -->
<script type="application/json" set:html={note} />`;
    expect(isInlineScripts(component)).toEqual(['\n  first("该");\n', 'second()']);
  });
});

describe('expectedInlineScripts', () => {
  it("knows Starlight's and the site's own inline scripts, by hash", () => {
    const starlight = fileURLToPath(new URL('.', import.meta.resolve('@astrojs/starlight')));
    const expected = expectedInlineScripts(['src', starlight]);
    const themeProvider = isInlineScripts(readFileSync(join(starlight, 'components/ThemeProvider.astro'), 'utf8'));
    const searchLabel = isInlineScripts(readFileSync('src/components/overrides/Search.astro', 'utf8'));
    expect(themeProvider).toHaveLength(1);
    expect(searchLabel).toHaveLength(1);
    expect(expected.get(scriptHash(themeProvider[0]!))).toMatch(/ThemeProvider\.astro$/);
    expect(expected.get(scriptHash(searchLabel[0]!))).toBe('src/components/overrides/Search.astro');
    expect(expected.has(scriptHash('alert(1)'))).toBe(false);
  });
});

describe('scriptsAsFiles', () => {
  it('never lets Vite inline a script, and leaves other assets to its default', () => {
    expect(scriptsAsFiles('_astro/page.B1x2.js')).toBe(false);
    expect(scriptsAsFiles('_astro/chunk.mjs')).toBe(false);
    expect(scriptsAsFiles('_astro/index.css')).toBeUndefined();
    expect(scriptsAsFiles('_astro/logo.svg')).toBeUndefined();
  });
});

describe('the security-headers integration', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /**
   * Runs the integration's hooks on a fake build: `pages` are written to dist, `headers` to
   * public/_headers, `components` to src/components. Returns _headers and what was logged as errors.
   */
  function build(pages: Record<string, string>, headers: string, components: Record<string, string> = {}) {
    root = mkdtempSync(join(tmpdir(), 'csp-'));
    mkdirSync(join(root, 'public'));
    mkdirSync(join(root, 'src/components'), { recursive: true });
    writeFileSync(join(root, 'public', '_headers'), headers);
    for (const [name, source] of Object.entries(components)) writeFileSync(join(root, 'src/components', name), source);
    for (const [name, html] of Object.entries(pages)) {
      mkdirSync(join(root, 'dist', name, '..'), { recursive: true });
      writeFileSync(join(root, 'dist', name), html);
    }
    const errors: string[] = [];
    const hooks = securityHeaders().hooks as unknown as Record<string, (options: unknown) => void>;
    hooks['astro:config:done']!({
      config: { publicDir: pathToFileURL(join(root, 'public/')), srcDir: pathToFileURL(join(root, 'src/')) },
    });
    const logger = { info() {}, error: (message: string) => errors.push(message) };
    try {
      hooks['astro:build:done']!({ dir: pathToFileURL(join(root, 'dist/')), logger });
    } catch (error) {
      throw Object.assign(error as Error, { logged: errors });
    }
    return readFileSync(join(root, 'dist', '_headers'), 'utf8');
  }

  const component = '<nav />\n<script is:inline>home()</script>\n<script is:inline>entry()</script>\n<script>bundled()</script>\n';

  it('writes public/_headers plus a policy with the inline scripts of every page, in every folder', () => {
    const result = build(
      {
        'index.html': '<script>home()</script><script type="application/json">{}</script>',
        'errors/a/index.html': '<script type="module">entry()</script><script>home()</script>',
        'errors.json': '<script>notAPage()</script>',
      },
      '/*\n  X-Content-Type-Options: nosniff\n',
      { 'Nav.astro': component },
    );
    const rules = parseHeadersFile(result);
    expect(headersFor(rules, '/errors/a/')).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Content-Security-Policy', contentSecurityPolicy([scriptHash('home()'), scriptHash('entry()')])],
    ]);
  });

  it("allows Starlight's own inline scripts", () => {
    const starlight = fileURLToPath(new URL('.', import.meta.resolve('@astrojs/starlight')));
    const [themeProvider] = isInlineScripts(readFileSync(join(starlight, 'components/ThemeProvider.astro'), 'utf8'));
    const result = build({ 'index.html': `<script>${themeProvider}</script>` }, '');
    expect(result).toContain(scriptHash(themeProvider!));
  });

  it('fails the build on an inline script no component ships, naming the page and logging the script', () => {
    const pages = {
      'index.html': '<script>home()</script>',
      'errors/bad/index.html': '<title>Bad </title><script>window.stolen = document.cookie</script>',
    };
    expect(() => build(pages, '', { 'Nav.astro': component })).toThrow(
      /Inline scripts that no component of the site or of @astrojs\/starlight ships, in errors\/bad\/index\.html /,
    );
    try {
      build(pages, '', { 'Nav.astro': component });
    } catch (error) {
      expect((error as { logged: string[] }).logged).toEqual(['errors/bad/index.html: inline script "window.stolen = document.cookie"']);
    }
  });

  it('fails the build on an inline copy of a bundled script (bundled scripts are files)', () => {
    expect(() => build({ 'index.html': '<script type="module">bundled()</script>' }, '', { 'Nav.astro': component })).toThrow(/in index\.html /);
  });

  it('fails the build when the policy line is too long for Cloudflare Pages', () => {
    const texts = Array.from({ length: 40 }, (_, i) => `script${i}()`);
    const many = texts.map((text) => `<script>${text}</script>`).join('');
    const components = { 'Many.astro': texts.map((text) => `<script is:inline>${text}</script>`).join('\n') };
    expect(`  Content-Security-Policy: ${contentSecurityPolicy(texts.map(scriptHash))}`.length).toBeGreaterThan(MAX_HEADER_LINE);
    expect(() => build({ 'index.html': many }, '', components)).toThrow(/Cloudflare Pages ignores _headers lines over 2000/);
  });
});
