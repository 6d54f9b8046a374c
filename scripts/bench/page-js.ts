/** What a built page costs in JavaScript, read from the files of the build (what the HTML and its imports name). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const IMPORTS = /\bimport\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

/** gzipped JS a page loads: script and modulepreload files and their static imports, inline scripts. */
export function pageJs(dist: string, page: string) {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = new Map<string, number>();
  let inline = 0;
  let data = 0;
  const queue: string[] = [];
  const pageDir = '/' + page.slice(0, page.lastIndexOf('/') + 1);
  const resolve = (spec: string, from: string) => new URL(spec, `http://x${from}`).pathname;
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1] ?? (/\brel="?modulepreload"?/.test(tag) ? /\bhref="([^"]+)"/.exec(tag)?.[1] : undefined);
    if (src && !/^(?:[a-z]+:)?\/\//i.test(src)) queue.push(resolve(src, pageDir));
  }
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attrs!)) continue;
    if (/type="?application\/(?:ld\+)?json"?/.test(attrs!)) data += gz(body!);
    else inline += gz(body!);
    for (const [, spec] of body!.matchAll(IMPORTS)) queue.push(resolve(spec!, pageDir));
  }
  while (queue.length) {
    const path = queue.pop()!;
    const file = join(dist, decodeURIComponent(path).replace(/^\//, ''));
    if (files.has(path) || !existsSync(file)) continue;
    const code = readFileSync(file);
    files.set(path, gz(code));
    for (const [, spec] of code.toString('utf8').matchAll(IMPORTS)) queue.push(resolve(spec!, path));
  }
  const fileBytes = [...files.values()].reduce((a, b) => a + b, 0);
  return { total: fileBytes + inline, files, inline, data };
}

export type PageJs = ReturnType<typeof pageJs>;

/** The HTML pages of a build, as paths from its folder with forward slashes. */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(sep).join('/'))
    .sort();
}
