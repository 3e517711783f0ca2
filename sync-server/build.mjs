// Bundles the relay CLI (sync-server/src/cli.ts with @concord/shared) into dist/, so production runs plain
// `node sync-server/dist/concord.mjs serve …`: no TypeScript loader in the process, faster start, less memory.
// better-sqlite3 (native) and pg's optional native binding stay outside the bundle and load from node_modules.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = new URL('./dist/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { concord: new URL('./src/cli.ts', import.meta.url).pathname },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'pg-native'],
  // Bundled CommonJS packages (ws, pg) call require() for Node's own modules; ESM has none, so provide one.
  banner: { js: "import { createRequire as __concordRequire } from 'node:module'; const require = __concordRequire(import.meta.url);" },
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
