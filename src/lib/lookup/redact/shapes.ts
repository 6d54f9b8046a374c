import type { Span } from './span.ts';
import { keyLike, standIn } from './values.ts';

/**
 * Secrets known by their shape alone, wherever they stand. Every pattern starts at a fixed prefix
 * or at the start of a run of its own characters (a lookbehind), and its one open-ended run either
 * ends the match or is followed by a character the run cannot hold: linear on any input.
 */

/**
 * The published prefixes of the major providers' keys and tokens, before a `-`, `_` or `.` and a
 * random part of at least 16 characters (`sk` 8). The pattern finds the separator and looks behind
 * it for the prefix, which a `_` or `-` may come before (`KEY_sk-…`): a quick scan of a long log.
 */
const PREFIXES = [
  'sk', // OpenAI, Anthropic, Kimi, Moonshot, DeepSeek, OpenRouter; Stripe, Mapbox
  'rk|whsec',
  'ya29|GOCSPX', // Google
  'gh[pousr]|github_pat', // GitHub
  'gl(?:pat|dt|ptt|rt|c|sa)', // GitLab, Grafana
  'xox[abeoprs]|xapp', // Slack
  'hf|gsk|r8|npm|fw|jina|pcsk|sntr[ysu]|dckr_pat|lin_api|shp(?:at|ss|ca|pa)|do[opr]_v1|lsv2_(?:pt|sk)|tgp_v1',
  'sess|xai|pplx|pypi|nvapi|csk|tvly|PMAK|NRAK|SG|hv[sb]|AGE-SECRET-KEY',
].join('|');
/** Prefixes glued to the random part: Google's API keys, access key ids of AWS, Alibaba and Tencent, Atlassian, Databricks. */
const GLUED = 'AIza|AKIA|ASIA|LTAI|AKID|ATATT|ATBB|dapi';

const PROVIDER = new RegExp(
  `(?<=(?<![A-Za-z\\d])(${PREFIXES}))[-_.][\\w.-]{6,}[\\w-]` +
    `|(?<![A-Za-z\\d])(?:(?:${GLUED})[\\w.-]{15,}[\\w-]` +
    // A JSON Web Token: base64url JSON header and payload (both `{"…`, so `eyJ…`), then a signature.
    '|(?<![_-])eyJ[\\w-]{8,}\\.eyJ[\\w-]{8,}\\.[\\w-]*)' +
    // A Telegram bot token's secret, after the bot's id.
    '|(?<=\\d:)AA[\\w-]{30,}',
  'g',
);

/**
 * Some part of it (between `-`, `_`, `.`, `:`) looks random: not `npm_config_globalconfig`; after
 * `sk` any long part will do (`sk-kimi-for-coding` and `sk-your-key-here` have none). A
 * placeholder (`sk-xxxxxxxx…`) is no key.
 */
const random = (token: string, prefix = '') =>
  !standIn(token) &&
  (prefix === 'sk' || token.length > 15) &&
  token.split(/[-_.:]/).some((part) => part.length >= 8 && (keyLike(part) || prefix === 'sk'));

/**
 * The body of a PEM private key, up to its END line (or, cut off, where base64 stops), without the
 * line breaks (or `\n` escapes) around it.
 */
const PEM = /-----BEGIN [A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:\s|\\[nr])*([\w+/=](?:[\w\s+/=\\:,.]|-(?!----))*(?<=[\w+/=])(?<!\\[nr]))/g;

/** The password in a URL's user info: `postgres://app:pw@db`, `https://user:token@host`. */
const URL_PASSWORD = /:\/\/[^\s/?#@:"'<>]{0,256}:([^\s/?#"'<>]+)(?=@[^\s@])/g;

/** The same without a scheme, as in a DSN (`shop:pw@tcp(db:3306)/shop`): no `npm:pkg@1.0`, `python:3.12-slim@sha256:…`. */
const DSN = /(?<=(?:^|[\s"'=(,;<>`])[\w.%+-]{1,64}):([^\s/\\?#"'<>@=(,;:]+)(?=@(?!sha\d)[\w[(])/g;

/** The password of `curl -u user:pw` and its kin. */
const USER_OPTION = /(?<![\w-])(?:-[uU]|--(?:proxy-)?user)[ \t=]*["']?[^\s:"'@]{0,256}:["']?([^\s"']+)/g;

/** The password of a database or SSH client's short option: `mysql -pPW` (`-p db` asks for one), `redis-cli -a PW`, `sshpass -p PW`. */
const SHORT_OPTION =
  /[ \t]-(?:p(?<=\b(?:mysql|mariadb)\w*\b[^\n]{0,200}-p)|[pa](?<=\b(?:redis-cli|sshpass)\b[^\n]{0,200}-[pa])[ \t]{1,4})["']?([^\s"'-][^\s"']*)/g;

/** A bearer token or basic credentials outside a header (`token was Bearer …`). */
const BEARER = /(?<![\w-])(?:bearer|basic)[ \t]+([\w.~+/=-]{8,})/gi;

/** Patterns whose value is the whole match, or its group 1 (which ends the match), and whether a found value is one. */
const SHAPES: [RegExp, (value: string) => boolean][] = [
  [PEM, () => true],
  // Only something that looks generated, not "Bearer authentication".
  [BEARER, (v) => /\d/.test(v) || v.length > 19],
  [URL_PASSWORD, (v) => !standIn(v)],
  [DSN, (v) => !standIn(v) && /[^a-z]/.test(v) && !/^[\d.]+$/.test(v)],
  // `-u 1000:1000` is a user and group id.
  [USER_OPTION, (v) => !standIn(v) && !/^\d+$/.test(v)],
  // `redis-cli -p 6379` is a port.
  [SHORT_OPTION, (v) => !standIn(v) && !/^\d+$/.test(v)],
];

/**
 * A URL with `hook` in it (Slack's `hooks.slack.com/services/T…/B…/…`, Discord's `/api/webhooks/…`)
 * carries its secret in a path segment: a long one of mixed case and digits (no file name, no hex
 * commit id).
 */
const LINK = /\bhttps?:\/\/[^\s"'<>?#]+/g;
const SEGMENT = /(?<=\/)[\w-]{20,}(?=\/|[.,:;!)\]}]*$)/g;

function findHookSecrets(text: string, spans: Span[]): void {
  for (const { 0: url, index } of text.matchAll(LINK))
    if (/hook/i.test(url))
      for (const { 0: token, index: at } of url.matchAll(SEGMENT))
        if (/\d/.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token)) spans.push([index + at, index + at + token.length]);
}

export function findShapes(text: string): Span[] {
  const spans: Span[] = [];
  for (const { 0: token, 1: prefix, index } of text.matchAll(PROVIDER)) {
    if (random(token, prefix)) spans.push([index - (prefix?.length ?? 0), index + token.length]);
  }
  for (const [pattern, secret] of SHAPES) {
    for (const m of text.matchAll(pattern)) {
      const value = m[1] ?? m[0];
      const end = m.index + m[0].length;
      if (secret(value)) spans.push([end - value.length, end]);
    }
  }
  findHookSecrets(text, spans);
  return spans;
}
