/** File reading and writing for CLI commands, with errno codes turned into CliErrors a user can act on. */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { CliError } from './command';

/** Words for the errno codes a user is likely to meet; the code itself otherwise. */
const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EPERM: 'not permitted',
};

/** A short reason for a failed file operation. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return FS_ERRORS[code] ?? (code || String(error));
}

/** The file's bytes; CliError('unreadable') when it cannot be read. */
export async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new CliError('unreadable', `cannot read ${file}: ${fsReason(error)}`);
  }
}

/** Writes via a temporary file and a rename, so a failure never leaves half a file at `out`. */
export async function writeAtomically(out: string, data: string | Uint8Array): Promise<void> {
  const temp = `${out}.${process.pid}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { force: true });
    throw new CliError('unwritable', `cannot write ${out}: ${fsReason(error)}`);
  }
}
