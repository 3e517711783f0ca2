/**
 * A corpus spec as Word's "save as plain text" writes a document with tables: each cell of a row on its own line
 * introduced by a tab, a cell's further lines without the tab, a blank line after each row; paragraphs as lines.
 */
import { cellOf, linesOf, type BlockSpec, type CellSpec } from './spec';

function listed(lines: string[], list: CellSpec['list']): string[] {
  if (list === 'bullet') return lines.map((l) => `· ${l}`);
  if (list === 'number') return lines.map((l, i) => `${i + 1}. ${l}`);
  return lines;
}

function cellLines(cell: CellSpec): string[] {
  const lines = listed(linesOf(cell), cell.list);
  return lines.length === 0 ? ['\t'] : [`\t${lines[0]}`, ...lines.slice(1)];
}

/** Writes the blocks as Word-exported text. */
export function renderTxt(title: string, blocks: readonly BlockSpec[]): string {
  const out: string[] = [];
  let listNumber = 0;
  for (const block of blocks) {
    if ('p' in block) {
      listNumber = block.list === 'number' ? listNumber + 1 : listNumber;
      out.push(block.list === 'number' ? `${listNumber}. ${block.p}` : listed([block.p], block.list)[0]!, '');
      continue;
    }
    for (const row of block.table) {
      for (const cell of row) out.push(...cellLines(cellOf(cell)));
      out.push('');
    }
    out.push('');
  }
  void title;
  return `${out.join('\n')}\n`;
}
