import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText } from '@concord/shared/import/index';
import { importFile } from '@concord/shared/formats/index';
import { parseExportArgs, runExport } from './export';

const NOW = '2026-01-01T00:00:00.000Z';
const seed = new URL('../../../../shared/seeds/bromley.txt', import.meta.url);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'concord-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function planFile(): Promise<string> {
  const { plan } = importText(await readFile(seed, 'utf8'), { id: 'plan', now: NOW, fileName: 'bromley.txt' });
  const file = path.join(dir, 'plan.json');
  await writeFile(file, JSON.stringify(plan));
  return file;
}

describe('concord export', () => {
  it.each(['docx', 'xlsx', 'csv'] as const)('writes %s that imports back to the same actions', async (format) => {
    const input = await planFile();
    const out = path.join(dir, `out.${format}`);
    expect(await runExport([input, '--format', format, '--out', out])).toMatch(new RegExp(`^wrote .*out\\.${format}`));
    const original = JSON.parse(await readFile(input, 'utf8'));
    const back = await importFile(out, new Uint8Array(await readFile(out)), { id: 'plan', now: NOW });
    const texts = (p: typeof back.plan) => p.sections.flatMap((s) => s.groups.flatMap((g) => g.actions.map((a) => a.text)));
    expect(texts(back.plan)).toEqual(texts(original));
    expect(await readdir(dir)).toEqual(['out.' + format, 'plan.json'].sort());
  });

  it('takes the format from --out and passes --updates-since', () => {
    expect(parseExportArgs(['p.json', '--out', 'x.XLSX', '--updates-since', '2015-11-01'])).toEqual({
      input: 'p.json', out: 'x.XLSX', format: 'xlsx', updatesSince: '2015-11-01',
    });
  });

  it.each([
    [[]],
    [['p.json']],
    [['p.json', '--out', 'x.pdf']],
    [['p.json', '--format', 'odt', '--out', 'x.odt']],
    [['p.json', '--out', 'x.docx', '--updates-since', 'November']],
    [['p.json', '--out', 'x.docx', '--colour']],
  ])('refuses bad arguments %j', (argv) => {
    expect(() => parseExportArgs(argv)).toThrow(expect.objectContaining({ reason: 'usage' }));
  });

  it('refuses a missing file and a file that is not Plan JSON, writing nothing', async () => {
    const out = path.join(dir, 'out.docx');
    await expect(runExport([path.join(dir, 'none.json'), '--out', out])).rejects.toMatchObject({ reason: 'unreadable' });
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ format: 'concord.plan', version: 1, title: 'no id' }));
    await expect(runExport([bad, '--out', out])).rejects.toMatchObject({ reason: 'invalid-plan' });
    expect(await readdir(dir)).toEqual(['bad.json']);
  });
});
