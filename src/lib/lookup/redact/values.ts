/**
 * What stands in the place of a secret without being one: a masked value (`[REDACTED]`,
 * `sk-****abcd`, `<hidden>`), a variable (`$KEY`, `${{ secrets.KEY }}`, `%KEY%`,
 * `process.env.KEY`, a bare `KIMI_API_KEY`), a placeholder (`<your key>`, `sk-xxxx…`,
 * `your-api-key`), a null, a path to a key file, a call in code (`self.tokenizer.encode(…`).
 */
const STAND_IN =
  /^(?:\$?\{\{[^}]*\}\}|\$(?:\{[^}]*\}?|\([^)]*\)|\w+)|%\w+%|<[^>]*>|null|none|nil|undefined|true|false|empty|missing|invalid|required|[*•.…x-]+|[~.]{0,2}\/[\w./-]*\.[a-z]{2,5})$|^(?:\W*(?:redacted|masked|hidden|filtered)\b|(?:process|import\.meta|os)\.env|[\w$.]+\()|[*•]{3}|x{4}|\.{3}|…|your[\W_]|placeholder|change[-_]?me/i;

const ENV_NAME = /^[A-Z][A-Z\d]*(?:_[A-Z\d]+)+$/;

export const standIn = (value: string) => STAND_IN.test(value) || ENV_NAME.test(value);

/** Looks machine-made rather than like a word or a name: letters and digits, or a long mixed-case run. */
export const keyLike = (value: string) =>
  (/\d/.test(value) && /[A-Za-z]/.test(value)) || (value.length >= 20 && /[a-z]/.test(value) && /[A-Z]/.test(value));

const UUID = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/i;

/**
 * A value that looks machine-made (letters and digits, long, no dots or spaces), unlike a word, a
 * path, a host name, a UUID (request and object ids) or a number.
 */
export const generated = (value: string) => /^[\w+/=-]{20,}$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value) && !UUID.test(value);
