/**
 * Clipboard HTML -> SourceDocument. Word and Excel put a <table> on the clipboard (Word also the headings
 * between tables); cell text keeps its line breaks and list items, and colspan/rowspan and background colours are
 * read as in .docx.
 */
import { isTag, isText, type ChildNode } from 'domhandler';
import type { SourceBlock, SourceCell, SourceRow } from '../import/source';
import { gridToBlocks } from './grid';
import { elements, findAll, parseHtml, textOf, type Element } from './xml';

const BLOCK = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table']);
const SKIP = new Set(['style', 'script', 'head', 'title', 'xml', 'template']);
const NAMED_FILLS: Record<string, string> = { red: 'FF0000', yellow: 'FFFF00', green: '008000', lime: '00FF00', orange: 'FFA500', blue: '0000FF' };

/** Marks a block boundary; runs of them become one line break, unlike <br>, which always breaks. */
const EDGE = '\u0000';

/** Visible text with block elements on their own lines and list items as "· ". */
function htmlText(nodes: ChildNode[]): string {
  let out = '';
  for (const n of nodes) {
    // eslint-disable-next-line no-control-regex -- a NUL in the source text would pass for an EDGE
    if (isText(n)) out += n.data.replace(/[ \t\r\n\u0000]+/g, ' ');
    if (!isTag(n) || SKIP.has(n.name)) continue;
    if (n.name === 'br') out += '\n';
    else if (BLOCK.has(n.name)) out += `${EDGE}${n.name === 'li' ? '· ' : ''}${htmlText(n.children)}${EDGE}`;
    else out += htmlText(n.children);
  }
  return out;
}

function clean(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    /* eslint-disable no-control-regex -- the NULs are the EDGE marks htmlText put in */
    .replace(/^\u0000+|\u0000+$/g, '')
    .replace(/\u0000+/g, '\n')
    /* eslint-enable no-control-regex */
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();
}

/** CSS rules by class name from the page's <style> blocks: Excel puts cell fills there (td class=xl65). */
type ClassStyles = Map<string, string>;

function readClassStyles(roots: Element[]): ClassStyles {
  const styles: ClassStyles = new Map();
  for (const style of findAll(roots, 'style')) {
    for (const m of textOf(style).matchAll(/\.([\w-]+)\s*\{([^}]*)\}/g)) {
      styles.set(m[1]!, `${styles.get(m[1]!) ?? ''};${m[2]!}`);
    }
  }
  return styles;
}

function fillOf(cell: Element, classes: ClassStyles): string | undefined {
  const fromClasses = (cell.attribs.class ?? '').split(/\s+/).map((c) => classes.get(c) ?? '');
  const style = [cell.attribs.style ?? '', ...fromClasses].join(';'); // inline first: it wins
  const m = /background(?:-color)?\s*:\s*(#?[0-9a-z]+)/i.exec(style);
  const raw = (m?.[1] ?? cell.attribs.bgcolor ?? '').toLowerCase();
  const hex = NAMED_FILLS[raw] ?? raw.replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) return hex.replace(/(.)/g, '$1$1').toUpperCase();
  return /^[0-9a-f]{6}$/i.test(hex) ? hex.toUpperCase() : undefined;
}

function count(value: string | undefined): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Rows of a table (through thead/tbody/tfoot, not into nested tables); rowspan copies the cell down. */
function readTable(table: Element, classes: ClassStyles): SourceRow[] {
  const trs = elements(table).flatMap((e) => (e.name === 'tr' ? [e] : elements(e).filter((r) => r.name === 'tr')));
  const pending = new Map<number, { cell: SourceCell; left: number }>(); // grid column -> rowspan still to fill
  return trs.map((tr) => {
    const cells: SourceCell[] = [];
    let col = 0;
    const takeSpanned = () => {
      for (let p = pending.get(col); p; p = pending.get(col)) {
        cells.push({ ...p.cell });
        if (--p.left === 0) pending.delete(col);
        col += p.cell.span ?? 1;
      }
    };
    for (const td of elements(tr).filter((e) => e.name === 'td' || e.name === 'th')) {
      takeSpanned();
      const cell: SourceCell = { text: clean(htmlText(td.children)) };
      const span = count(td.attribs.colspan);
      const fill = fillOf(td, classes);
      if (span > 1) cell.span = span;
      if (fill) cell.shading = fill;
      const rows = count(td.attribs.rowspan);
      if (rows > 1) pending.set(col, { cell, left: rows - 1 });
      cells.push(cell);
      col += span;
    }
    takeSpanned();
    return { cells };
  });
}

/** Walks the HTML in order: tables become grids; headings and paragraphs outside tables become paragraphs. */
function walk(nodes: ChildNode[], blocks: SourceBlock[], classes: ClassStyles): void {
  for (const n of nodes) {
    if (!isTag(n) || SKIP.has(n.name)) continue;
    if (n.name === 'table') {
      blocks.push(...gridToBlocks(readTable(n, classes)));
      continue;
    }
    const heading = /^h([1-6])$/.exec(n.name);
    if (heading || n.name === 'p' || n.name === 'li') {
      const text = clean(htmlText(n.children));
      if (text) blocks.push(heading ? { kind: 'paragraph', text, style: `Heading${heading[1]}` } : { kind: 'paragraph', text });
      continue;
    }
    walk(n.children, blocks, classes);
  }
}

/** Clipboard HTML -> blocks in document order, each table given structure as a grid (see grid.ts). */
export function readHtmlBlocks(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const roots = parseHtml(html);
  walk(roots, blocks, readClassStyles(roots));
  return blocks;
}
