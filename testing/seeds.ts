/**
 * Where the real plans are: `../shared/seeds`, beside the repository, not in it (their text must not be copied
 * into the repo). Tests, the benchmark and tools read them through here, so there is one answer to "are they here?".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of real plans (one `.txt` per plan), beside the repository. */
export const SEEDS_DIR = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

/** True when the real plans are beside this checkout. */
export const HAVE_SEEDS = existsSync(SEEDS_DIR);

/** The path of seed `name` (without `.txt`). */
export function seedPath(name: string): string {
  return join(SEEDS_DIR, `${name}.txt`);
}

/** The text of seed `name`; throws, naming the folder, when the seeds are not there. */
export function readSeedText(name: string): string {
  if (!HAVE_SEEDS) throw new Error(`the real plans are not at ${SEEDS_DIR}: a test that reads ${name}.txt must be skipped`);
  return readFileSync(seedPath(name), 'utf8');
}

/** The seeds' file names (`*.txt`), sorted; none when the folder is absent. */
export function seedFileNames(): string[] {
  return HAVE_SEEDS ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort() : [];
}
