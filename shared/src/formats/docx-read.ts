/**
 * .docx -> SourceDocument: the body's tables (rows, cells, merged cells, shading) and the paragraphs between them
 * (with their style), in document order.
 */
import { SECTIONS_COLUMN_PROPERTY, type SourceBlock, type SourceCell, type SourceDocument, type SourceRow } from '../import/source';
import { readNumbering, paragraphMarker, type Numbering } from './docx-numbering';
import { inlineText } from './docx-text';
import { ImportError } from '../import/import-error';
import { attr, child, elements, findAll, parseXml, path, textOf, type Element } from './xml';
import { partText, readZip } from './zip';

const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml', 'docProps/custom.xml'];

interface Context {
  numbering: Numbering;
  styles: Map<string, string>;
}

/** Style ids are localised ("berschrift1"); the style's name ("heading 1") is not, so report "Heading1". */
function readStyles(xml: string | undefined): Map<string, string> {
  const styles = new Map<string, string>();
  for (const s of xml ? findAll(parseXml(xml), 'w:style') : []) {
    const name = attr(child(s, 'w:name'), 'w:val') ?? '';
    const pretty = name.replace(/(^|\s)(\w)/g, (_, _s: string, c: string) => c.toUpperCase()).replace(/\s+/g, '');
    styles.set(attr(s, 'w:styleId') ?? '', pretty || (attr(s, 'w:styleId') ?? ''));
  }
  return styles;
}

function paragraphText(p: Element, ctx: Context): string {
  return (paragraphMarker(p, ctx.numbering) + inlineText(p.children)).replace(/\s+$/, '');
}

/** A cell's blocks flattened to lines; a nested table's rows become tab-separated lines. */
function cellText(tc: Element, ctx: Context): string {
  const lines: string[] = [];
  for (const e of bodyElements(tc)) {
    if (e.name === 'w:p') lines.push(paragraphText(e, ctx));
    else if (e.name === 'w:tbl') {
      for (const row of readTable(e, ctx).rows) lines.push(row.cells.map((c) => c.text).join('\t'));
    }
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** w:shd: a "solid" pattern shows its pattern colour, otherwise the fill shows. */
function cellShading(tc: Element): string | undefined {
  const shd = path(tc, 'w:tcPr', 'w:shd');
  const solid = attr(shd, 'w:val') === 'solid' ? attr(shd, 'w:color') : undefined;
  const fill = solid ?? attr(shd, 'w:fill');
  return fill && /^[0-9a-f]{6}$/i.test(fill) ? fill.toUpperCase() : undefined;
}

function gridValue(node: Element | undefined): number {
  const n = Number(attr(node, 'w:val') ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/**
 * Reads one table. A vertically merged cell's continuation gets the text of the cell it continues: every row is
 * one action, and a lead or section merged down several rows belongs to each of them.
 */
function readTable(tbl: Element, ctx: Context): { kind: 'table'; rows: SourceRow[] } {
  const rows: SourceRow[] = [];
  const above = new Map<number, SourceCell>(); // grid column -> the cell that started a vertical merge there
  for (const tr of elements(tbl).filter((e) => e.name === 'w:tr')) {
    if (path(tr, 'w:trPr', 'w:del')) continue;
    const cells: SourceCell[] = [];
    let col = 0;
    const before = path(tr, 'w:trPr', 'w:gridBefore');
    if (before) {
      col = gridValue(before);
      cells.push({ text: '', span: col });
    }
    for (const tc of rowCells(tr)) {
      const span = gridValue(path(tc, 'w:tcPr', 'w:gridSpan'));
      const vMerge = path(tc, 'w:tcPr', 'w:vMerge');
      const continued = vMerge && attr(vMerge, 'w:val') !== 'restart' ? above.get(col) : undefined;
      const cell: SourceCell = continued ? { ...continued } : { text: cellText(tc, ctx) };
      const shading = cellShading(tc);
      if (shading) cell.shading = shading;
      if (span > 1) cell.span = span;
      else delete cell.span;
      if (vMerge) above.set(col, cell);
      else above.delete(col);
      cells.push(cell);
      col += span;
    }
    rows.push({ cells });
  }
  return { kind: 'table', rows };
}

/** A row's cells, looking through content controls and custom XML that may wrap them. */
function rowCells(tr: Element): Element[] {
  return bodyElements(tr, 'w:tc');
}

/** Block-level children, with w:sdt / w:customXml wrappers opened. */
function bodyElements(node: Element, want?: string): Element[] {
  const out: Element[] = [];
  for (const e of elements(node)) {
    if (e.name === 'w:sdt') out.push(...bodyElements(child(e, 'w:sdtContent') ?? e, want));
    else if (e.name === 'w:customXml') out.push(...bodyElements(e, want));
    else if (!want || e.name === want) out.push(e);
  }
  return out;
}

function readBody(body: Element, ctx: Context): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const e of bodyElements(body)) {
    if (e.name === 'w:tbl') blocks.push(readTable(e, ctx));
    if (e.name !== 'w:p') continue;
    const text = paragraphText(e, ctx);
    if (text.trim() === '') continue;
    const styleId = attr(path(e, 'w:pPr', 'w:pStyle'), 'w:val');
    const style = styleId && (ctx.styles.get(styleId) ?? styleId);
    blocks.push(style ? { kind: 'paragraph', text, style } : { kind: 'paragraph', text });
  }
  return blocks;
}

/** A custom document property's text (docProps/custom.xml), or undefined. */
function customProperty(xml: string | undefined, name: string): string | undefined {
  const property = xml ? findAll(parseXml(xml), 'property').find((p) => attr(p, 'name') === name) : undefined;
  const text = property ? textOf(property).trim() : '';
  return text === '' ? undefined : text;
}

/**
 * Parses a .docx file into a SourceDocument.
 * @throws ImportError 'corrupt' (damaged zip or XML), 'unsupported-format' (a zip without a Word body).
 */
export function readDocx(data: Uint8Array): SourceDocument {
  const parts = readZip(data, (name) => PARTS.includes(name));
  const xml = partText(parts, 'word/document.xml');
  if (xml === undefined) throw new ImportError('unsupported-format', 'The zip holds no word/document.xml.');
  const body = findAll(parseXml(xml), 'w:body')[0];
  if (!body) throw new ImportError('corrupt', 'word/document.xml has no body.');
  const ctx: Context = {
    numbering: readNumbering(partText(parts, 'word/numbering.xml')),
    styles: readStyles(partText(parts, 'word/styles.xml')),
  };
  const core = partText(parts, 'docProps/core.xml');
  const titleNode = core ? findAll(parseXml(core), 'dc:title')[0] : undefined;
  const title = titleNode ? textOf(titleNode).trim() : '';
  const doc: SourceDocument = { format: 'docx', blocks: readBody(body, ctx) };
  if (title) doc.title = title;
  const sectionsColumn = customProperty(partText(parts, 'docProps/custom.xml'), SECTIONS_COLUMN_PROPERTY);
  if (sectionsColumn) doc.sectionsColumn = sectionsColumn;
  return doc;
}
