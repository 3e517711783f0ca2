/**
 * Minutes as a Word document. Its own module, which the shared index does not export, so the `docx` library is
 * only loaded when someone asks for a .docx: `await import('@concord/shared/minutes-docx')`.
 */
import {
  Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import { RAG_FILLS, RAG_TEXT_COLOURS } from '../rag-colour';
import { headline } from './chase';
import { DEFAULT_LOCALE, formatDate } from './dates';
import { MINUTES_HEADINGS as H, chaseIntro, ragMovementText, ragSummaryText, type Minutes, type MinutesItem } from './minutes';
import { chaseMarks, type MinutesRenderOptions } from './minutes-markdown';
import type { ActionSummary } from './plan-walk';
import { positionSource } from './position';

const A4_WIDTH = 11906;
const MARGIN = 1080;
const TABLE_WIDTH = A4_WIDTH - 2 * MARGIN;
/** Ref, action, lead, updates, RAG: relative widths. */
const WEIGHTS = [0.6, 2.6, 1.6, 3.6, 1.4];
const HEADER_FILL = 'D9D9D9';

/** Lines of one piece of text as runs joined by breaks, so a multi-line update stays one paragraph. */
function runs(text: string, bold = false): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : 0 }));
}

const heading = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_1, keepNext: true });
const bullet = (children: TextRun[], level = 0): Paragraph => new Paragraph({ children, bullet: { level } });
const refOf = (a: ActionSummary): string => (a.ref ? a.ref.replace(/\.$/, '') : '');
const actionBullet = (a: ActionSummary, suffix = '', level = 0): Paragraph =>
  bullet([new TextRun({ text: `${refOf(a) ? `${refOf(a)}. ` : ''}${headline(a.text)}${suffix}` })], level);

function cell(children: Paragraph[], width: number, fill?: string): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
  });
}

/**
 * The Update cell: the edited minute line when there is one, else each update with its author, else "No update"
 * (or "Lead absent") and the action's position as the meeting found it.
 */
function updateParagraphs(item: MinutesItem, locale: string): Paragraph[] {
  if (item.minute !== null) return [new Paragraph({ children: runs(item.minute.trim()) })];
  if (item.updates.length === 0) {
    const none = new Paragraph({ children: [new TextRun({ text: item.leadAbsent ? 'Lead absent' : 'No update', italics: true })] });
    if (item.position.kind === 'none') return [none];
    const source = new TextRun({ text: `Position (${positionSource(item.position, locale)}): `, bold: true });
    return [none, new Paragraph({ children: [source, ...runs(item.position.text.trim())] })];
  }
  return item.updates.map((u) => new Paragraph({ children: [new TextRun({ text: `${u.author}: `, bold: true }), ...runs(u.text)] }));
}

function itemRow(item: MinutesItem, widths: number[], locale: string): TableRow {
  const rag = item.ragTo ?? item.ragFrom;
  const updates = updateParagraphs(item, locale);
  const ragRun = new TextRun({ text: ragMovementText(item), bold: true, color: rag ? RAG_TEXT_COLOURS[rag] : undefined });
  const texts = [refOf(item), headline(item.text), item.leads.join('\n')];
  return new TableRow({
    cantSplit: true,
    children: [
      ...texts.map((t, i) => cell([new Paragraph({ children: runs(t) })], widths[i] ?? 0)),
      cell(updates, widths[3] ?? 0),
      cell([new Paragraph({ children: [ragRun] })], widths[4] ?? 0, rag ? RAG_FILLS[rag] : undefined),
    ],
  });
}

function discussedTable(items: readonly MinutesItem[], locale: string): Table {
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const widths = WEIGHTS.map((w) => Math.floor((TABLE_WIDTH * w) / total));
  const header = new TableRow({
    tableHeader: true,
    children: ['No.', 'Action', 'Lead', 'Update', 'RAG'].map((t, i) =>
      cell([new Paragraph({ children: runs(t, true) })], widths[i] ?? 0, HEADER_FILL)),
  });
  return new Table({
    rows: [header, ...items.map((item) => itemRow(item, widths, locale))],
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

function lists(minutes: Minutes, locale: string): Paragraph[] {
  const out: Paragraph[] = [];
  const list = (title: string, actions: readonly ActionSummary[]) => {
    if (actions.length > 0) out.push(heading(title), ...actions.map((a) => actionBullet(a)));
  };
  list(H.deferred, minutes.deferred);
  list(H.leadAbsent, minutes.leadAbsent);
  list(H.notReached, minutes.notReached);
  if (minutes.chase.length > 0) {
    out.push(heading(H.chase), new Paragraph({ text: chaseIntro(minutes, locale) }));
    for (const group of minutes.chase) {
      out.push(bullet([new TextRun({ text: group.lead || 'No lead named', bold: true })]));
      for (const item of group.items) {
        out.push(actionBullet(item, chaseMarks(item), 1));
      }
    }
  }
  return out;
}

const labelled = (label: string, value: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: label, bold: true }), new TextRun(value)] });

function body(minutes: Minutes, locale: string): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ text: `${minutes.title.trim() || 'Meeting'}: ${minutes.planTitle}`, heading: HeadingLevel.TITLE }),
    labelled('Date: ', formatDate(minutes.date, locale)),
  ];
  if (minutes.facilitator) out.push(labelled('Facilitator: ', minutes.facilitator));
  if (minutes.attendees.length > 0) {
    const names = minutes.attendees.map((a) => (a.organisation ? `${a.name}, ${a.organisation}` : a.name));
    out.push(heading(H.attendees), ...names.map((n) => bullet([new TextRun(n)])));
  }
  if (minutes.discussed.length > 0) out.push(heading(H.discussed), discussedTable(minutes.discussed, locale));
  out.push(...lists(minutes, locale));
  out.push(heading(H.summary), new Paragraph({ text: ragSummaryText(minutes.ragCounts) }));
  if (minutes.notes.trim()) out.push(heading(H.notes), new Paragraph({ children: runs(minutes.notes.trim()) }));
  return out;
}

/**
 * Renders minutes as a .docx (A4 portrait): attendees, a table of the actions discussed, then the lists. Dates are
 * written in `options.locale` (default en-GB).
 */
export async function minutesToDocx(minutes: Minutes, options: MinutesRenderOptions = {}): Promise<Uint8Array> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const doc = new Document({
    creator: 'Concord',
    title: `${minutes.title.trim() || 'Meeting'}: ${minutes.planTitle}`,
    sections: [
      { properties: { page: { margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } }, children: body(minutes, locale) },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
