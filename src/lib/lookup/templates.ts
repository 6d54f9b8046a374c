import { clean } from './text.ts';

/** `{name}` marks a part of a server message that varies, such as a size, an index or a URL. */
export const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** A placeholder, and the literal text the template has right before and right after it, folded. */
export interface Placeholder {
  name: string;
  before: string;
  after: string;
}

export type Capture = { name: string; value: string };

/** Whitespace runs become one space, so line-wrapped and re-indented copies compare alike. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ');

export function placeholdersOf(template: string): Placeholder[] {
  const pieces = collapse(clean(template)).toLowerCase().split(PLACEHOLDER);
  const placeholders: Placeholder[] = [];
  for (let k = 1; k < pieces.length; k += 2) placeholders.push({ name: pieces[k], before: pieces[k - 1].slice(-24).trimStart(), after: pieces[k + 1].slice(0, 12) });
  return placeholders;
}

const MAX_VALUE = 300;

/**
 * Each placeholder's value, read after the literal text before it, up to the literal after it,
 * or where the value visibly ends (a closing quote, the end of the line). Works on a whole copy
 * and on a partial one alike, with `indexOf` only: no regular expression is built from a
 * template. `view` is collapsed text, `folded` its lower case (positions are the same but after
 * the rare letters that grow, such as "İ").
 */
export function captureValues(placeholders: Placeholder[], view: string, folded: string): Capture[] {
  const captures: Capture[] = [];
  for (const { name, before, after } of placeholders) {
    const at = before.length > 2 ? folded.indexOf(before) : -1;
    if (at < 0) continue;
    const pos = at + before.length;
    let end = after ? folded.indexOf(after, pos) - pos : -1;
    // A closing quote: a double one, or a single one that ends a Python string.
    if (end < 0 || end > MAX_VALUE) end = view.slice(pos, pos + MAX_VALUE).search(/"|'(?=[,}\])]|$)|$/);
    const value = view.slice(pos, pos + end).trim();
    if (value) captures.push({ name, value });
  }
  return captures;
}
