import type { Signs } from '../catalogue/signs.ts';

/** Lines each way, and characters each way, that make a text's surroundings. */
const AROUND_LINES = 8;
const AROUND_CHARS = 2000;

/**
 * The lines around a span of the input that tell who printed it: its own line and the rest of its
 * paragraph (a traceback, a multi-line message), up to a few lines each way. Not the whole paste:
 * in a long log, a sign far away is about another message.
 */
export function surroundings(input: string, start: number, end: number): string {
  const paragraph = (lines: string[]) => {
    let n = 1;
    while (n < lines.length && n <= AROUND_LINES && lines[n].trim()) n++;
    return lines.slice(0, n);
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

/** Reads the signs of the catalogue (src/lib/catalogue/signs.ts) in a text's surroundings. A sign of Kimi outweighs any other. */
export function createPrinterReader({ hosts, kimi, other }: Signs): (surroundings: string) => Printer {
  const ours = (host: string) => hosts.some((h) => host === h || host.endsWith(`.${h}`));
  return (text) => {
    const t = text.toLowerCase();
    if (hosts.some((h) => t.includes(h)) || kimi.some((s) => t.includes(s))) return 'kimi';
    for (const [, host] of t.matchAll(URL_HOST)) if (NAMED_HOST.test(host) && !ours(host)) return 'other';
    return other.some((s) => t.includes(s)) ? 'other' : null;
  };
}
