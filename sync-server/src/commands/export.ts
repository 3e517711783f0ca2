/**
 * `concord export PLAN.json --format docx|xlsx|csv --out FILE [--updates-since YYYY-MM-DD]`: writes a Plan JSON
 * file as Word (the Concordat layout), Excel or CSV. The format defaults to the --out extension; the output is
 * written atomically, so a failed export never leaves half a file behind.
 */
import type { Plan } from '@concord/shared';
import { readPlanJson } from '@concord/shared';
import { CliError, ExitCode, type CliCommand } from '../cli/command';
import { readInput, writeAtomically } from '../cli/files';
import { parseFlags } from '../cli/parse-flags';

export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportArgs {
  input: string;
  out: string;
  format: ExportFormat;
  updatesSince?: string;
}

const isFormat = (s: string | undefined): s is ExportFormat => EXPORT_FORMATS.includes(s as ExportFormat);

/**
 * Parses the command's arguments (after the word "export").
 * @throws CliError 'usage' for a missing input or --out, an unknown format or a malformed date.
 */
export function parseExportArgs(argv: string[]): ExportArgs {
  const options = { format: { type: 'string' }, out: { type: 'string' }, 'updates-since': { type: 'string' } } as const;
  const { values, positionals } = parseFlags(argv, options, { min: 1, max: 1 });
  const { out, 'updates-since': since } = values;
  if (!out) throw new CliError('usage', '--out FILE is required');
  const format = values.format ?? out.split('.').pop()?.toLowerCase();
  if (!isFormat(format)) throw new CliError('usage', `--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(since)) {
    throw new CliError('usage', '--updates-since must be a date, YYYY-MM-DD');
  }
  return { input: positionals[0]!, out, format, ...(since ? { updatesSince: since } : {}) };
}

async function readPlan(file: string): Promise<Plan> {
  const text = new TextDecoder().decode(await readInput(file));
  try {
    // Plan JSON of an older version is upgraded; one from a newer version is refused (update Concord).
    return readPlanJson(JSON.parse(text));
  } catch (error) {
    if ((error as { reason?: string }).reason === 'newer-version') {
      throw new CliError('unrecognised', `${file} was saved by a newer version of Concord: ${(error as Error).message}`);
    }
    throw new CliError('unrecognised', `${file} is not Plan JSON: ${(error as Error).message}`);
  }
}

/** The plan rendered in a format; the format layer (large) is loaded only when an export runs. */
export async function renderPlan(plan: Plan, format: ExportFormat, updatesSince?: string): Promise<Uint8Array> {
  const formats = await import('@concord/shared/formats');
  const options = updatesSince ? { updatesSince } : {};
  if (format === 'docx') return formats.exportDocx(plan, options);
  if (format === 'xlsx') return formats.exportXlsx(plan, options);
  return new TextEncoder().encode(formats.exportCsv(plan, options));
}

export const command: CliCommand = {
  summary: 'write a Plan JSON file as Word (Concordat layout), Excel or CSV',
  usage: 'concord export PLAN.json --format docx|xlsx|csv --out FILE [--updates-since YYYY-MM-DD]',
  async run(argv, io) {
    const args = parseExportArgs(argv);
    const bytes = await renderPlan(await readPlan(args.input), args.format, args.updatesSince);
    await writeAtomically(args.out, bytes);
    io.stderr.write(`wrote ${args.out} (${args.format}, ${bytes.byteLength} bytes)\n`);
    return ExitCode.ok;
  },
};
