import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addSiteWideHeader, contentSecurityPolicy, inlineScriptHashes } from './csp.ts';

/** Cloudflare Pages ignores a `_headers` line longer than this. */
export const MAX_HEADER_LINE = 2000;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/**
 * After the build, hashes every inline script of every page and writes `dist/_headers`: the
 * static security headers of `public/_headers` plus a Content-Security-Policy that allows exactly
 * those scripts. Hosts that read `_headers` (Netlify, Cloudflare Pages) then send it with every
 * response; other hosts can copy the policy from that file (see the README).
 */
export function securityHeaders(): AstroIntegration {
  let publicDir: URL | undefined;
  return {
    name: 'kimi:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = config.publicDir;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashes = new Set<string>();
        const pages = htmlFiles(out);
        for (const file of pages) for (const hash of inlineScriptHashes(readFileSync(file, 'utf8'))) hashes.add(hash);

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
