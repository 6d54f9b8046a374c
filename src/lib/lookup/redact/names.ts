import type { Span } from './span.ts';
import { generated, standIn } from './values.ts';

/**
 * A value next to a secret-like name: `API_KEY=…`, `"accessToken": "…"`, `client-secret: …`,
 * `Authorization: Bearer …`, `--api-key …`, `Cookie: …`, `{"name": "DB_PASSWORD", "value": …}`, in
 * any case style, in JSON (escaped or not), YAML, dict reprs, headers, environment variables, URL
 * parameters and command lines.
 *
 * The pattern finds the word ending a name and the separator after it; the rest of the name is
 * read back to where its run starts, and the value by hand after it, so no open-ended run sits
 * between two parts that may fail, and each run is read once: linear on any input.
 */
/** The words in Chinese too: password, key, token. */
const CJK = '密码|[密秘]钥|令牌';
const WORD = `api[-_]?key|key|token|secret|passw(?:or)?d|pwd|pass(?:phrase)?|credentials?|auth(?:orization)?|sig(?:nature)?|cookie|jwt|mnemonic|${CJK}`;
const QUOTE = `\\\\*["'\`”’]?`;
/** Its groups: the word, what follows it (below), the separator, an opening quote, a scheme (`Bearer `). */
const NAMED = new RegExp(
  // A word may end in what holds it encoded (`client-key-data`, `SECRET_KEY_BASE`).
  `(${WORD})([-_]?(?:data|value|b64|base64|base|hex))?` +
    `(${QUOTE}\\]?[ \\t]*(?::=|=>|[:=：＝])[ \\t]*` +
    // The value of a name/value pair: `"name": "API_KEY", "value": "…"`, `key="DbPassword" value="…"`, or YAML's `value:` below.
    `|${QUOTE}[ \\t]*(?:[,\\r\\n][\\s-]*)?\\\\*["']?value${QUOTE}[ \\t]*[:=][ \\t]*` +
    // An XML element (`<password>…`), or blanks alone (`--api-key VALUE`, `password hunter2`): the code decides.
    '|>|[ \\t]+(?=[!-~]))' +
    // A value may be quoted, also as a wrapper's argument (`SecretStr("…")`).
    `((?:[A-Za-z_][\\w.]{0,40}\\()?\\\\*["'\`“‘])?((?:bearer|basic|token|digest)[ \\t]+)?`,
  'gi',
);

/** A word ending a name counts only as a word of its own: `api_key`, `accessToken`, `apikey`; not `monkey`. */
const JOINED = /(?:api|auth|access|refresh|secret|private|client|bearer|session|app|bot|master|account|service|signing|identity|id|user|admin|db)$/i;
/**
 * Names (and cookies: `sessionid`, `connect.sid`, `csrftoken`) whose value is a secret whatever it
 * looks like; any other (`cache_key`, `signature`, `theme`) needs one that looks made.
 */
const STRONG = new RegExp(`secret|pass|pwd|credential|api[-_]?key|(?:private|access|account)[-_]?key|token|auth|bearer|cookie|jwt|mnemonic|sess|(?<![a-z])sid|[cx]srf|${CJK}`, 'i');
/** Names that also count things (`token: 262144`): a number after them is no secret. */
const COUNTS = /^(?:token|auth(?:orization)?|sig(?:nature)?)$/i;
/** After a `,`, `;` or `&` comes the next pair (`&model=k2`, `, "model"`), or the value goes on (`p,w;d&x`). */
const NEXT_PAIR = /[,;&][ \t]*(?:[\w.-]+[ \t]*=|["'])/y;
/** An `Authorization` value's scheme not named in the pattern (`SSWS …`, `Bot …`, `AWS4-HMAC-SHA256 Credential=…`). */
const SCHEME = /[A-Za-z][\w-]{1,30}[ \t]+(?=[\w.~+/=[-]{8})/y;
/** Quoted values longer than this are not read as quoted: a stray quote must not swallow a log. */
const MAX_QUOTED = 1000;

function wordStarts(text: string, nameAt: number, wordAt: number, word: string): boolean {
  const before = text[wordAt - 1];
  if (wordAt === nameAt || !/[A-Za-z]/.test(before)) return true;
  const written = text.slice(wordAt, wordAt + 2);
  // camelCase (`accessToken`), or capitals run together (`PGPASSWORD`; but `KEY` in `MONKEY` is no name).
  if (/[A-Z]/.test(written[0]) && (/[a-z]/.test(before) || (/^[A-Z]+$/.test(written) && /[A-Z]/.test(before) && !/^key$/i.test(word)))) return true;
  return JOINED.test(text.slice(Math.max(nameAt, wordAt - 8), wordAt));
}

/** The end of a quoted value opened by `quote` (`"`, `'`, `“`, an escaped `\"`, `SecretStr("`) at `at`, or -1 if it does not close. */
function quotedEnd(text: string, at: number, quote: string): number {
  const open = quote[quote.length - 1];
  // A typographic quote closes with its pair, the next character (`“` U+201C, `”` U+201D).
  const close = open > '~' ? String.fromCharCode(open.charCodeAt(0) + 1) : open;
  for (let i = at; i < text.length && i < at + MAX_QUOTED; i++) {
    const c = text[i];
    if (c === '\n') break;
    if (c === close) return i;
    if (c === '\\') {
      if (quote.length > 1) return i;
      i++;
    }
  }
  return -1;
}

/** Each value in a cookie header's `name=value; …` pairs that is a secret (`theme=dark`, `Path=/` stay). */
function findCookies(text: string, at: number, end: number, spans: Span[]): void {
  for (const pair of text.slice(at, end).split(';')) {
    const eq = pair.indexOf('=') + 1;
    const name = pair.slice(0, eq);
    const value = pair.slice(eq).trim();
    const start = at + eq + pair.slice(eq).indexOf(value);
    if (value.length >= 4 && !standIn(value) && (generated(value) || STRONG.test(name))) spans.push([start, start + value.length]);
    at += pair.length + 1;
  }
}

/** The end of a bare value: up to a blank or quote (a cookie header: the line), less the punctuation after it. */
function bareEnd(text: string, at: number, wholeLine: boolean): number {
  let i = at;
  for (; i < text.length; i++) {
    const c = text[i];
    // Keys are printable ASCII: a CJK word or bracket after one is the message going on.
    if (c > '~' || c === '\n' || c === '\r' || `"'\`\\<`.includes(c)) break;
    if (wholeLine) continue;
    if (c <= ' ') break;
    if (c === ',' || c === ';' || c === '&') {
      NEXT_PAIR.lastIndex = i;
      if (NEXT_PAIR.test(text)) break;
    }
  }
  while (i > at && /[\s,;:.()\]}]/.test(text[i - 1])) i--;
  return i;
}

/** Names whose value after blanks alone is one when it is no word of prose (`password hunter2`, not `token limit`). */
const LOOSE = /^(?:passw(?:or)?d|passphrase|token|secret)$/i;

function isSecret(value: string, name: string, word: string, sep: string, quoted: boolean, inQuery: boolean): boolean {
  if (value.length < 4 || standIn(value) || value.startsWith('-----')) return false;
  // Blanks alone after a name that is no option: `password hunter2`, `add-authtoken …`, `set -x API_TOKEN …`.
  const loose = /^\s+$/.test(sep) && !name.startsWith('-');
  // In a query string a bare `key=` is an API key (Google's and many after it), a `sig=` a signature (Azure's).
  if (!STRONG.test(name) && !(inQuery && /^(?:key|sig(?:nature)?)$/i.test(name))) return !loose && generated(value);
  if (/^\d+$/.test(value)) return !COUNTS.test(word);
  // `API key: invalid`, `token: Expired`, `Unexpected token 'export'`, `token = await …`: a plain word there is prose or code.
  const plain = /^[A-Za-z][a-z]*[!?]?$/.test(value);
  if (loose) return !plain && value.length > 5 && (LOOSE.test(name) || generated(value));
  return quoted || !/[:：]|\s=/.test(sep) || !plain;
}

export function findNamed(text: string): Span[] {
  const spans: Span[] = [];
  NAMED.lastIndex = 0;
  for (let m; (m = NAMED.exec(text)); ) {
    const [, word, suffix = '', sep, , scheme] = m;
    const quote = m[4] ?? '';
    let at = NAMED.lastIndex;
    const wordAt = m.index;
    let nameAt = wordAt;
    while (/[\w.-]/.test(text[nameAt - 1] ?? '')) nameAt--;
    const name = text.slice(nameAt, wordAt + word.length + suffix.length);
    // A user name in a URL (`https://x-access-token:…@host`) is the URL rule's; `<password>` is XML, `password>` not.
    if (text.startsWith('://', nameAt - 3) || !wordStarts(text, nameAt, wordAt, word) || /^pass$/i.test(name) || (sep === '>' && text[nameAt - 1] !== '<')) continue;
    // An object, a list, a call, a placeholder or the next option is no value of its own: its inside is searched on.
    if (/[{[(<]/.test(text[at] ?? '') || (/^\s+$/.test(sep) && text[at] === '-')) continue;
    SCHEME.lastIndex = at;
    if (!scheme && /auth/i.test(word) && SCHEME.test(text)) at = SCHEME.lastIndex;
    const closed = quote ? quotedEnd(text, at, quote) : -1;
    const cookie = /cookie/i.test(word);
    const end = closed >= 0 ? closed : bareEnd(text, at, cookie);
    const value = text.slice(at, end);
    const secret = !cookie && isSecret(value, name, word, sep, quote !== '', /[?&]/.test(text[nameAt - 1] ?? ''));
    if (cookie) findCookies(text, at, end, spans);
    if (secret) spans.push([at, end]);
    // A secret is not searched again; a short other value may be the name of the next (`key="DbPassword" value="…"`).
    NAMED.lastIndex = secret || cookie || end - at > 64 ? Math.max(end, at) : at;
  }
  return spans;
}
