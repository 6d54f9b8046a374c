import { markdownToMdast } from 'satteri';

/**
 * The Markdown features Astro 7 renders an entry with: its default processor (satteri) with
 * GFM and smart punctuation, plus the directives Starlight turns on for asides. Parsing with the
 * same parser and features is what makes "no HTML node here" mean "no HTML on the page".
 */
const RENDERED_FEATURES = { gfm: true, smartPunctuation: true, directive: true };

/** Link targets a reader's browser follows without running anything: web pages and mail. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  position?: { start: { line: number } };
  children?: MarkdownNode[];
}

interface BodyProblem {
  /** Line within the body, counting from 1. */
  line: number;
  message: string;
}

const preview = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** The protocol a browser would give the URL (it drops tabs, newlines and leading spaces first, as `URL` does). */
function protocolOf(url: string): string {
  try {
    return new URL(url, 'https://relative.invalid/').protocol;
  } catch {
    // Stryker disable next-line StringLiteral: an unparsable URL is refused whatever this returns, as only SAFE_PROTOCOLS pass
    return 'invalid:';
  }
}

/**
 * What in an entry's body could put markup or script on the page: any raw HTML (a block or an
 * inline tag, a comment) and links or images whose URL runs script (`javascript:` and the like).
 * Code spans and code blocks that show `<tags>` are text and pass.
 */
export function bodyProblems(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const visit = (node: MarkdownNode) => {
    // Stryker disable next-line OptionalChaining: satteri gives every node it returns a position
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      problems.push({
        line,
        message: `raw HTML ${preview(node.value ?? '')}: entries are Markdown only; show a tag as code, in backticks`,
      });
    }
    if (node.url !== undefined && !SAFE_PROTOCOLS.has(protocolOf(node.url))) {
      problems.push({ line, message: `link to ${preview(node.url)}: only http, https, mailto and site-relative links are allowed` });
    }
    node.children?.forEach(visit);
  };
  visit(markdownToMdast(body, { features: RENDERED_FEATURES }) as MarkdownNode);
  return problems;
}
