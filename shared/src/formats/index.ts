// Public surface of the format layer (Word, Excel, CSV, pasted tables). Loaded lazily by the client with
// import('@concord/shared/formats'); keep it out of shared/src/index.ts, which must stay light.
// The two large libraries (docx ~1 MB, exceljs ~1 MB) sit behind further dynamic imports, so reading a CSV or a
// .docx never downloads them.
import type { Plan } from '../plan-json';
import type { SourceDocument } from '../import/source';
import type { ExportOptions } from './export-columns';

export { importFile, importPaste, readFile, MAX_FILE_BYTES, type FileRead } from './import-file';
export { readPaste, type PastedData } from './paste';
export { readDocx } from './docx-read';
export { readDelimited, type GridRead } from './csv-read';
export { readHtmlBlocks } from './html-read';
export { exportCsv } from './csv-write';
export { exportColumns, updateColumnLabel, leadsText, RAG_WORDS, type ExportOptions } from './export-columns';
export { ragFromFill, ragFromWord, RAG_FILLS, RAG_TEXT_COLOURS } from '../rag-colour';
export { sniffContainer, isEncryptedOoxml, type Container } from './sniff';
export { MAX_UNZIPPED_BYTES } from './zip';

/**
 * Writes a plan as a Word document in the Concordat layout (landscape A4, a table per section, RAG cells shaded
 * and worded, header rows repeated, notes and RAG key after the tables).
 * @param options.updatesSince adds an "UPDATE <MONTH YEAR>" column with the updates since that ISO date.
 */
export async function exportDocx(plan: Plan, options: ExportOptions = {}): Promise<Uint8Array> {
  return (await import('./docx-write')).exportDocx(plan, options);
}

/**
 * Writes a plan as an Excel workbook: one row per action with Section and Sub-heading columns, frozen header,
 * auto-filter, RAG fills and words; notes and RAG key on a second sheet.
 * @param options.updatesSince adds an "UPDATE <MONTH YEAR>" column with the updates since that ISO date.
 */
export async function exportXlsx(plan: Plan, options: ExportOptions = {}): Promise<Uint8Array> {
  return (await import('./xlsx-write')).exportXlsx(plan, options);
}

/**
 * Parses an .xlsx workbook into a SourceDocument (no plan built).
 * @throws ImportError 'corrupt', 'no-table'.
 */
export async function readXlsx(data: Uint8Array): Promise<SourceDocument> {
  return (await import('./xlsx-read')).readXlsx(data);
}
