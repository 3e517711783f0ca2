import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText } from '@concord/shared';
import { importFile } from '@concord/shared/formats';
import { main } from '../cli';
import { parseExportArgs } from './export';
import { seedPath } from '../../../testing/seeds';
import { itWithSeeds } from '../../../testing/with-seeds';

const NOW = '2026-01-01T00:00:00.000Z';
const seed = seedPath('bromley');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'concord-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `concord …` through the real dispatcher, capturing its output. */
async function concord(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk, _enc, done) {
        out[key] += String(chunk);
        done();
      },
    });
  const code = await main(argv, { stdout: sink('stdout'), stderr: sink('stderr') });
  return { code, ...out };
}

async function planFile(): Promise<string> {
  const { plan } = importText(await readFile(seed, 'utf8'), { id: 'plan', now: NOW, fileName: 'bromley.txt' });
  const file = path.join(dir, 'plan.json');
  await writeFile(file, JSON.stringify(plan));
  return file;
}

const actionTexts = (p: { sections: { groups: { actions: { text: string }[] }[] }[] }) =>
  p.sections.flatMap((s) => s.groups.flatMap((g) => g.actions.map((a) => a.text)));

describe('concord export', () => {
  itWithSeeds.each(['docx', 'xlsx', 'csv'] as const)('writes %s that imports back to the same actions', async (format) => {
    const input = await planFile();
    const out = path.join(dir, `out.${format}`);
    const run = await concord('export', input, '--format', format, '--out', out);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toMatch(new RegExp(`^wrote .*out\\.${format} \\(${format}, \\d+ bytes\\)`));
    const back = await importFile(out, new Uint8Array(await readFile(out)), { id: 'plan', now: NOW });
    expect(actionTexts(back.plan)).toEqual(actionTexts(JSON.parse(await readFile(input, 'utf8'))));
    expect((await readdir(dir)).sort()).toEqual([`out.${format}`, 'plan.json']);
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
  ])('refuses bad arguments %j with the usage and exit code 2', async (argv) => {
    const run = await concord('export', ...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: concord export PLAN.json');
  });

  it('refuses a missing file and a file that is not Plan JSON, writing nothing', async () => {
    const out = path.join(dir, 'out.docx');
    const missing = await concord('export', path.join(dir, 'none.json'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*none\.json: no such file/);
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ format: 'concord.plan', version: 1, title: 'no id' }));
    const invalid = await concord('export', bad, '--out', out);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/bad\.json is not Plan JSON/);
    expect(await readdir(dir)).toEqual(['bad.json']);
  });

  it('refuses Plan JSON saved by a newer version of Concord, saying so, and writes nothing', async () => {
    const input = await planFile();
    const newer = path.join(dir, 'newer.json');
    await writeFile(newer, JSON.stringify({ ...JSON.parse(await readFile(input, 'utf8')), version: 99 }));
    const run = await concord('export', newer, '--out', path.join(dir, 'out.docx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/newer\.json was saved by a newer version of Concord/);
    expect((await readdir(dir)).sort()).toEqual(['newer.json', 'plan.json']);
  });
});
