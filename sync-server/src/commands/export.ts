/**
 * `concord export PLAN.json --format docx|xlsx|csv --out FILE [--updates-since YYYY-MM-DD]`: writes a Plan JSON
 * file as Word (the Concordat layout), Excel or CSV. The format defaults to the --out extension. The output is
 * written to a temporary file and renamed, so a failed export never leaves half a file behind.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Plan } from '@concord/shared';
import { validatePlan } from '@concord/shared/model/validate-plan';

export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_USAGE =
  'concord export PLAN.json --format docx|xlsx|csv --out FILE [--updates-since YYYY-MM-DD]';

export type ExportCommandReason = 'usage' | 'unreadable' | 'invalid-plan' | 'unwritable';

/** A failed export; `reason` is for callers, the message for the terminal. */
export class ExportCommandError extends Error {
  readonly reason: ExportCommandReason;
  constructor(reason: ExportCommandReason, message: string) {
    super(message);
    this.name = 'ExportCommandError';
    this.reason = reason;
  }
}

export interface ExportArgs {
  input: string;
  out: string;
  format: ExportFormat;
  updatesSince?: string;
}

const isFormat = (s: string | undefined): s is ExportFormat => EXPORT_FORMATS.includes(s as ExportFormat);

/**
 * Parses the command's arguments (after the word "export").
 * @throws ExportCommandError 'usage' for a missing input or --out, an unknown format or a malformed date.
 */
export function parseExportArgs(argv: readonly string[]): ExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { format: { type: 'string' }, out: { type: 'string' }, 'updates-since': { type: 'string' } },
    });
  } catch (e) {
    throw new ExportCommandError('usage', `${(e as Error).message}\nusage: ${EXPORT_USAGE}`);
  }
  const { positionals, values } = parsed;
  const [input] = positionals;
  const out = values.out;
  const format = values.format ?? out?.split('.').pop()?.toLowerCase();
  const since = values['updates-since'];
  if (!input || positionals.length > 1 || !out) throw new ExportCommandError('usage', `usage: ${EXPORT_USAGE}`);
  if (!isFormat(format)) throw new ExportCommandError('usage', `--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(since)) {
    throw new ExportCommandError('usage', '--updates-since must be a date, YYYY-MM-DD');
  }
  return { input, out, format, ...(since ? { updatesSince: since } : {}) };
}

async function readPlan(file: string): Promise<Plan> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ExportCommandError('unreadable', `cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return validatePlan(JSON.parse(text));
  } catch (e) {
    throw new ExportCommandError('invalid-plan', `${file} is not Plan JSON: ${(e as Error).message}`);
  }
}

/** The plan rendered in a format; the format layer is loaded only when an export runs. */
export async function renderPlan(plan: Plan, format: ExportFormat, updatesSince?: string): Promise<Uint8Array> {
  const formats = await import('@concord/shared/formats/index');
  const options = updatesSince ? { updatesSince } : {};
  if (format === 'docx') return formats.exportDocx(plan, options);
  if (format === 'xlsx') return formats.exportXlsx(plan, options);
  return new TextEncoder().encode(formats.exportCsv(plan, options));
}

/**
 * Runs `concord export`. Returns the line to print on success.
 * @throws ExportCommandError ('usage', 'unreadable', 'invalid-plan', 'unwritable').
 */
export async function runExport(argv: readonly string[]): Promise<string> {
  const args = parseExportArgs(argv);
  const plan = await readPlan(args.input);
  const bytes = await renderPlan(plan, args.format, args.updatesSince);
  const temp = `${args.out}.${process.pid}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, args.out);
  } catch (e) {
    await rm(temp, { force: true });
    throw new ExportCommandError('unwritable', `cannot write ${args.out}: ${(e as Error).message}`);
  }
  return `wrote ${args.out} (${args.format}, ${bytes.byteLength} bytes)`;
}
