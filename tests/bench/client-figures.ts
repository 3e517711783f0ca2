import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './contenders';
import { SEEDS_DIR } from './plan-doc';
import { median, round } from './stats';

export type Figure<T> = { value: T | null; reason?: string };

export type ClientFigures = {
  importMs: Figure<Record<string, number>>;
  shellGzipKb: Figure<number> & { files?: string[] };
  open2000Ms: Figure<number>;
  inputToPaintP95Ms: Figure<number>;
};

/** importText from @concord/shared on every seed: the median of `repeats` runs after one warm-up, per seed. */
export async function measureImport(repeats: number): Promise<ClientFigures['importMs']> {
  const shared = (await import('@concord/shared')) as Record<string, unknown>;
  const importText = shared.importText;
  if (typeof importText !== 'function') return { value: null, reason: 'importText is not exported by @concord/shared yet' };
  const perSeed: Record<string, number> = {};
  for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(SEEDS_DIR, file), 'utf8');
    await importText(text);
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      await importText(text);
      times.push(performance.now() - t0);
    }
    perSeed[file.replace(/\.txt$/, '')] = round(median(times));
  }
  return { value: perSeed };
}

/**
 * Gzipped size of the JS index.html loads up front (its module script and modulepreload links), from a fresh
 * production build into a temporary folder, so the figure is of the current source and client/dist is untouched.
 */
export function measureShell(): ClientFigures['shellGzipKb'] {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'concord-bench-dist-'));
  try {
    execFileSync('pnpm', ['--filter', '@concord/client', 'exec', 'vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
      timeout: 300_000,
    });
  } catch (err) {
    const output = String((err as { stderr?: Buffer }).stderr ?? err).split('\n').slice(-5).join(' ');
    return { value: null, reason: `client build failed: ${output.trim()}` };
  }
  return shellSize(outDir);
}

export function shellSize(distDir: string): ClientFigures['shellGzipKb'] {
  const indexPath = path.join(distDir, 'index.html');
  if (!existsSync(indexPath)) return { value: null, reason: `no ${indexPath}` };
  const html = readFileSync(indexPath, 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const files = [...new Set(refs)].filter((ref) => !/^https?:/.test(ref));
  let bytes = 0;
  for (const ref of files) bytes += gzipSync(readFileSync(path.join(distDir, ref.replace(/^\.?\//, '')))).length;
  return { value: round(bytes / 1024, 1), files };
}
