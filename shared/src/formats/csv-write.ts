/**
 * Plan JSON -> CSV: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF line ends, RFC 4180 quoting, and no cell a
 * spreadsheet would run as a formula (see formula-guard.ts).
 */
import Papa from 'papaparse';
import type { Plan } from '../plan-json';
import type { ExportOptions } from './export-columns';
import { FORMULA_GUARDED } from './formula-guard';
import { planRows } from './rows';

/**
 * Writes a plan as CSV text (BOM included). Every row has the header's width.
 * @param options.updatesSince adds an "UPDATE <MONTH YEAR>" column with the updates since that ISO date.
 */
export function exportCsv(plan: Plan, options: ExportOptions = {}): string {
  const { header, rows } = planRows(plan, options);
  const pad = (cells: string[]) => [...cells, ...Array<string>(header.length - cells.length).fill('')];
  const body = Papa.unparse([header, ...rows.map((r) => pad(r.cells))], { newline: '\r\n', escapeFormulae: FORMULA_GUARDED });
  return `\uFEFF${body}\r\n`;
}
