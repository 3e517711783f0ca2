/** CSV / TSV (and tab-separated pasted text) -> SourceDocument, with ragged rows checked against the header. */
import Papa from 'papaparse';
import type { ImportWarning } from '../import/import-report';
import type { SourceDocument, SourceRow } from '../import/source';
import { ImportError } from '../import/import-error';
import { unguardFormula } from './formula-guard';
import { gridToBlocks, hasTable, headerIndex, sectionsColumnOf, SUBHEADING_HEADER } from './grid';

/** A parsed grid, and what the reader fixed on the way (line: 1-based record number, blank lines not counted). */
export interface GridRead {
  doc: SourceDocument;
  warnings: ImportWarning[];
}

const isBlank = (s: string | undefined) => (s ?? '').trim() === '';

/**
 * Checks every record against the header's width. A short record is padded (Excel drops trailing empty cells;
 * harmless, so a warning). A long one with text past the last column means the quoting is broken and cells have
 * shifted: importing it would put text under the wrong headings, so it is refused.
 */
function checkWidths(records: string[][], warnings: ImportWarning[]): SourceRow[] {
  const headerAt = headerIndex(records.map((r) => ({ cells: r.map((text) => ({ text })) })));
  const width = headerAt < 0 ? 0 : (records[headerAt] ?? []).length;
  return records.map((record, i) => {
    const cells = [...record];
    if (i > headerAt && headerAt >= 0) {
      if (cells.slice(width).some((c) => !isBlank(c))) {
        throw new ImportError('ragged', `Row ${i + 1} has ${cells.length} cells; the header has ${width}.`);
      }
      cells.length = Math.min(cells.length, width);
      const single = cells.filter((c) => !isBlank(c)).length <= 1;
      if (cells.length < width && !single) {
        warnings.push({ reason: 'row-padded', detail: `${cells.length} of ${width} cells`, line: i + 1 });
      }
      while (cells.length < width) cells.push('');
    }
    return { cells: cells.map((text) => ({ text: text.replace(/\r\n?/g, '\n') })), line: i + 1 };
  });
}

/**
 * Whether the records are a CSV Concord wrote (its header's second cell is the Sub-heading column it always writes):
 * only then are formula guards its own, to strip; in anyone else's file a leading `'` is the author's text.
 */
function isConcordCsv(records: string[][]): boolean {
  const headerAt = headerIndex(records.map((r) => ({ cells: r.map((text) => ({ text })) })));
  return headerAt >= 0 && records[headerAt]?.[1] === SUBHEADING_HEADER;
}

/**
 * Parses delimited text. The delimiter is guessed (comma, semicolon, tab...) unless given.
 * @throws ImportError 'ragged' (a record wider than the header), 'corrupt' (an unterminated quote), 'no-table'.
 */
export function readDelimited(text: string, format: 'csv' | 'tsv', delimiter?: string): GridRead {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: delimiter ?? '', skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) throw new ImportError('corrupt', `${broken.code} at row ${(broken.row ?? 0) + 1}.`);
  const warnings: ImportWarning[] = [];
  const records = format === 'csv' && isConcordCsv(parsed.data) ? parsed.data.map((r) => r.map(unguardFormula)) : parsed.data;
  const rows = checkWidths(records, warnings);
  const blocks = gridToBlocks(rows);
  if (!hasTable(blocks)) throw new ImportError('no-table', 'No row names two or more columns.');
  const sectionsColumn = sectionsColumnOf(rows);
  return { doc: { format, blocks, ...(sectionsColumn ? { sectionsColumn } : {}) }, warnings };
}
