/**
 * One entry point for files: checks the size, then dispatches by magic bytes (a renamed or encrypted file is
 * refused for what it is), then by extension. Every parser produces a SourceDocument for the one plan builder;
 * any failure is an ImportError and nothing is produced.
 */
import { ImportError } from '../import/import-error';
import type { BuildOptions, ImportResult, ImportWarning } from '../import/import-report';
import { importText } from '../import/import-text';
import { buildPlan } from '../import/plan-builder';
import type { SourceDocument } from '../import/source';
import { readDelimited, type GridRead } from './csv-read';
import { readDocx } from './docx-read';
import { readPaste, type PastedData } from './paste';
import { extensionOf, isEncryptedOoxml, sniffContainer } from './sniff';
import { decodeText } from './text-decode';
import { zipEntryNames } from './zip';

/** Larger than any real plan document (the seeds are 20–50 KB as text); checked before any parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type FileRead = GridRead;

async function readZipFile(data: Uint8Array): Promise<SourceDocument> {
  const names = zipEntryNames(data);
  if (names.includes('word/document.xml')) return readDocx(data);
  // exceljs is large: fetched only when a workbook is opened.
  if (names.includes('xl/workbook.xml')) return (await import('./xlsx-read')).readXlsx(data);
  throw new ImportError('unsupported-format', 'The zip is neither a Word nor an Excel document.');
}

function readTextFile(name: string, data: Uint8Array): FileRead {
  const ext = extensionOf(name);
  const text = decodeText(data);
  if (ext === 'csv') return readDelimited(text, 'csv');
  if (ext === 'tsv' || ext === 'tab') return readDelimited(text, 'tsv', '\t');
  if (ext === 'html' || ext === 'htm') return readPaste({ html: text });
  throw new ImportError('unsupported-format', `Files ending .${ext || '(none)'} cannot be imported.`);
}

/**
 * Reads a file into a SourceDocument without building a plan (.txt is not handled here: see importFile).
 * @throws ImportError 'too-large', 'encrypted', 'corrupt', 'unsupported-format', 'no-table', 'ragged'.
 */
export async function readFile(name: string, data: Uint8Array): Promise<FileRead> {
  if (data.byteLength > MAX_FILE_BYTES) {
    throw new ImportError('too-large', `The file is ${data.byteLength} bytes; the limit is ${MAX_FILE_BYTES}.`);
  }
  if (data.byteLength === 0) throw new ImportError('empty', 'The file is empty.');
  switch (sniffContainer(data)) {
    case 'zip':
      return { doc: await readZipFile(data), warnings: [] };
    case 'cfb':
      if (isEncryptedOoxml(data)) throw new ImportError('encrypted', 'The document is password-protected.');
      throw new ImportError('unsupported-format', 'Old binary Word/Excel files (.doc, .xls) cannot be imported.');
    case 'pdf':
      throw new ImportError('unsupported-format', 'PDF files cannot be imported.');
    default:
      return readTextFile(name, data);
  }
}

/** Puts the reader's warnings into the builder's report. */
function withWarnings(result: ImportResult, warnings: ImportWarning[]): ImportResult {
  result.report.warnings.unshift(...warnings);
  return result;
}

/**
 * Imports a plan file (.docx, .xlsx, .csv, .tsv, .html, .txt), dispatching by magic bytes then extension.
 * @throws ImportError with its reason; nothing is produced then.
 */
export async function importFile(name: string, data: Uint8Array, opts: BuildOptions = {}): Promise<ImportResult> {
  const container = sniffContainer(data);
  if (container === 'other' && extensionOf(name) === 'txt' && data.byteLength <= MAX_FILE_BYTES) {
    return importText(decodeText(data), { ...opts, fileName: name });
  }
  const { doc, warnings } = await readFile(name, data);
  doc.title ??= name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return withWarnings(buildPlan(doc, opts), warnings);
}

/**
 * Imports a pasted table (clipboard HTML or tab-separated text).
 * @throws ImportError 'no-table', 'ragged', or the builder's reasons.
 */
export function importPaste(paste: PastedData, opts: BuildOptions = {}): ImportResult {
  const { doc, warnings } = readPaste(paste);
  return withWarnings(buildPlan(doc, opts), warnings);
}
