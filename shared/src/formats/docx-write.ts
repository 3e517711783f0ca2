/**
 * Plan JSON -> .docx in the Concordat layout: title, then per section a heading and a table with the plan's own
 * columns, sub-headings as full-width rows, RAG cells shaded and worded; landscape A4, header rows repeated on
 * each page; notes and the RAG key after the tables.
 */
import {
  AlignmentType, Document, Footer, HeadingLevel, type IRunOptions, Packer, PageNumber, PageOrientation, Paragraph, ShadingType,
  Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import type { Action, Plan, Section } from '../plan-json';
import { RAG_COLOUR_NAMES, RAG_WORDS, exportColumns, live, sectionHeading, sourceUpdates, type ExportColumn, type ExportOptions } from './export-columns';
import { RAG_FILLS, RAG_TEXT_COLOURS } from '../rag-colour';

/** A4 in twentieths of a point; the library swaps width and height for landscape. */
const A4 = { short: 11906, long: 16838 };
const MARGIN = 720;
const TABLE_WIDTH = A4.long - 2 * MARGIN;
const HEADER_FILL = 'D9D9D9';
const SUBHEADING_FILL = 'F2F2F2';
const FONT_SIZE = 18; // half-points: 9 pt keeps seven wide columns readable on one landscape page

interface Cell {
  text: string;
  fill?: string;
  colour?: string;
  bold?: boolean;
}

/** One paragraph per line, so multi-line cells and bullets read back line for line. */
function paragraphs(cell: Cell): Paragraph[] {
  const style = { bold: cell.bold, color: cell.colour, size: FONT_SIZE };
  return cell.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ ...style, text: line })] }));
}

function tableCell(cell: Cell, width: number, columnSpan = 1): TableCell {
  return new TableCell({
    children: paragraphs(cell),
    width: { size: width, type: WidthType.DXA },
    columnSpan: columnSpan > 1 ? columnSpan : undefined,
    shading: cell.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: cell.fill } : undefined,
  });
}

function actionCell(column: ExportColumn, action: Action): Cell {
  if (column.key === 'rag' && action.rag) {
    const rag = action.rag;
    return { text: RAG_WORDS[rag], fill: RAG_FILLS[rag], colour: RAG_TEXT_COLOURS[rag], bold: true };
  }
  return { text: column.value(action) };
}

/** An update the source wrote as a row under its action: the label, then what it said across the rest. */
function updateRow(label: string, text: string, widths: readonly number[]): TableRow {
  const rest = widths.slice(1).reduce((sum, w) => sum + w, 0);
  return new TableRow({
    children: [tableCell({ text: label, bold: true }, widths[0] ?? 0), tableCell({ text }, rest, Math.max(1, widths.length - 1))],
  });
}

function sectionTable(section: Section, columns: ExportColumn[], widths: number[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => tableCell({ text: c.label, bold: true, fill: HEADER_FILL }, widths[i] ?? 0)),
  });
  const rows = [header];
  for (const group of live(section.groups)) {
    if (group.title !== null) {
      const cell = { text: group.title, bold: true, fill: SUBHEADING_FILL };
      rows.push(new TableRow({ cantSplit: true, children: [tableCell(cell, TABLE_WIDTH, columns.length)] }));
    }
    for (const action of live(group.actions)) {
      const children = columns.map((c, i) => tableCell(actionCell(c, action), widths[i] ?? 0));
      rows.push(new TableRow({ children }));
      rows.push(...sourceUpdates(action).map((u) => updateRow(u.label, u.text, widths)));
    }
  }
  return new Table({
    rows,
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

function columnWidths(columns: ExportColumn[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return columns.map((c) => Math.floor((TABLE_WIDTH * c.weight) / total));
}

/** Lines of one paragraph joined by breaks, so a multi-line note stays one note when read back. */
function lines(text: string, first: Partial<IRunOptions> = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ ...(i === 0 ? first : {}), text: line, break: i > 0 ? 1 : 0 }));
}

/** The RAG key as a small table after a "RAG key" heading: each rating's colour and word, then its meaning. */
function legendTable(plan: Plan): (Paragraph | Table)[] {
  if (plan.legend.length === 0) return [];
  const widths = [1800, 9000];
  const rows = plan.legend.map((entry) => {
    const swatch = { text: RAG_COLOUR_NAMES[entry.rag], fill: RAG_FILLS[entry.rag], colour: RAG_TEXT_COLOURS[entry.rag], bold: true };
    return new TableRow({ cantSplit: true, children: [tableCell(swatch, widths[0]!), tableCell({ text: entry.meaning }, widths[1]!)] });
  });
  return [
    new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [new TextRun({ text: 'RAG key', bold: true })] }),
    new Table({ rows, width: { size: widths[0]! + widths[1]!, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED }),
  ];
}

function footer(plan: Plan): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${plan.title} — page `, size: 16 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
          new TextRun({ text: ' of ', size: 16 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });
}

function body(plan: Plan, columns: ExportColumn[]): (Paragraph | Table)[] {
  const widths = columnWidths(columns);
  const children: (Paragraph | Table)[] = [new Paragraph({ text: plan.title, heading: HeadingLevel.TITLE })];
  for (const section of live(plan.sections)) {
    children.push(new Paragraph({ text: sectionHeading(section), heading: HeadingLevel.HEADING_1, keepNext: true }));
    children.push(sectionTable(section, columns, widths));
  }
  // The key first: notes then stay text after the last table, where a reader looks for free text.
  children.push(...legendTable(plan));
  for (const note of plan.notes) children.push(new Paragraph({ spacing: { before: 160 }, children: lines(note) }));
  return children;
}

/**
 * Writes a plan as a Word document in the Concordat layout.
 * @param options.updatesSince adds an "UPDATE <MONTH YEAR>" column with the updates since that ISO date.
 */
export async function exportDocx(plan: Plan, options: ExportOptions = {}): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Concord',
    title: plan.title,
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE, width: A4.short, height: A4.long },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: { default: footer(plan) },
        // A printed plan leaves out custom columns nobody filled: they would only be empty space.
        children: body(plan, exportColumns(plan, options, { dropEmptyCustom: true })),
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
