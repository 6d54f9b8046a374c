import type { Signs } from '../catalogue/signs.ts';

/** Lines each way, and characters each way, that make a text's surroundings. */
const AROUND_LINES = 8;
const AROUND_CHARS = 2000;

/**
 * The lines around a span of the input that tell who printed it: its own line and the rest of its
 * paragraph (a traceback, a multi-line message), up to `lines` lines each way; 0: its own line.
 * Not the whole paste: in a long log, a sign far away is about another message. A paste no longer
 * than that is one message and what came with it, blank lines or not: the request that got it, the
 * response's headers before its body, the settings its sender added.
 */
export function surroundings(input: string, start: number, end: number, lines = AROUND_LINES): string {
  if (lines && input.length <= AROUND_CHARS && input.split('\n').length <= 2 * lines + 1) return input;
  const paragraph = (text: string[]) => {
    let n = 1;
    while (n < text.length && n <= lines && text[n].trim()) n++;
    return text.slice(0, n);
  };
  const before = paragraph(input.slice(Math.max(0, start - AROUND_CHARS), start).split('\n').reverse()).reverse();
  const after = paragraph(input.slice(end, end + AROUND_CHARS).split('\n'));
  return `${before.join('\n')}${input.slice(start, end)}${after.join('\n')}`;
}

/** Who printed a text, by the signs around it: the Kimi service, another program, or nothing tells. */
export type Printer = 'kimi' | 'other' | null;

// A URL's host, also with the slashes JSON escapes.
const URL_HOST = /\bhttps?:\\?\/\\?\/([a-z\d.-]{1,253})/g;
const NAMED_HOST = /\.[a-z]{2,}$/;

/**
 * Reads the signs of the catalogue (src/lib/catalogue/signs.ts): first on the text's own line,
 * where a sign of another program is the line's printer; then in its surroundings, where a sign of
 * Kimi outweighs any other.
 */
export function createPrinterReader({ hosts, kimi, other, pages }: Signs): (surroundings: string, line?: string) => Printer {
  const ours = (host: string) => hosts.some((h) => host === h || host.endsWith(`.${h}`));
  const read = (text: string, others: string[]): Printer => {
    const t = text.toLowerCase();
    if (hosts.some((h) => t.includes(h)) || kimi.some((s) => (s === s.toLowerCase() ? t : text).includes(s))) return 'kimi';
    for (const [, host] of t.matchAll(URL_HOST)) if (NAMED_HOST.test(host) && !ours(host)) return 'other';
    return others.some((s) => t.includes(s)) ? 'other' : null;
  };
  const all = [...other, ...pages];
  return (around, line = '') => read(line, other) ?? read(around, all);
}
