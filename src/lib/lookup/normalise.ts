import { clean, decodeEntities, sanitize, unescape } from './text.ts';

/** A paste taken out of its wrappers: what the matcher reads. */
export interface Normalised {
  /** The whole paste, unescaped and cleaned, without stack frames, timestamps, fences or HTTP headers. */
  text: string;
  /** Strings pulled out of JSON, Python reprs and `message:` fields, unescaped; message-like fields first. */
  messages: string[];
  /** The HTTP status the paste states, if any. */
  status: number | null;
  /** The status, or failing that the one its error type implies (`rate_limit_error` → 429). */
  statusHint: number | null;
}

export function normalise(raw: string): Normalised {
  // Frames are dropped before strings are read (a Python frame's source line holds strings of
  // its own) and again after unescaping (a JSON log carries its stack trace as one escaped string).
  const sane = stripNoise(decodeEntities(sanitize(raw)));
  const messages = extractStrings(sane).map((s) => clean(s).trim()).filter(Boolean);
  const text = stripNoise(clean(unescape(sane)));
  const status = findStatus(text);
  return { text, messages, status, statusHint: status ?? statusFromType(text) };
}

// --- strings inside JSON, dict reprs and key=value logs -------------------------------------------

const OPENS = /[\s{[(,:=]/;
const CLOSES = /[\s,}\]):;]/;
const MESSAGE_KEY = /^(?:message|msg|err(?:or)?|detail|description|body|reason)$/i;
const MAX_STRINGS = 64;

/**
 * Every quoted string, unescaped; strings that themselves hold quotes (JSON inside JSON) are read
 * again, a few layers deep. A quote only opens after a separator and only closes before one, so
 * apostrophes in prose do not. A string that never closes is skipped past, never rescanned: linear.
 */
export function extractStrings(text: string, depth = 0, out: { first: string[]; rest: string[] } = { first: [], rest: [] }): string[] {
  let key = '';
  for (let i = 0; i < text.length && out.first.length + out.rest.length < MAX_STRINGS; i++) {
    const q = text[i];
    if ((q !== '"' && q !== "'") || (i > 0 && !OPENS.test(text[i - 1]))) continue;
    let j = i + 1;
    let closed = false;
    for (; j < text.length && j - i < 20000; j++) {
      const c = text[j];
      if (c === '\\') j++;
      else if (c === '\n') break;
      else if (c === q && (j + 1 === text.length || CLOSES.test(text[j + 1]))) {
        closed = true;
        break;
      }
    }
    if (!closed) {
      i = j;
      continue;
    }
    const inner = text.slice(i + 1, j);
    const value = unescape(inner, 1);
    if (/^\s*:/.test(text.slice(j + 1, j + 3))) key = value;
    else {
      if (/\p{L}/u.test(value)) (MESSAGE_KEY.test(key) ? out.first : out.rest).push(value);
      key = '';
      if (depth < 4 && /["'\\]/.test(inner)) extractStrings(value, depth + 1, out);
    }
    i = j;
  }
  if (depth === 0) {
    // Go and Rust clients print `message: <text>` without quotes.
    for (const m of text.matchAll(/\bmessage:[ \t]*([^"'\n{][^\n]*)/gi)) out.first.push(m[1]);
  }
  return depth === 0 ? [...out.first, ...out.rest] : [];
}

// --- wrappers that carry no part of the message --------------------------------------------------

// Stack frames (JavaScript, Java, .NET, Python, Go), Python's caret lines, markdown fences, curl -v lines.
const NOISE_LINE =
  /^(?:\s+at\s+\S|\s*Traceback \(most recent|\s*\.\.\. \d+ more\s*$|\s*[~^]{3,}\s*$|goroutine \d+ \[|\s+\/\S+\.go:\d+|\s*```|[<>] ?(?:[A-Za-z][\w-]*: |[A-Z]+ \/|HTTP\/))/;
const PYTHON_FRAME = /^\s*File ".*", line \d+/;
const HTTP_STATUS_LINE = /^(?:< )?HTTP\/[\d.]+ \d{3}/;
const HEADER = /^(?:< )?[A-Za-z][\w-]*: /;
const TIMESTAMP = /\[?\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?\]?/g;
const RETRY_NOTE = /[·•]? ?Retrying in [\d.]+ ?\w*(?:…|\.\.\.)? ?(?:\(attempt \d+\/\d+\))?/gi;

/** Drops stack frames, fences, HTTP headers, timestamps and retry notes; keeps every line that can hold the message. */
export function stripNoise(text: string): string {
  const kept: string[] = [];
  let inHeaders = false;
  let inPythonFrame = false;
  for (const line of text.split('\n')) {
    if (HTTP_STATUS_LINE.test(line)) {
      inHeaders = true;
      kept.push(line);
      continue;
    }
    if (inHeaders && HEADER.test(line)) continue;
    inHeaders = false;
    // The source line under a Python frame is the caller's code, not the error.
    if (inPythonFrame && /^\s{4,}\S/.test(line)) {
      inPythonFrame = false;
      continue;
    }
    inPythonFrame = PYTHON_FRAME.test(line);
    if (inPythonFrame || NOISE_LINE.test(line)) continue;
    kept.push(line.replace(TIMESTAMP, ' ').replace(RETRY_NOTE, ' '));
  }
  return kept.join('\n').trim();
}

// --- the status code ------------------------------------------------------------------------------

const STATUS_AFTER_WORD = /(?:error|status(?:[ _-]?code)?|code|http(?:\/\d(?:\.\d)?)?|failed|returned)[^\w\n]{0,6}([45]\d\d)(?![\w.])/i;
const STATUS_AT_START = /^[^\w\n]{0,4}([45]\d\d) +[A-Za-z]|\(([45]\d\d)\)/m;

/** The status the client reported: after "status", "code", "HTTP", "Error"; at the start of a line; or alone in brackets. */
export function findStatus(text: string): number | null {
  const m = STATUS_AFTER_WORD.exec(text) ?? STATUS_AT_START.exec(text);
  return m ? Number(m[1] ?? m[2]) : null;
}

// OpenAI- and Anthropic-style error types name their status class.
const TYPE = /(?:(authentication)|(billing)|(permission|access_terminated)|(not_found)|(rate_limit|overloaded)|(invalid_request)|(server|api))[a-z_]{0,20}_error/;
const TYPE_STATUS = [401, 402, 403, 404, 429, 400, 500];

function statusFromType(text: string): number | null {
  const m = TYPE.exec(text);
  return m ? TYPE_STATUS[m.slice(1).findIndex(Boolean)] : null;
}
