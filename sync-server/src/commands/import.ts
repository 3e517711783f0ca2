import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImportError } from '@concord/shared';
import { CliError, ExitCode, type CliCommand } from '../cli/command';
import { parseFlags } from '../cli/parse-flags';

/** Words for the errno codes a user is likely to meet; the code itself otherwise. */
const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EPERM: 'not permitted',
};

function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return FS_ERRORS[code] ?? (code || String(error));
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new CliError('unreadable', `cannot read ${file}: ${fsReason(error)}`);
  }
}

/** Writes via a temporary file and a rename, so a failure never leaves half a plan at `out`. */
async function writeAtomically(out: string, text: string): Promise<void> {
  const temp = `${out}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, out);
  } catch (error) {
    await rm(temp, { force: true });
    throw new CliError('unwritable', `cannot write ${out}: ${fsReason(error)}`);
  }
}

export const command: CliCommand = {
  summary: 'read a plan file (.txt as exported from Word, .docx, .xlsx, .csv) and print or save it as Plan JSON',
  usage: 'concord import FILE [--out PLAN.json]',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { out: { type: 'string' } }, { min: 1, max: 1 });
    const file = positionals[0]!;
    const data = await readInput(file);
    // The file layer (docx, xlsx) is large; load it only when an import actually runs.
    const { importFile } = await import('@concord/shared/formats/index');
    let plan;
    try {
      ({ plan } = await importFile(basename(file), data));
    } catch (error) {
      if (error instanceof ImportError) {
        throw new CliError('unrecognised', `cannot import ${file}: ${error.reason}: ${error.message}`);
      }
      throw error;
    }
    const json = `${JSON.stringify(plan, null, 2)}\n`;
    if (values.out === undefined) io.stdout.write(json);
    else await writeAtomically(values.out, json);
    return ExitCode.ok;
  },
};
