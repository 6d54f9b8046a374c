import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addSiteWideHeader, contentSecurityPolicy, executableInlineScripts, scriptHash } from './csp.ts';
import { expectedInlineScripts, scriptsAsFiles } from './expected-scripts.ts';

/** Cloudflare Pages ignores a `_headers` line longer than this. */
export const MAX_HEADER_LINE = 2000;

interface Options {
  /** Packages whose components may write inline scripts into the pages, besides the site's own. */
  componentPackages?: readonly string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/** The folder of an installed package: the nearest one above its entry point with a package.json. */
function packageFolder(name: string): string {
  let folder = dirname(fileURLToPath(import.meta.resolve(name)));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/** The hashes of the pages' inline scripts that are expected, and per page the text of the others. */
function sortInlineScripts(out: string, pages: readonly string[], expected: ReadonlyMap<string, string>) {
  const hashes = new Set<string>();
  const unexpected = new Map<string, string[]>();
  for (const file of pages) {
    const page = relative(out, file);
    for (const script of executableInlineScripts(readFileSync(file, 'utf8'))) {
      const hash = scriptHash(script.text);
      if (expected.has(hash)) hashes.add(hash);
      else unexpected.set(page, [...(unexpected.get(page) ?? []), preview(script.text)]);
    }
  }
  return { hashes, unexpected };
}

const preview = (text: string) => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 80));

/**
 * After the build, checks and hashes the inline scripts of every page and writes `dist/_headers`:
 * the static security headers of `public/_headers` plus a Content-Security-Policy that allows
 * exactly those scripts. Only the `<script is:inline>` of the site's components and of the
 * packages in `componentPackages` may be inline (bundled scripts are made files); any other
 * inline script, such as one that came in through content, fails the build instead of being
 * allowed. Hosts that read `_headers` (Netlify, Cloudflare Pages) then send the policy with every
 * response; other hosts can copy it from that file (see the README).
 */
export function securityHeaders({ componentPackages = ['@astrojs/starlight'] }: Options = {}): AstroIntegration {
  let publicDir: URL | undefined;
  let srcDir: URL | undefined;
  return {
    name: 'kimi:security-headers',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { assetsInlineLimit: scriptsAsFiles } } });
      },
      'astro:config:done': ({ config }) => {
        publicDir = config.publicDir;
        srcDir = config.srcDir;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const folders = [...(srcDir ? [fileURLToPath(srcDir)] : []), ...componentPackages.map(packageFolder)];
        const expected = expectedInlineScripts(folders);
        const pages = htmlFiles(out);
        const { hashes, unexpected } = sortInlineScripts(out, pages, expected);
        if (unexpected.size) {
          // The scripts' text goes to the log: in the error, words such as "window" would make
          // Astro add a hint about browser APIs that has nothing to do with this.
          for (const [page, scripts] of unexpected) for (const text of scripts) logger.error(`${page}: inline script ${text}`);
          throw new Error(
            `Inline scripts that no component of the site or of ${componentPackages.join(', ')} ships, in ` +
              `${[...unexpected.keys()].join(', ')} (their text is logged above). They are not allowed by the ` +
              'Content-Security-Policy: an entry cannot carry script, and a component writes its scripts as <script> or <script is:inline>.',
          );
        }

        const source = publicDir ? join(fileURLToPath(publicDir), '_headers') : '';
        const base = source && existsSync(source) ? readFileSync(source, 'utf8') : '';
        const policy = contentSecurityPolicy(hashes);
        const line = `  Content-Security-Policy: ${policy}`;
        if (line.length > MAX_HEADER_LINE) {
          throw new Error(
            `The Content-Security-Policy line is ${line.length} characters (${hashes.size} inline scripts); ` +
              `Cloudflare Pages ignores _headers lines over ${MAX_HEADER_LINE}. Move inline scripts into bundled ones.`,
          );
        }
        writeFileSync(join(out, '_headers'), addSiteWideHeader(base, 'Content-Security-Policy', policy));
        logger.info(`_headers: Content-Security-Policy allows ${hashes.size} inline scripts of ${pages.length} pages`);
      },
    },
  };
}
