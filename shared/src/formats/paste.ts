/** Pasted tables: clipboard HTML (a <table>, from Word, Excel or a web page) or tab-separated text. */
import { ImportError } from '../import/import-error';
import type { SourceDocument } from '../import/source';
import { hasTable } from './grid';
import { readHtmlBlocks } from './html-read';
import { readDelimited, type GridRead } from './csv-read';

/** What the clipboard offered; either may be missing. */
export interface PastedData {
  html?: string;
  text?: string;
}

/**
 * Reads a paste: the HTML when it holds a table (it keeps merged cells and colours), else tab-separated text.
 * @throws ImportError 'no-table' when neither holds a table; 'ragged' for tab text wider than its header.
 */
export function readPaste(paste: PastedData): GridRead {
  if (paste.html && /<table[\s>]/i.test(paste.html)) {
    const blocks = readHtmlBlocks(paste.html);
    if (hasTable(blocks)) return { doc: { format: 'html', blocks } satisfies SourceDocument, warnings: [] };
  }
  if (paste.text && paste.text.includes('\t')) return readDelimited(paste.text, 'tsv', '\t');
  throw new ImportError('no-table', 'The pasted content holds no table.');
}
