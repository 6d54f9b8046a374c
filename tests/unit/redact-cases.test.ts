import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/load.ts';
import { buildLookupIndex, createLookup } from '../../src/lib/lookup/index.ts';
import { normalise } from '../../src/lib/lookup/normalise.ts';
import { redactSecrets } from '../../src/lib/lookup/redact.ts';

/**
 * The secret families of the case files, both ways: every listed secret is gone from the masked
 * text (also once the lookup has decoded it), every kept part is still there, and no text without
 * a secret is altered. tests/redaction/secrets.jsonl is the working set; secrets-holdout.jsonl was
 * written by someone who never saw the code, and its lines are named by number, not printed.
 */
interface Case {
  text: string;
  secrets: string[];
  keep: string[];
  kind: string;
}

const readJsonl = <T>(file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

/** The listed parts a case gets wrong: secrets left, kept text lost. */
function failures({ text, secrets, keep }: Case, masked = redactSecrets(text).text, decoded = normalise(masked).text) {
  return {
    leaked: secrets.filter((s) => masked.includes(s) || decoded.includes(normalise(s).text)),
    lost: keep.filter((k) => !masked.includes(k)),
    masked,
  };
}

describe.each([
  { file: 'tests/redaction/secrets.jsonl', withSecretsAtLeast: 80, ordinaryAtLeast: 40, printed: true },
  { file: 'tests/redaction/secrets-holdout.jsonl', withSecretsAtLeast: 45, ordinaryAtLeast: 20, printed: false },
])('$file', ({ file, withSecretsAtLeast, ordinaryAtLeast, printed }) => {
  const cases = readJsonl<Case>(file);
  const withSecrets = cases.filter((c) => c.secrets.length);
  const ordinary = cases.filter((c) => !c.secrets.length);
  const named = (c: Case) => (printed ? JSON.stringify(c.text) : `${file}:${cases.indexOf(c) + 1}`);

  it('has enough cases of both kinds, and no secret is also text to keep', () => {
    expect(withSecrets.length).toBeGreaterThanOrEqual(withSecretsAtLeast);
    expect(ordinary.length).toBeGreaterThanOrEqual(ordinaryAtLeast);
    expect(ordinary.every((c) => c.keep.length)).toBe(true);
    const kept = cases.flatMap((c) => c.keep).join('\n');
    expect(withSecrets.flatMap((c) => c.secrets).filter((secret) => kept.includes(secret))).toEqual([]);
  });

  it('finds nothing more to mask in what it masked', () => {
    const again = cases.filter((c) => redactSecrets(redactSecrets(c.text).text).redactions).map(named);
    expect(again).toEqual([]);
  });

  it('masks them all the same when they come in one paste', () => {
    const masked = redactSecrets(cases.map((c) => c.text).join('\n\n')).text;
    const decoded = normalise(masked).text;
    const wrong = cases.filter((c) => {
      const { leaked, lost } = failures(c, masked, decoded);
      return leaked.length || lost.length;
    });
    expect(wrong.map(named)).toEqual([]);
  });

  it('masks every secret, keeps every kept part and alters no ordinary text', () => {
    const results = cases.map((c) => ({ c, ...failures(c) }));
    const secrets = withSecrets.flatMap((c) => c.secrets).length;
    const kept = cases.flatMap((c) => c.keep).length;
    const leaked = results.flatMap((r) => r.leaked).length;
    const lost = results.flatMap((r) => r.lost).length;
    const altered = ordinary.filter((c) => redactSecrets(c.text).redactions > 0);
    console.log(
      `${file}: secrets masked: ${secrets - leaked}/${secrets} (in ${withSecrets.length} texts); ` +
        `kept parts kept: ${kept - lost}/${kept}; ordinary texts altered: ${altered.length}/${ordinary.length}`,
    );
    const report = results
      .filter((r) => r.leaked.length || r.lost.length)
      .map((r) =>
        printed
          ? `[${r.c.kind}] ${named(r.c)}\n  -> ${JSON.stringify(r.masked)}` +
            (r.leaked.length ? `\n  secret left: ${JSON.stringify(r.leaked)}` : '') +
            (r.lost.length ? `\n  kept text lost: ${JSON.stringify(r.lost)}` : '')
          : `[${r.c.kind}] ${named(r.c)}: ${r.leaked.length} secrets left, ${r.lost.length} kept parts lost`,
      )
      .join('\n');
    expect(report).toBe('');
    expect(altered.map(named)).toEqual([]);
  });
});

describe('the lookup case files, masked', () => {
  const lookup = createLookup(buildLookupIndex(loadCatalogue()));
  const files = readdirSync('tests/lookup-cases').filter((f) => f.endsWith('.jsonl'));

  // Held-out lines are never printed: a failure names the file and line only.
  it('get the same answer from the lookup as before masking', () => {
    let texts = 0;
    const altered: string[] = [];
    const changed: string[] = [];
    for (const file of files) {
      readJsonl<{ text: string }>(`tests/lookup-cases/${file}`).forEach(({ text }, line) => {
        texts++;
        const masked = redactSecrets(text).text;
        if (masked === text) return;
        altered.push(`${file}:${line + 1}`);
        if (lookup(masked).match?.slug !== lookup(text).match?.slug) changed.push(`${file}:${line + 1}`);
      });
    }
    console.log(`lookup case texts with something masked: ${altered.length}/${texts}; answers changed by masking: ${changed.length}`);
    expect(texts).toBeGreaterThan(1000);
    expect(changed).toEqual([]);
  });
});
