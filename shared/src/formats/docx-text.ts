/** The visible text of .docx paragraphs: runs, tabs, breaks; tracked deletions and field codes left out. */
import { isTag, isText, type ChildNode } from 'domhandler';
import { attr, type Element } from './xml';

/** Elements whose content is not visible text (or duplicates it, as mc:Fallback does). */
const SKIP = new Set([
  'w:pPr', 'w:rPr', 'w:del', 'w:delText', 'w:instrText', 'w:moveFrom', 'mc:Fallback',
  'w:footnoteReference', 'w:endnoteReference', 'w:commentReference',
]);

/** Symbol-font private-use code points Word uses for bullets typed as symbols. */
const SYMBOL_BULLETS = new Set(['F0B7', 'F0A7', 'F0D8', 'F0FC']);

function leafText(e: Element): string | undefined {
  switch (e.name) {
    case 'w:t':
      return e.children.map((c) => (isText(c) ? c.data : '')).join('');
    case 'w:tab':
      return '\t';
    case 'w:br':
    case 'w:cr':
      return '\n';
    case 'w:noBreakHyphen':
      return '-';
    case 'w:sym':
      return SYMBOL_BULLETS.has((attr(e, 'w:char') ?? '').toUpperCase()) ? '·' : '';
    default:
      return undefined;
  }
}

/**
 * The text inside a paragraph (or any run container). Paragraphs nested in text boxes end with a line break so
 * their words do not run together.
 */
export function inlineText(nodes: ChildNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (!isTag(n) || SKIP.has(n.name)) continue;
    const leaf = leafText(n);
    if (leaf !== undefined) out += leaf;
    else if (n.name === 'w:p') out += `${inlineText(n.children)}\n`;
    else out += inlineText(n.children);
  }
  return out;
}
