/**
 * Builds of the app for the version tests: the normal build (client/dist, "build A") and the test build ("build B":
 * the same app with the test migration, CONCORD_TEST_MIGRATION=1), and a directory the relay serves from, into
 * which a test deploys one build or the other as a server operator would.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './relay';

/** Builds the test variant of the app into a fresh temporary directory and returns it. */
export async function buildTestVariant(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'concord-build-b-'));
  await new Promise<void>((done, fail) => {
    const child = spawn('pnpm', ['exec', 'vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: join(REPO_ROOT, 'client'),
      env: { ...process.env, CONCORD_TEST_MIGRATION: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`test build failed (${code}):\n${output}`))));
  });
  return outDir;
}

/** A directory for the relay's `--client`, with `deploy(build)` replacing what it serves, as an operator does. */
export function servedApp(): { dir: string; deploy(build: string): void; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'concord-served-'));
  return {
    dir,
    deploy(build) {
      for (const entry of readdirSync(dir)) rmSync(join(dir, entry), { recursive: true, force: true });
      cpSync(build, dir, { recursive: true });
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
