/**
 * Character-level clean-up shared by the paste and the templates, so both sides compare alike.
 * Every pattern here matches a fixed number of characters: linear on any input.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Zero-width and bidi marks hide inside words (copied from chat apps, RTL terminals) and split them.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/** Same-length cleaning: control, invisible and broken characters out, typographic quotes straightened. */
export function sanitize(text: string): string {
  return text
    .replace(LONE_SURROGATE, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"');
}

/** NFKC folds fullwidth letters and punctuation (common in CJK terminals) to their ASCII forms. */
export function clean(text: string): string {
  return sanitize(text).normalize('NFKC');
}

/**
 * Lowercase that keeps every index in place, so a position found in the folded text is the same
 * position in the text it came from (a few letters, such as "İ", grow when lowercased).
 */
export function lower(text: string): string {
  const folded = text.toLowerCase();
  return folded.length === text.length ? folded : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", '#39': "'", '#34': '"' };

/** A paste copied out of a web page's source has its quotes as `&quot;`. */
export function decodeEntities(text: string): string {
  return text.replace(/&(quot|amp|lt|gt|apos|#39|#34);/g, (_, name: string) => ENTITIES[name]);
}

const ESCAPE = /\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[^ux])/g;

function unescapeOnce(text: string): string {
  return text.replace(ESCAPE, (whole, c: string) => {
    if (c.length > 1) return String.fromCharCode(parseInt(c.slice(1), 16));
    if (c === 'n' || c === 'r' || c === 't') return c === 't' ? '\t' : '\n';
    // A backslash before an ordinary letter is a Windows path, not an escape.
    return /[\\"'/`]/.test(c) ? c : whole;
  });
}

/**
 * Undoes JSON and Python escaping, as many layers as the paste has (JSON inside JSON inside a
 * log field), up to a few: each layer is one linear pass.
 */
export function unescape(text: string, layers = 4): string {
  for (let i = 0; i < layers; i++) {
    const next = unescapeOnce(text);
    if (next === text) break;
    text = next;
  }
  return text;
}
