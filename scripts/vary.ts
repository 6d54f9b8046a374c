/**
 * Deterministic variation of catalogue text, for the benchmarks' catalogue 50 times larger:
 * placeholders ({name}) are kept, about a third of the words become made-up ones, numbers shift by k.
 */
export function createVary(seed = 42): (text: string, k: number) => string {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tor', 'va', 'quin', 'des', 'pha', 'ul', 'gre', 'sob', 'nix', 'tal'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  return (text, k) =>
    text
      .split(/(\{[a-z][a-z0-9_]*\})/)
      .map((part, i) => (i % 2 ? part : part.replace(/[A-Za-z]{3,}|\d+/g, (w) => (/\d/.test(w) ? String(Number(w) + k) : random() < 0.35 ? word() : w))))
      .join('');
}
