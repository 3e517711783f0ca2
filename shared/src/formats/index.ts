// Public surface of the format layer (Word, Excel, CSV, pasted tables). Loaded lazily by the client with
// import('@concord/shared/formats/index'); keep it out of shared/src/index.ts, which must stay light.
export { importFile, importPaste, readFile, MAX_FILE_BYTES, type FileRead } from './import-file';
export { readPaste, type PastedData } from './paste';
export { readDocx } from './docx-read';
export { readXlsx } from './xlsx-read';
export { readDelimited, type GridRead } from './csv-read';
export { readHtmlBlocks } from './html-read';
export { exportDocx } from './docx-write';
export { exportXlsx } from './xlsx-write';
export { exportCsv } from './csv-write';
export { exportColumns, updateColumnLabel, RAG_WORDS, leadsText, type ExportOptions } from './export-columns';
export { ragFromFill, ragFromWord, RAG_FILLS, RAG_TEXT_COLOURS } from './rag-colour';
export { sniffContainer, isEncryptedOoxml, type Container } from './sniff';
export { MAX_UNZIPPED_BYTES } from './zip';
