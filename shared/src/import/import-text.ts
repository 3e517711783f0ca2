import { parseTextPlan } from './text-parser';
import { buildPlan } from './plan-builder';
import type { BuildOptions, ImportResult } from './import-report';

/** Build options (id, title, now, a person's fixes) and the file's name: the title of last resort. */
export type ImportTextOptions = BuildOptions & { fileName?: string };

/**
 * Imports a plan from Word-table-as-text: parseTextPlan then buildPlan.
 * Throws ImportError ('empty', 'too-large', 'corrupt', 'no-table', 'unrecognised') and produces nothing then.
 */
export function importText(text: string, opts: ImportTextOptions = {}): ImportResult {
  const src = parseTextPlan(text);
  const { fileName, ...build } = opts;
  const fileTitle = fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').trim();
  if (fileTitle) src.title = fileTitle;
  return buildPlan(src, build);
}
