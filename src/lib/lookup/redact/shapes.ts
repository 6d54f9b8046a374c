import type { Span } from './span.ts';
import { standIn } from './values.ts';

/**
 * Secrets known by their shape alone, wherever they stand. Every pattern starts at a fixed prefix
 * or at the start of a run of its own characters (a lookbehind), and its one open-ended run either
 * ends the match or is followed by a character the run cannot hold: linear on any input.
 */

/** The published prefixes of the major providers' keys and tokens; a `_` or `-` may come before (`KEY_sk-…`). */
const PROVIDER = new RegExp(
  `(?<![A-Za-z\\d])(?:${[
    'sk-[\\w-]{8,}', // OpenAI, Anthropic, Kimi, Moonshot, DeepSeek, OpenRouter
    '[rs]k_(?:live|test)_\\w{8,}', // Stripe
    'whsec_\\w{16,}',
    'AIza[\\w-]{30,}', // Google
    'ya29\\.[\\w.-]{20,}',
    'GOCSPX-[\\w-]{16,}',
    'gh[pousr]_\\w{30,}', // GitHub
    'github_pat_\\w{30,}',
    'glpat-[\\w-]{20,}', // GitLab
    '(?:AKIA|ASIA)[A-Z\\d]{16}(?![A-Za-z\\d])', // AWS
    'xox[abeoprs]-[\\w-]{10,}', // Slack
    'xapp-[\\w-]{10,}',
    'hf_[A-Za-z\\d]{30,}', // Hugging Face
    '(?:gsk|r8|npm)_\\w{30,}', // Groq, Replicate, npm
    '(?:xai|pplx)-\\w{30,}', // xAI, Perplexity
    'pypi-[\\w-]{50,}',
    'SG\\.[\\w-]{16,}\\.[\\w-]{16,}', // SendGrid
  ].join('|')})`,
  'g',
);

/** A JSON Web Token: base64url JSON header and payload (both `{"…` so `eyJ…`), then a signature. */
const JWT = /(?<![\w-])eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*/g;

/** The body of a PEM private key, up to its END line (or, cut off, where base64 stops). */
const PEM = /-----BEGIN [A-Z ]{0,40}PRIVATE KEY(?: BLOCK)?-----(?<v>(?:[\w\s+/=\\:,.]|-(?!----))+)/g;

/** The password in a URL's user info: `postgres://app:pw@db`, `https://user:token@host`. */
const URL_PASSWORD = /:\/\/[^\s/?#@:"'<>]{0,256}:(?<v>[^\s/?#"'<>]+)(?=@[^\s@])/g;

/** The password of `curl -u user:pw` and its kin. */
const USER_OPTION = /(?<![\w-])(?:-u|-U|--user|--proxy-user)[ \t]*["']?[^\s:"'@]{0,256}:(?<v>[^\s"']+)/g;

/** A bearer token outside a header (`token was Bearer …`). */
const BEARER = /(?<![\w-])bearer[ \t]+(?<v>[\w.~+/=-]{8,})/gi;

/** Patterns whose value is the whole match, or its group `v` (which ends the match), and whether a found value is one. */
const SHAPES: [RegExp, (value: string) => boolean][] = [
  [PROVIDER, () => true],
  [JWT, () => true],
  [PEM, () => true],
  // Only something that looks generated, not "Bearer authentication".
  [BEARER, (v) => /\d/.test(v) || v.length > 19],
  [URL_PASSWORD, (v) => !standIn(v)],
  // `-u 1000:1000` is a user and group id.
  [USER_OPTION, (v) => !standIn(v) && !/^\d+$/.test(v)],
];

export function findShapes(text: string): Span[] {
  const spans: Span[] = [];
  for (const [pattern, secret] of SHAPES) {
    for (const m of text.matchAll(pattern)) {
      const value = m.groups?.v ?? m[0];
      const end = m.index + m[0].length;
      if (secret(value)) spans.push([end - value.length, end]);
    }
  }
  return spans;
}
