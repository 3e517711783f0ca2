/**
 * A small, isomorphic XML/HTML tree helper over htmlparser2 (no DOM needed, so it runs in Node and in a worker).
 * OOXML parts are well-formed XML; clipboard HTML is not, and htmlparser2 copes with both.
 */
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type ChildNode, type Element } from 'domhandler';

export type { Element } from 'domhandler';

/** Parses an XML part (tag names keep their prefix and case, e.g. "w:tbl"). */
export function parseXml(xml: string): Element[] {
  return parseDocument(xml, { xmlMode: true, decodeEntities: true }).children.filter(isTag);
}

/** Parses HTML (lower-cased tag names, lenient about unclosed tags). */
export function parseHtml(html: string): Element[] {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true }).children.filter(isTag);
}

/** The element children of a node. */
export function elements(node: { children: ChildNode[] }): Element[] {
  return node.children.filter(isTag);
}

/** The first child element with this name, if any. */
export function child(node: Element, name: string): Element | undefined {
  return node.children.find((c): c is Element => isTag(c) && c.name === name);
}

/** A child's child, e.g. path(tc, 'w:tcPr', 'w:shd'). */
export function path(node: Element, ...names: string[]): Element | undefined {
  let at: Element | undefined = node;
  for (const name of names) at = at && child(at, name);
  return at;
}

/** Every descendant element with this name, in document order (not descending into matches). */
export function findAll(nodes: ChildNode[], name: string, out: Element[] = []): Element[] {
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (n.name === name) out.push(n);
    else findAll(n.children, name, out);
  }
  return out;
}

/** The concatenated text of a node and its descendants. */
export function textOf(node: ChildNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  return node.children.map(textOf).join('');
}

/** An attribute by its full name (e.g. "w:val"), or undefined. */
export function attr(node: Element | undefined, name: string): string | undefined {
  return node?.attribs[name];
}
