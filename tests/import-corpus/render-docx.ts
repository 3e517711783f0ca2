/**
 * A corpus spec as a .docx, written as OOXML by hand (not with the library Concord exports with): tables with a
 * grid, cell shading (w:shd), horizontal (w:gridSpan) and vertical (w:vMerge) merges, rows shorter than the grid
 * (w:gridAfter), list paragraphs through numbering.xml (bullets and decimals), heading styles by name.
 */
import { strToU8, zipSync } from 'fflate';
import { cellOf, linesOf, rowWidth, type BlockSpec, type CellSpec, type RowSpec } from './spec';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NUM_ID = { bullet: 1, number: 2 } as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function paragraph(text: string, opts: { style?: string; list?: CellSpec['list']; listId?: number } = {}): string {
  const props: string[] = [];
  if (opts.style) props.push(`<w:pStyle w:val="${opts.style}"/>`);
  if (opts.list) props.push(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${opts.listId ?? NUM_ID[opts.list]}"/></w:numPr>`);
  return `<w:p>${props.length ? `<w:pPr>${props.join('')}</w:pPr>` : ''}${text === '' ? '' : run(text)}</w:p>`;
}

/** Numbered lists restart in each cell: every numbered cell gets its own w:num over the decimal definition. */
class ListIds {
  private next = 10;
  readonly extra: number[] = [];
  idFor(list: CellSpec['list']): number | undefined {
    if (list !== 'number') return list ? NUM_ID.bullet : undefined;
    this.extra.push(this.next);
    return this.next++;
  }
}

function cellXml(spec: CellSpec, width: number, lists: ListIds): string {
  const props = [`<w:tcW w:w="${width}" w:type="dxa"/>`];
  if ((spec.span ?? 1) > 1) props.push(`<w:gridSpan w:val="${spec.span}"/>`);
  if (spec.vmerge) props.push(spec.vmerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>');
  if (spec.fill) props.push(`<w:shd w:val="clear" w:color="auto" w:fill="${spec.fill}"/>`);
  const listId = lists.idFor(spec.list);
  const lines = linesOf(spec);
  const paras = (lines.length ? lines : ['']).map((l) => paragraph(l, { list: spec.list, ...(listId ? { listId } : {}) }));
  return `<w:tc><w:tcPr>${props.join('')}</w:tcPr>${paras.join('')}</w:tc>`;
}

function tableXml(rows: readonly RowSpec[], lists: ListIds): string {
  const width = Math.max(...rows.map(rowWidth));
  const col = Math.floor(14000 / width);
  const grid = Array.from({ length: width }, () => `<w:gridCol w:w="${col}"/>`).join('');
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  const trs = rows.map((row) => {
    const short = width - rowWidth(row);
    const trPr = short > 0 ? `<w:trPr><w:gridAfter w:val="${short}"/></w:trPr>` : '';
    return `<w:tr>${trPr}${row.map((c) => cellXml(cellOf(c), col * (cellOf(c).span ?? 1), lists)).join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="${col * width}" w:type="dxa"/>${borders}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${trs.join('')}</w:tbl>`;
}

function documentXml(blocks: readonly BlockSpec[], lists: ListIds): string {
  const body = blocks.map((b) => ('p' in b ? paragraph(b.p, { ...(b.style ? { style: b.style } : {}), ...(b.list ? { list: b.list } : {}) }) : `${tableXml(b.table, lists)}<w:p/>`));
  const sect = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="720" w:right="720" w:bottom="720" w:left="720" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body.join('')}${sect}</w:body></w:document>`;
}

function stylesXml(): string {
  const style = (id: string, name: string, size: number) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>${style('Title', 'Title', 36)}${style('Heading1', 'heading 1', 28)}${style('Heading2', 'heading 2', 24)}</w:styles>`;
}

function numberingXml(lists: ListIds): string {
  const abstract = (id: number, fmt: string, text: string) =>
    `<w:abstractNum w:abstractNumId="${id}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>`;
  const num = (id: number, abs: number) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abs}"/></w:num>`;
  const restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>';
  const extra = lists.extra.map((id) => num(id, 1).replace('</w:num>', `${restart}</w:num>`)).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${abstract(0, 'bullet', '\u2022')}${abstract(1, 'decimal', '%1.')}${num(1, 0)}${num(2, 1)}${extra}</w:numbering>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

function coreXml(title: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(title)}</dc:title></cp:coreProperties>`;
}

/** Writes the blocks as a .docx; `title` goes in the document properties, as Word keeps it. */
export function renderDocx(title: string, blocks: readonly BlockSpec[]): Uint8Array {
  const lists = new ListIds();
  const document = documentXml(blocks, lists);
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/_rels/document.xml.rels': strToU8(DOC_RELS),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(stylesXml()),
    'word/numbering.xml': strToU8(numberingXml(lists)),
    'docProps/core.xml': strToU8(coreXml(title)),
  });
}
