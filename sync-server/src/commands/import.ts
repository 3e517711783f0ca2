import { basename } from 'node:path';
import { ImportError, readImportFixes, type ImportFixes } from '@concord/shared';
import { CliError, ExitCode, type CliCommand } from '../cli/command';
import { readInput, writeAtomically } from '../cli/files';
import { importSummary } from '../cli/import-summary';
import { parseFlags } from '../cli/parse-flags';

export const command: CliCommand = {
  summary: 'read a plan file (.txt as exported from Word, .docx, .xlsx, .csv) and print or save it as Plan JSON',
  usage: 'concord import FILE [--out PLAN.json] [--report] [--fixes FIXES.json]',
  async run(argv, io) {
    const flags = { out: { type: 'string' }, report: { type: 'boolean' }, fixes: { type: 'string' } } as const;
    const { values, positionals } = parseFlags(argv, flags, { min: 1, max: 1 });
    const file = positionals[0]!;
    const data = await readInput(file);
    const fixes = values.fixes === undefined ? {} : await readFixes(values.fixes);
    // The file layer (docx, xlsx) is large; load it only when an import actually runs.
    const { importFile } = await import('@concord/shared/formats');
    let plan;
    let report;
    try {
      ({ plan, report } = await importFile(basename(file), data, fixes));
    } catch (error) {
      if (error instanceof ImportError) {
        throw new CliError('unrecognised', `cannot import ${file}: ${error.reason}: ${error.message}`);
      }
      throw error;
    }
    // stderr, so the plan on stdout stays pipeable
    if (values.report) io.stderr.write(importSummary(file, report));
    const json = `${JSON.stringify(plan, null, 2)}\n`;
    if (values.out === undefined) io.stdout.write(json);
    else await writeAtomically(values.out, json);
    return ExitCode.ok;
  },
};

/** The preview's fixes saved as JSON (columnOverrides, rowRoles, leadMerges, leadSplits): the same object the app builds. */
async function readFixes(path: string): Promise<ImportFixes> {
  const text = new TextDecoder().decode(await readInput(path));
  try {
    return readImportFixes(JSON.parse(text));
  } catch (error) {
    const why = error instanceof ImportError ? error.message : 'not JSON';
    throw new CliError('unreadable', `cannot use the fixes in ${path}: ${why}`);
  }
}
