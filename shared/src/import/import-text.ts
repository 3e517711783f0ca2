import { parseTextPlan } from './text-parser';
import { buildPlan } from './plan-builder';
import type { BuildOptions, ImportResult } from './import-report';

export interface ImportTextOptions {
  /** Plan id; a new id when absent. */
  id?: string;
  /** Overrides any title found in the text. */
  title?: string;
  /** The file's name: the title of last resort (without its extension). */
  fileName?: string;
  /** ISO date-time for RAG entries read from the source; now when absent. */
  now?: string;
  /** The user's column mapping (see BuildOptions.columnOverrides). */
  columnOverrides?: BuildOptions['columnOverrides'];
}

/**
 * Imports a plan from Word-table-as-text: parseTextPlan then buildPlan.
 * Throws ImportError ('empty', 'too-large', 'corrupt', 'no-table', 'unrecognised') and produces nothing then.
 */
export function importText(text: string, opts: ImportTextOptions = {}): ImportResult {
  const src = parseTextPlan(text);
  const fileTitle = opts.fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').trim();
  if (fileTitle) src.title = fileTitle;
  return buildPlan(src, {
    ...(opts.id !== undefined ? { id: opts.id } : {}),
    ...(opts.title !== undefined ? { title: opts.title } : {}),
    ...(opts.now !== undefined ? { now: opts.now } : {}),
    ...(opts.columnOverrides !== undefined ? { columnOverrides: opts.columnOverrides } : {}),
  });
}
