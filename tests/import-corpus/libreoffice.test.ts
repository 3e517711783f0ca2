/**
 * The corpus plans LibreOffice made from HTML pages, as a person's word processor would (tests/import-corpus/
 * libreoffice/make.sh; the files are committed because the test machine has no LibreOffice): each imports as its
 * spec says, loses no line of text (read by the corpus's own readers), and comes back unchanged through export.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDocx, exportXlsx, importFile } from '@concord/shared/formats';
import { comparable } from '../formats/seeds';
import { docxLines, xlsxLines } from './cell-reader';
import { differences } from './check';
import { lostLines } from './lost-text';
import { CORPUS } from './plans';
import { LIBREOFFICE_PLANS } from './libreoffice/plans';

const NOW = '2026-01-01T00:00:00.000Z';

async function imported(name: string, ext: 'docx' | 'xlsx') {
  const bytes = new Uint8Array(readFileSync(new URL(`./libreoffice/${name}.${ext}`, import.meta.url)));
  const result = await importFile(`${name}.${ext}`, bytes, { id: 'plan', now: NOW });
  return { ...result, lines: ext === 'docx' ? docxLines(bytes) : xlsxLines(bytes) };
}

describe.each(LIBREOFFICE_PLANS.flatMap((name) => (['docx', 'xlsx'] as const).map((ext) => [`${name}.${ext}`, name, ext] as const)))(
  'LibreOffice-made %s',
  (_file, name, ext) => {
    const spec = CORPUS.find((p) => p.name === name)!;

    it('imports as meant', async () => {
      const { plan, report } = await imported(name, ext);
      expect(differences({ ...spec, differs: { ...spec.differs, ...spec.libreoffice } }, ext, plan, report)).toEqual([]);
    });

    it('loses no line of text', async () => {
      const { lines, plan } = await imported(name, ext);
      expect(lostLines(lines, plan)).toEqual([]);
    });

    it('comes back unchanged through a .docx export', async () => {
      const { plan } = await imported(name, ext);
      const back = await importFile('back.docx', await exportDocx(plan), { id: 'plan', now: NOW });
      expect(comparable(back.plan)).toEqual(comparable(plan));
    });

    it('comes back unchanged through a .xlsx export', async () => {
      const { plan } = await imported(name, ext);
      const back = await importFile('back.xlsx', await exportXlsx(plan), { id: 'plan', now: NOW });
      expect(comparable(back.plan)).toEqual(comparable(plan));
    });
  },
);
