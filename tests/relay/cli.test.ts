/** `concord` as a user runs it: a real process, exit codes, and exactly one line on stderr for a bad file. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConcord } from '../helpers/relay';
import { seedPath } from '../../testing/seeds';
import { itWithSeeds } from '../../testing/with-seeds';

const SEED = seedPath('bromley');

const concord = runConcord;

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('concord import', () => {
  itWithSeeds('writes Plan JSON for a real plan to --out', async () => {
    const out = join(dir, 'bromley.json');
    const run = await concord('import', SEED, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = JSON.parse(readFileSync(out, 'utf8'));
    expect(plan).toMatchObject({ format: 'concord.plan', version: 1 });
    expect(plan.sections.length).toBeGreaterThan(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\{\n {2}"format": "concord.plan"/);
  });

  itWithSeeds('prints the Plan JSON on stdout without --out', async () => {
    const run = await concord('import', SEED);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).format).toBe('concord.plan');
  });

  it('exits 2 with one line on stderr for a file that does not exist', async () => {
    const run = await concord('import', 'missing.txt', '--out', join(dir, 'never.json'));
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual(['concord import: cannot read missing.txt: no such file']);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });

  it.each(['binary.txt', 'binary.bin'])('exits 2 with one line on stderr for binary data in %s', async (name) => {
    const file = join(dir, name);
    writeFileSync(file, Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
    const out = join(dir, `${name}.json`);
    const run = await concord('import', file, '--out', out);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^concord import: cannot import ${file.replace(/[.]/g, '\\.')}: [a-z-]+: `));
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with one line for a directory', async () => {
    const run = await concord('import', dir);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([`concord import: cannot read ${dir}: is a directory`]);
  });
});

describe('concord dispatch and flags', () => {
  it('lists the commands on --help and exits 0', async () => {
    const run = await concord('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('concord import FILE');
    expect(run.stdout).toContain('concord serve');
  });

  it.each([
    [['frobnicate'], 'concord: unknown command "frobnicate"'],
    [[], 'concord: no command given'],
    [['import'], 'concord import: missing argument'],
    [['import', 'a.txt', '--bogus'], "concord import: Unknown option '--bogus'"],
    [['serve', '--port', 'eighty'], 'concord serve: --port must be an integer from 0 to 65535'],
    [['serve', 'extra'], 'concord serve: unexpected argument "extra"'],
  ])('exits 2 with usage for %j', async (args, first) => {
    const run = await concord(...args);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(first)).toBe(true);
    expect(run.stderr).toMatch(/usage: concord/);
  });

  it('exits 2 with one line when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = await concord('serve', '--port', String(port), '--data', join(dir, 'data'));
      expect(run.code).toBe(2);
      expect(lines(run.stderr).filter((l) => l.includes('cannot listen'))).toEqual([
        `concord serve: cannot listen on 127.0.0.1:${port}: EADDRINUSE`,
      ]);
    } finally {
      blocker.close();
    }
  });
});
