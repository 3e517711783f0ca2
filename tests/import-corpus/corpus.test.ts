/**
 * The layout corpus: every plan, written as .docx, .xlsx and .txt, imports as its authors meant it (one test per
 * layout and format reports pass or fail, with every difference), loses no line of text, and comes back unchanged
 * through Concord's own .docx and .xlsx exports.
 */
import { describe, expect, it } from 'vitest';
import { exportDocx, exportXlsx, importFile } from '@concord/shared/formats';
import type { ImportResult, Plan } from '@concord/shared';
import { comparable } from '../formats/seeds';
import { docxLines, txtLines, xlsxLines } from './cell-reader';
import { differences } from './check';
import { lostLines } from './lost-text';
import { CORPUS } from './plans';
import { renderDocx } from './render-docx';
import { renderTxt } from './render-txt';
import { renderXlsx } from './render-xlsx';
import type { CorpusFormat, CorpusPlan } from './spec';

const NOW = '2026-01-01T00:00:00.000Z';
const FORMATS: CorpusFormat[] = ['docx', 'xlsx', 'txt'];

async function render(plan: CorpusPlan, format: CorpusFormat): Promise<{ bytes: Uint8Array; lines: string[] }> {
  if (format === 'docx') {
    const bytes = renderDocx(plan.title, plan.blocks);
    return { bytes, lines: docxLines(bytes) };
  }
  if (format === 'xlsx') {
    const bytes = await renderXlsx(plan.title, plan.blocks);
    return { bytes, lines: xlsxLines(bytes) };
  }
  const text = renderTxt(plan.title, plan.blocks);
  return { bytes: new TextEncoder().encode(text), lines: txtLines(text) };
}

const imported = new Map<string, Promise<ImportResult>>();

/** Each plan and format is read once and shared by the tests that look at it. */
function importOf(plan: CorpusPlan, format: CorpusFormat): Promise<ImportResult & { lines: string[] }> {
  const key = `${plan.name}.${format}`;
  const run = async () => {
    const { bytes, lines } = await render(plan, format);
    return { ...(await importFile(key, bytes, { id: 'plan', now: NOW })), lines };
  };
  if (!imported.has(key)) imported.set(key, run());
  return imported.get(key) as Promise<ImportResult & { lines: string[] }>;
}

/** A Word export leaves out custom columns with nothing in them (they print as empty columns). */
function withoutEmptyCustom(plan: Plan): Plan {
  const actions = plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions));
  const empty = plan.columns.filter((c) => /^custom\d+$/.test(c.key) && actions.every((a) => (a.custom[c.key] ?? '') === ''));
  const keys = new Set(empty.map((c) => c.key));
  const copy = structuredClone(plan);
  copy.columns = copy.columns.filter((c) => !keys.has(c.key));
  for (const a of copy.sections.flatMap((s) => s.groups.flatMap((g) => g.actions))) for (const k of keys) delete a.custom[k];
  return copy;
}

const formatsOf = (plan: CorpusPlan) => FORMATS.filter((f) => plan.formats?.includes(f) ?? true);

describe.each(CORPUS.map((p) => [p.name, p] as const))('layout %s', (_name, plan) => {
  it.each(formatsOf(plan))(`imports as meant from .%s (${plan.about})`, async (format) => {
    const result = await importOf(plan, format);
    expect(differences(plan, format, result.plan, result.report)).toEqual([]);
  });

  it.each(formatsOf(plan))('loses no line of text from .%s', async (format) => {
    const { lines, plan: got } = await importOf(plan, format);
    expect(lostLines(lines, got)).toEqual([]);
  });

  it.each(['docx', 'xlsx'] as const)('comes back unchanged through a .%s export', async (ext) => {
    const { plan: source } = await importOf(plan, formatsOf(plan)[0]!);
    const bytes = ext === 'docx' ? await exportDocx(source) : await exportXlsx(source);
    const { plan: back } = await importFile(`${plan.name}-export.${ext}`, bytes, { id: 'plan', now: NOW });
    const expected = ext === 'docx' ? withoutEmptyCustom(source) : source;
    expect(comparable(back)).toEqual(comparable(expected));
  });
});
