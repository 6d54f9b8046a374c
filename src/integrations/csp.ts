import { createHash } from 'node:crypto';

/**
 * The pieces of the site's Content Security Policy that do not need Astro: finding the inline
 * scripts of a built page, hashing them as a browser does, writing the policy and adding it to a
 * `_headers` file. Plain functions, so that tests/unit/csp.test.ts can check them directly.
 */

/** `type` values that make an inline <script> run (anything else is a data block the browser ignores). */
const JAVASCRIPT_TYPES = new Set([
  'module',
  'importmap',
  'speculationrules',
  // The JavaScript MIME type essences of the HTML standard.
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/**
 * Comments, elements whose content is raw text (a `<script` inside them is not a tag) and start
 * tags, in document order. Attribute values may contain `>`, so quoted values are matched whole.
 */
const TOKENS =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)(?:<\/\1\s*>|$)|<[a-z](?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

interface InlineScript {
  attributes: Record<string, string>;
  text: string;
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    // As in HTML, the first occurrence of an attribute wins.
    if (!(key in attributes)) attributes[key] = double ?? single ?? bare ?? '';
  }
  return attributes;
}

/** Every <script> element of a page that has no `src`, with its attributes and exact text. */
export function inlineScripts(html: string): InlineScript[] {
  const scripts: InlineScript[] = [];
  for (const [, tag, attributes = '', text = ''] of html.matchAll(TOKENS)) {
    if (tag?.toLowerCase() !== 'script') continue;
    const parsed = parseAttributes(attributes);
    if ('src' in parsed) continue;
    scripts.push({ attributes: parsed, text });
  }
  return scripts;
}

/** Whether the browser runs this inline script (and so checks it against `script-src`). */
function isExecutable(script: InlineScript): boolean {
  const type = script.attributes.type?.trim().toLowerCase();
  // An empty script is never run, so it needs no hash.
  if (script.text === '') return false;
  if (type === undefined || type === '') return true;
  return JAVASCRIPT_TYPES.has(type.split(';')[0]!.trim());
}

/**
 * The CSP source expression (`'sha256-…'`) for a script's text. The HTML parser turns CR LF and
 * lone CR into LF before the browser hashes the text, so the same is done here.
 */
export function scriptHash(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalized, 'utf8').digest('base64')}'`;
}

/** The inline scripts of a page that the browser would run, so that the policy must allow. */
export function executableInlineScripts(html: string): InlineScript[] {
  return inlineScripts(html).filter(isExecutable);
}

/** The hashes of every executable inline script of a page, each once, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(executableInlineScripts(html).map((script) => scriptHash(script.text)))];
}

/**
 * The policy: everything from this origin only; scripts only from files or with a known hash;
 * WebAssembly compilation for Pagefind's search index (`'wasm-unsafe-eval'` allows that and not
 * `eval`); inline styles, which Starlight and Expressive Code write as attributes.
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
  const hashes = [...new Set(scriptHashes)].sort();
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** One block of a `_headers` file (the format Netlify and Cloudflare Pages read). */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** Reads a `_headers` file: a path on its own line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    if (!match || !rules.length) throw new Error(`_headers line ${i + 1} is not "  Name: value" under a path: ${line}`);
    rules.at(-1)!.headers.push([match[1]!, match[2]!.trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern (`*` matches anything, `:name` one segment) matches a path. */
function headerPathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a host that reads `_headers` sends for a path (all matching rules, in order). */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => headerPathMatches(rule.path, path)).flatMap((rule) => rule.headers);
}

/**
 * Adds a header for every path to a `_headers` file: as the last line of its `/*` block, or in a
 * new `/*` block when there is none. Refuses when any rule already sets that header, since two
 * policies would both apply and the stricter would silently win.
 */
export function addSiteWideHeader(file: string, name: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new Error(`${name} must fit on one line`);
  const taken = parseHeadersFile(file).some((rule) =>
    rule.headers.some(([other]) => other.toLowerCase() === name.toLowerCase()),
  );
  if (taken) throw new Error(`_headers already sets ${name}; remove it there, the build computes it`);

  const header = `  ${name}: ${value}`;
  const lines = file.replace(/\s+$/, '').split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === '/*');
  if (start === -1) return `${file.trim() ? `${lines.join('\n')}\n\n` : ''}/*\n${header}\n`;
  // The block runs to the next path line; the header goes after its last header line.
  let end = lines.findIndex((line, i) => i > start && /^[^\s#]/.test(line));
  if (end === -1) end = lines.length;
  while (end > start + 1 && !/^\s+[^\s#]/.test(lines[end - 1]!)) end--;
  lines.splice(end, 0, header);
  return `${lines.join('\n')}\n`;
}
