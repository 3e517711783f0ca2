import { basename } from 'node:path';
import { ImportError } from '@concord/shared';
import { CliError, ExitCode, type CliCommand } from '../cli/command';
import { readInput, writeAtomically } from '../cli/files';
import { importSummary } from '../cli/import-summary';
import { parseFlags } from '../cli/parse-flags';

export const command: CliCommand = {
  summary: 'read a plan file (.txt as exported from Word, .docx, .xlsx, .csv) and print or save it as Plan JSON',
  usage: 'concord import FILE [--out PLAN.json] [--report]',
  async run(argv, io) {
    const flags = { out: { type: 'string' }, report: { type: 'boolean' } } as const;
    const { values, positionals } = parseFlags(argv, flags, { min: 1, max: 1 });
    const file = positionals[0]!;
    const data = await readInput(file);
    // The file layer (docx, xlsx) is large; load it only when an import actually runs.
    const { importFile } = await import('@concord/shared/formats');
    let plan;
    let report;
    try {
      ({ plan, report } = await importFile(basename(file), data));
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
