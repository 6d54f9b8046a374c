import type { List, ListItem, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * An entry's Markdown body as a syntax tree whose links all point at absolute addresses, resolved
 * against the entry's page (so `#contact-support` becomes `<page>#contact-support`). Raw HTML has
 * no place in the Markdown and plain-text forms, so a body holding some is refused, by name.
 */
export function parseBody(body: string, pageUrl: string, slug: string): Root {
  const tree = fromMarkdown(body);
  visit(tree, (node) => {
    if (node.type === 'html') {
      throw new Error(`${slug}: the body holds HTML (${node.value.slice(0, 40)}); write it in Markdown`);
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      node.url = new URL(node.url, pageUrl).href;
    }
  });
  return tree;
}

/** The items of the numbered list under the body's `## <heading>` heading. */
export function numberedSteps(tree: Root, heading: string): ListItem[] {
  const start = tree.children.findIndex(
    (node) => node.type === 'heading' && node.depth === 2 && toString(node) === heading,
  );
  if (start < 0) return [];
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= 2) break;
    if (node.type === 'list' && node.ordered) return (node as List).children;
  }
  return [];
}

/**
 * A piece of Markdown as plain text for an email: emphasis and code marks dropped, a link as
 * "text (address)", line breaks inside a paragraph joined into one line.
 */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value.replace(/\s*\n\s*/g, ' ');
    case 'break':
      return ' ';
    case 'link': {
      const text = node.children.map(plainText).join('');
      return text && text !== node.url ? `${text} (${node.url})` : node.url;
    }
    case 'image':
      return node.alt ?? '';
    case 'list':
      return node.children.map((item) => `- ${plainText(item)}`).join('\n');
    case 'listItem':
    case 'root':
    case 'blockquote':
      return node.children.map(plainText).join('\n');
    default:
      return 'children' in node ? node.children.map(plainText).join('') : 'value' in node ? node.value : '';
  }
}
