/**
 * A corpus spec as a plain HTML page, the way a person lays a plan out before opening it in LibreOffice: headings,
 * paragraphs, bordered tables with cell colours (bgcolor), merged cells (colspan, rowspan) and lists in cells.
 * LibreOffice turns these pages into the .docx and .xlsx files of tests/import-corpus/libreoffice/.
 */
import { cellOf, type BlockSpec, type CellSpec, type RowSpec } from './spec';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function lines(lines: readonly string[], list: CellSpec['list']): string {
  if (list) {
    const tag = list === 'bullet' ? 'ul' : 'ol';
    return `<${tag}>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</${tag}>`;
  }
  return lines.map((l) => `<p>${esc(l)}</p>`).join('');
}

/** Rows as HTML; a vertical merge becomes a rowspan on its first cell, its continuations left out. */
function table(rows: readonly RowSpec[]): string {
  const spans = rows.map((row) => row.map(() => 1));
  rows.forEach((row, r) => {
    row.forEach((raw, c) => {
      if (cellOf(raw).vmerge !== 'restart') return;
      let below = r + 1;
      while (below < rows.length && cellOf(rows[below]![c] ?? '').vmerge === 'continue') below++;
      spans[r]![c] = below - r;
    });
  });
  const trs = rows.map((row, r) => {
    const tds = row.flatMap((raw, c) => {
      const cell = cellOf(raw);
      if (cell.vmerge === 'continue') return [];
      const attrs = [
        (cell.span ?? 1) > 1 ? ` colspan="${cell.span}"` : '',
        spans[r]![c]! > 1 ? ` rowspan="${spans[r]![c]}"` : '',
        cell.fill ? ` bgcolor="#${cell.fill}"` : '',
      ].join('');
      const text = Array.isArray(cell.text) ? cell.text : cell.text.split('\n');
      return [`<td${attrs} valign="top">${lines(text.filter((l) => l !== ''), cell.list)}</td>`];
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="4" width="100%">${trs.join('\n')}</table>`;
}

/** Writes the blocks as one HTML page. */
export function renderHtml(title: string, blocks: readonly BlockSpec[]): string {
  let listNumber = 0;
  const body = blocks.map((b) => {
    if (!('p' in b)) return table(b.table);
    if (b.list === 'number') return `<ol start="${++listNumber}"><li>${esc(b.p)}</li></ol>`;
    if (b.style === 'Heading1') return `<h1>${esc(b.p)}</h1>`;
    if (b.style === 'Heading2') return `<h2>${esc(b.p)}</h2>`;
    if (b.style === 'Title') return `<p><b><font size="5">${esc(b.p)}</font></b></p>`;
    return `<p>${esc(b.p)}</p>`;
  });
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
