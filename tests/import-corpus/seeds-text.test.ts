/**
 * The four real plans lose no text, strictly: every line of every cell and paragraph of the seed (read by the
 * Word-export rule alone, not by the importer) is in the imported plan verbatim, lead cells included. Lines of a
 * flattened copy of the plan after the tables (PDF text, cut into pieces) repeat the tables and are skipped with
 * it; the check leaves out only those, and only when the importer reported such a copy.
 */
import { expect, it } from 'vitest';
import { importText } from '@concord/shared';
import { txtLines } from './cell-reader';
import { lostLines } from './lost-text';
import { readSeedText } from '../../testing/seeds';
import { describeWithSeeds } from '../../testing/with-seeds';

const SEEDS = ['bromley', 'bedfordshire-luton', 'south-west-essex', 'nottinghamshire'] as const;

/** The seed's lines up to its last tab-introduced line (the tables), and those after it (the free text). */
function parts(text: string): { tables: string[]; after: string[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let last = -1;
  lines.forEach((l, i) => {
    if (/^ *\t/.test(l)) last = i;
  });
  return { tables: txtLines(lines.slice(0, last + 1).join('\n')), after: txtLines(lines.slice(last + 1).join('\n')) };
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describeWithSeeds('the seeds lose no line of text', () => {
  it.each(SEEDS)('%s: every line of its tables is in the plan verbatim', (name) => {
    const text = readSeedText(name);
    const { plan } = importText(text, { fileName: `${name}.txt`, now: '2026-01-01T00:00:00.000Z' });
    expect(lostLines(parts(text).tables, plan)).toEqual([]);
  });

  it.each(SEEDS)('%s: every line after the tables is in the plan, unless it repeats the tables in a copy import skipped', (name) => {
    const text = readSeedText(name);
    const { plan, report } = importText(text, { fileName: `${name}.txt`, now: '2026-01-01T00:00:00.000Z' });
    const copied = report.warnings.some((w) => w.reason === 'duplicate-rendition');
    const table = letters(parts(text).tables.join(''));
    const tableWords = new Set(parts(text).tables.join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu));
    // A line of a flattened copy is a stretch of the tables' letters (words cut or run together by the PDF), a
    // line of the tables' own words with cells interleaved by the PDF's layout, or page furniture.
    const ownWords = (line: string) => {
      const words = line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      return words.filter((w) => tableWords.has(w)).length >= 0.85 * words.length;
    };
    const repeats = (line: string) => table.includes(letters(line)) || letters(line).length < 12 || ownWords(line);
    expect(lostLines(parts(text).after, plan).filter((l) => !(copied && repeats(l)))).toEqual([]);
  });
});
