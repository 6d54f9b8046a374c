import { clean, lower } from './text.ts';

/** `{name}` marks a part of a server message that varies (same syntax as the catalogue schema). */
export const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/;

/** A template as literal pieces around its holes: `parts.length === names.length + 1`, parts folded. */
export interface CompiledTemplate {
  parts: string[];
  /** The parts as the server writes them, before case folding. */
  cased: string[];
  names: string[];
}

export interface TemplateMatch {
  start: number;
  end: number;
  captures: { name: string; value: string }[];
  /** Same letter case as the server's text: copied, not retyped or produced by another program. */
  verbatim: boolean;
}

/** Whitespace runs become one space, so line-wrapped and re-indented copies compare alike. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ');

export function compileTemplate(template: string): CompiledTemplate {
  const pieces = collapse(clean(template)).trim().split(PLACEHOLDER);
  const cased = pieces.filter((_, i) => i % 2 === 0);
  // A final full stop is often lost when a message is copied or re-wrapped.
  cased[cased.length - 1] = cased[cased.length - 1].replace(/[.\u3002]$/, '');
  return { parts: cased.map(lower), cased, names: pieces.filter((_, i) => i % 2 === 1) };
}

const MAX_VALUE = 300;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/**
 * The template's literal pieces, in order, each found with `indexOf` (no regular expression built
 * from the template, so no backtracking whatever it contains); the text between them is captured.
 * `view` is collapsed text, `folded` its lowercase.
 */
export function matchTemplate(t: CompiledTemplate, view: string, folded: string): TemplateMatch | null {
  const { parts, names } = t;
  let from = 0;
  for (let attempt = 0; attempt < 4; attempt++) {
    // A leading placeholder's value runs from the start of the view.
    const start = parts[0] ? folded.indexOf(parts[0], from) : 0;
    if (start < 0) return null;
    let pos = start + parts[0].length;
    let verbatim = view.startsWith(t.cased[0], start);
    const captures: TemplateMatch['captures'] = [];
    let ok = true;
    for (let k = 0; k < names.length && ok; k++) {
      const next = parts[k + 1];
      const end = next ? folded.indexOf(next, pos) : valueEnd(view, pos);
      ok = end >= 0 && end - pos <= MAX_VALUE;
      if (ok) captures.push({ name: names[k], value: view.slice(pos, end).trim() });
      verbatim &&= view.startsWith(t.cased[k + 1], end);
      pos = end + next.length;
    }
    // Whole words only: "Invalid Authentication" is not inside "invalid authenticationToken".
    if (ok && !isWordChar(folded[start - 1]) && !isWordChar(folded[pos])) return { start, end: pos, captures, verbatim };
    if (!parts[0]) return null;
    from = start + 1;
  }
  return null;
}

/**
 * For a partial copy: each placeholder's value read after the end of the literal text before it,
 * up to the start of the literal after it (or where the value visibly ends).
 */
export function captureByContext(t: CompiledTemplate, view: string, folded: string): TemplateMatch['captures'] {
  const captures: TemplateMatch['captures'] = [];
  t.names.forEach((name, k) => {
    const before = t.parts[k].slice(-24).trimStart();
    if (before.length < 3) return;
    const at = folded.indexOf(before);
    if (at < 0) return;
    const pos = at + before.length;
    const after = t.parts[k + 1].slice(0, 12);
    let end = after ? folded.indexOf(after, pos) : -1;
    if (end < 0 || end - pos > MAX_VALUE) end = valueEnd(view, pos);
    const value = view.slice(pos, end).trim();
    if (value) captures.push({ name, value });
  });
  return captures;
}

/** Where a value at the end of a message stops: at its closing quote or the end of the line. */
function valueEnd(view: string, pos: number): number {
  const limit = Math.min(view.length, pos + MAX_VALUE);
  for (let i = pos; i < limit; i++) {
    const c = view[i];
    if (c === '"' || c === '\n' || (c === "'" && /^'(?:[,}\])]|$)/.test(view.slice(i, i + 2)))) return i;
  }
  return limit;
}
