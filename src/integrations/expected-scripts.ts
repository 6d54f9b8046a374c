import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import { scriptHash } from './csp.ts';

/**
 * The inline scripts a page may carry: those the site's components and Starlight's write with
 * `<script is:inline>`, which Astro copies into the page as they are. Every other script Astro
 * bundles into a file (see `scriptsAsFiles`), so an inline script whose text is not one of these
 * came from somewhere else, such as content, and must not be allowed by the policy.
 */

interface AstroNode {
  type?: string;
  start?: number;
  end?: number;
  openingElement?: { name?: { name?: string }; attributes?: { name?: { name?: string } }[]; end: number };
  closingElement?: { start: number } | null;
}

/** The text of each `<script is:inline>` of an .astro component, exactly as it appears between the tags. */
export function isInlineScripts(source: string): string[] {
  const texts: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as AstroNode;
    const opening = node.openingElement;
    const inline = opening?.attributes?.some((attribute) => attribute.name?.name === 'is:inline');
    if (node.type === 'JSXElement' && opening?.name?.name === 'script' && inline && node.closingElement) {
      // Offsets count UTF-16 code units, as string indexes do.
      texts.push(source.slice(opening.end, node.closingElement.start));
    }
    Object.values(node).forEach(visit);
  };
  visit(parse(source).ast);
  return texts;
}

function astroFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.astro') && !name.split(/[/\\]/).includes('node_modules'))
    .map((name) => join(folder, name));
}

/** Hash → the component that ships that inline script, for every .astro file under `folders`. */
export function expectedInlineScripts(folders: readonly string[], base = process.cwd()): Map<string, string> {
  const expected = new Map<string, string>();
  for (const file of folders.flatMap(astroFiles)) {
    for (const text of isInlineScripts(readFileSync(file, 'utf8'))) expected.set(scriptHash(text), relative(base, file));
  }
  return expected;
}

/**
 * Vite's `build.assetsInlineLimit` that never inlines a script: Astro writes a bundled script
 * smaller than the limit into the page, where only a hash could allow it. Other assets keep
 * Vite's default limit (`undefined` falls back to it).
 */
export const scriptsAsFiles = (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined);
