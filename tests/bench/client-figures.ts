import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { importText } from '@concord/shared';
import { REPO_ROOT } from './contenders';
import { readSeedText, seedFileNames } from '../../testing/seeds';
import { median, round } from './stats';

export type Figure<T> = { value: T | null; reason?: string };

export type ClientFigures = {
  importMs: Figure<Record<string, number>>;
  shellGzipKb: Figure<number> & { files?: string[] };
  open2000Ms: Figure<number>;
  inputToPaintP95Ms: Figure<number>;
  /** First visit over Chromium's "Slow 4G" profile, from navigation to the plans list answering input. */
  slow4gFirstLoadMs: Figure<number>;
  /** A reload with the network off (the service worker serves the app), to the plans list answering input. */
  offlineReloadMs: Figure<number>;
};

/** importText from @concord/shared on every seed: the median of `repeats` runs after one warm-up, per seed. */
export function measureImport(repeats: number): ClientFigures['importMs'] {
  const perSeed: Record<string, number> = {};
  for (const file of seedFileNames()) {
    const text = readSeedText(file.replace(/\.txt$/, ''));
    importText(text, { fileName: file });
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      importText(text, { fileName: file });
      times.push(performance.now() - t0);
    }
    perSeed[file.replace(/\.txt$/, '')] = round(median(times));
  }
  return { value: perSeed };
}

/**
 * A fresh production build of the client in a temporary folder, so the figures are of the current source and
 * client/dist (another engineer's output) is left alone. Returns the folder, or why there is none.
 */
export function buildClient(): { dir: string } | { reason: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-bench-dist-'));
  try {
    execFileSync('pnpm', ['--filter', '@concord/client', 'exec', 'vite', 'build', '--outDir', dir, '--emptyOutDir'], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
      timeout: 300_000,
    });
    return { dir };
  } catch (err) {
    const output = String((err as { stderr?: Buffer }).stderr ?? err).split('\n').slice(-5).join(' ');
    return { reason: `client build failed: ${output.trim()}` };
  }
}

/** Gzipped size of the JS index.html loads up front: its module script and modulepreload links. */
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
