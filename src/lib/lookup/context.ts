import type { Signs } from '../catalogue/signs.ts';

/** Lines each way, and characters each way, that make a text's surroundings. */
const AROUND_LINES = 8;
const AROUND_CHARS = 2000;

/**
 * The lines around a span of the input that tell who printed it: its own line and the rest of its
 * paragraph (a traceback, a multi-line message), up to `lines` lines each way; 0: its own line.
 * Not the whole paste: in a long log, a sign far away is about another message, and a sign in
 * another record of the log (the program's own request to Kimi) is about another event. A paste
 * no longer than that is one message and what came with it, blank lines or not: the request that
 * got it, the response's headers before its body, the settings its sender added.
 */
export function surroundings(input: string, start: number, end: number, lines = AROUND_LINES): string {
  if (lines && input.length <= AROUND_CHARS && input.split('\n').length <= 2 * lines + 1) return input;
  // Up to a blank line, or to the edge of a record: going back, past its first line; going on, before the next record's.
  const paragraph = (text: string[], back: boolean) => {
    let n = 1;
    while (n < text.length && n <= lines && text[n].trim() && !RECORD.test(text[back ? n - 1 : n])) n++;
    return text.slice(0, n);
  };
  const before = paragraph(input.slice(Math.max(0, start - AROUND_CHARS), start).split('\n').reverse(), true).reverse();
  const after = paragraph(input.slice(end, end + AROUND_CHARS).split('\n'), false);
  return `${before.join('\n')}${input.slice(start, end)}${after.join('\n')}`;
}

/** The whole lines of a text from `start` to `end`. */
export const lineOf = (text: string, start: number, end: number) => text.slice(text.lastIndexOf('\n', start - 1) + 1, (text.indexOf('\n', end) + 1 || text.length + 1) - 1);

/**
 * The first line of a log's record: a date or a time of day near its start (not a header's, such
 * as `Date:`), a chat export's `[09:02] name: …`, or a command that a terminal or a CI job echoes
 * (`$ curl …`, `+ curl …`, `PS C:\> …`; not PowerShell's echo of the failing line in an error,
 * `+ $r = Invoke-…`), which opens its output. The lines after it that open none are the same record (a traceback, a wrapped
 * message, the command's output).
 */
const RECORD = /^(?:\$ |\+ [a-z.]|PS [^>\n]{0,80}> |\[\d{1,2}:\d\d\] |(?![\w-]+: )[^\n]{0,30}?(?:\d{4}[-/]\d\d[-/]\d\d|\d\d:\d\d:\d\d))/;

/**
 * Who printed a text, by the signs around it: the Kimi service, another program, or nothing
 * tells; `log`: nothing tells, and its line is a record of a log, which the logging program wrote.
 */
export type Printer = 'kimi' | 'other' | 'log' | null;

// A URL's host, also with the slashes JSON escapes.
const URL_HOST = /\bhttps?:\\?\/\\?\/([a-z\d.-]{1,253})/g;
const NAMED_HOST = /\.[a-z]{2,}$/;

/**
 * Reads the signs of the catalogue (src/lib/catalogue/signs.ts): first on the text's own line,
 * where a sign of another program is the line's printer; then in its surroundings, where a sign of
 * Kimi outweighs any other; without either, a line that is a log's record is the logging program's.
 */
export function createPrinterReader({ hosts, kimi, other, pages }: Signs): (surroundings: string, line?: string) => Printer {
  // Stryker disable next-line ArrowFunction,ConditionalExpression,LogicalOperator: ours is asked only of a text holding none of the hosts, so it is false there whatever it computes
  const ours = (host: string) => hosts.some((h) => host === h || host.endsWith(`.${h}`));
  const read = (text: string, others: string[]): Printer => {
    const t = text.toLowerCase();
    if (hosts.some((h) => t.includes(h)) || kimi.some((s) => (s === s.toLowerCase() ? t : text).includes(s))) return 'kimi';
    for (const [, host] of t.matchAll(URL_HOST)) if (NAMED_HOST.test(host) && !ours(host)) return 'other';
    return others.some((s) => t.includes(s)) ? 'other' : null;
  };
  const all = [...other, ...pages];
  return (around, line = '') => read(line, other) ?? read(around, all) ?? (RECORD.test(line) ? 'log' : null);
}
