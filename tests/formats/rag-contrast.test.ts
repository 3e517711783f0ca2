/**
 * Every RAG cell in every export is readable: its words meet WCAG AA contrast (4.5:1) against its fill. Reads the
 * colours back out of the files themselves (Word XML, the Excel workbook), so a writer that forgets to set a text
 * colour, or sets the wrong one, fails here. CSV carries no colour.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RAGS, addMeeting, draftMinutes, endMeeting, loadPlanIntoDoc, planFromDoc, rateInMeeting, startMeeting, type Plan } from '@concord/shared';
import { exportDocx, exportXlsx } from '@concord/shared/formats';
import { minutesToDocx } from '@concord/shared/minutes-docx';
import { seedPlan } from './seeds';

const AA = 4.5;

/** WCAG 2.x relative luminance of an RRGGBB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two RRGGBB colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

interface Shaded {
  fill: string;
  colour: string;
  text: string;
}

/** Text colour of a run: its w:color, or black for none or "auto" (the strict reading: Word may pick white). */
const runColour = (run: string): string => {
  const c = /<w:color w:val="([0-9A-Fa-f]{6})"/.exec(run)?.[1];
  return (c ?? '000000').toUpperCase();
};

/** Every run with words in a shaded table cell or with shading of its own, with its fill and colour. */
function shadedRuns(xml: string): Shaded[] {
  const out: Shaded[] = [];
  const runs = (body: string, fill: string | null) => {
    for (const [run] of body.matchAll(/<w:r>.*?<\/w:r>/gs)) {
      const text = [...run.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const own = /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(run)?.[1] ?? null;
      const shade = own ?? fill;
      if (text.trim() && shade) out.push({ fill: shade.toUpperCase(), colour: runColour(run), text });
    }
  };
  for (const [cell] of xml.matchAll(/<w:tc>.*?<\/w:tc>/gs)) {
    runs(cell, /<w:tcPr>.*?<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/s.exec(cell)?.[1] ?? null);
  }
  runs(xml.replace(/<w:tc>.*?<\/w:tc>/gs, ''), null);
  return out;
}

const attr = (xml: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
const blocks = (xml: string, tag: string): string[] => [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*?(?:/>|>.*?</${tag}>)`, 'gs'))].map((m) => m[0]);

/** Every non-empty cell of an .xlsx with a solid fill, with its font colour (black when none), read from its XML. */
function filledXlsxCells(files: Record<string, Uint8Array>): Shaded[] {
  const styles = strFromU8(files['xl/styles.xml']!);
  const section = (tag: string) => new RegExp(`<${tag}\\b[^>]*>(.*?)</${tag}>`, 's').exec(styles)?.[1] ?? '';
  const fills = blocks(section('fills'), 'fill').map((f) => (attr(f, 'patternType') === 'solid' ? attr(blocks(f, 'fgColor')[0] ?? '', 'rgb') : undefined));
  const fonts = blocks(section('fonts'), 'font').map((f) => attr(blocks(f, 'color')[0] ?? '', 'rgb') ?? 'FF000000');
  const xfs = blocks(section('cellXfs'), 'xf').map((x) => ({ fill: fills[Number(attr(x, 'fillId') ?? 0)], colour: fonts[Number(attr(x, 'fontId') ?? 0)]! }));
  const shared = files['xl/sharedStrings.xml'] ? blocks(strFromU8(files['xl/sharedStrings.xml']), 'si').map((si) => [...si.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]).join('')) : [];
  const out: Shaded[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    for (const c of blocks(strFromU8(bytes), 'c')) {
      const xf = xfs[Number(attr(c, 's') ?? 0)];
      const v = /<v>([^<]*)<\/v>/.exec(c)?.[1] ?? /<t[^>]*>([^<]*)<\/t>/.exec(c)?.[1] ?? '';
      const text = attr(c, 't') === 's' ? (shared[Number(v)] ?? '') : v;
      if (xf?.fill && text.trim()) out.push({ fill: xf.fill.slice(-6).toUpperCase(), colour: xf.colour.slice(-6).toUpperCase(), text });
    }
  }
  return out;
}

const below = (cells: readonly Shaded[]) => cells.filter((c) => contrast(c.fill, c.colour) < AA).map((c) => `${c.text} ${c.colour} on ${c.fill}`);

/** A seed plan rated in a meeting with every rating, so the minutes have a RAG cell of each. */
function ratedMeeting(): { plan: Plan; meetingId: string } {
  const doc = new Y.Doc();
  loadPlanIntoDoc(doc, seedPlan('nottinghamshire', 3));
  const ids = planFromDoc(doc).sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).map((a) => a.id);
  const meetingId = addMeeting(doc, { date: '2016-01-14', title: 'Contrast' });
  startMeeting(doc, meetingId, { agenda: ids.slice(0, 4) });
  RAGS.forEach((rag, i) => rateInMeeting(doc, meetingId, ids[i]!, rag, 'Ann', `2016-01-14T10:0${i}:00.000Z`));
  endMeeting(doc, meetingId);
  return { plan: planFromDoc(doc), meetingId };
}

describe('RAG cells meet WCAG AA contrast in every export', () => {
  it('the measure itself: black on white is 21:1, and dark red on red fails', () => {
    expect(contrast('000000', 'FFFFFF')).toBeCloseTo(21, 5);
    expect(contrast('C00000', 'FF0000')).toBeLessThan(AA);
  });

  it('the plan as Word: every rated cell and the RAG key', async () => {
    const xml = strFromU8(unzipSync(await exportDocx(seedPlan('bromley', 2)))['word/document.xml']!);
    const shaded = shadedRuns(xml);
    for (const word of ['Red', 'Amber', 'Green', 'Complete', 'Blue']) expect(shaded.some((s) => s.text === word)).toBe(true);
    expect(below(shaded)).toEqual([]);
  });

  it('the minutes as Word: the RAG movement cell of each rating', async () => {
    const { plan, meetingId } = ratedMeeting();
    const xml = strFromU8(unzipSync(await minutesToDocx(draftMinutes(plan, meetingId)))['word/document.xml']!);
    const shaded = shadedRuns(xml);
    for (const word of ['Red', 'Amber', 'Green', 'Blue (complete)']) expect(shaded.some((s) => s.text.startsWith(word))).toBe(true);
    expect(below(shaded)).toEqual([]);
  });

  it('the plan as Excel: every filled cell', async () => {
    const cells = filledXlsxCells(unzipSync(await exportXlsx(seedPlan('nottinghamshire', 5))));
    for (const word of ['Red', 'Amber', 'Green', 'Complete']) expect(cells.some((c) => c.text === word)).toBe(true);
    expect(below(cells)).toEqual([]);
  });
});
