/**
 * A person's fixes as data: what the preview builds as they work, and what `concord import --fixes FILE.json`
 * reads. Checked here, so a fixes file with a typo is refused with its reason instead of quietly doing nothing.
 */
import { KNOWN_COLUMN_KEYS } from '../plan-json';
import { ImportError } from './import-error';
import { ROW_FIXES, type ImportFixes } from './import-report';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function record<T>(value: unknown, name: string, check: (v: unknown) => v is T, what: string): Record<string, T> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw new ImportError('bad-fixes', `${name} must be an object`);
  for (const [key, v] of Object.entries(value)) {
    if (!check(v)) throw new ImportError('bad-fixes', `${name}.${key} must be ${what}`);
  }
  return value as Record<string, T>;
}

const isColumnKey = (v: unknown): v is (typeof KNOWN_COLUMN_KEYS)[number] | null => v === null || (KNOWN_COLUMN_KEYS as readonly unknown[]).includes(v);
const isRowFix = (v: unknown): v is (typeof ROW_FIXES)[number] => (ROW_FIXES as readonly unknown[]).includes(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every(isString);

/**
 * Checks a fixes object (columnOverrides, rowRoles, leadMerges, leadSplits; all optional) and returns it typed.
 * @throws ImportError 'bad-fixes' naming the first field that is wrong.
 */
export function readImportFixes(value: unknown): ImportFixes {
  if (!isObject(value)) throw new ImportError('bad-fixes', 'the fixes must be a JSON object');
  const known = ['columnOverrides', 'rowRoles', 'leadMerges', 'leadSplits'];
  const unknown = Object.keys(value).find((k) => !known.includes(k));
  if (unknown !== undefined) throw new ImportError('bad-fixes', `unknown field ${unknown} (expected ${known.join(', ')})`);
  const fixes: ImportFixes = {};
  const columns = record(value.columnOverrides, 'columnOverrides', isColumnKey, `one of ${KNOWN_COLUMN_KEYS.join(', ')} or null`);
  const rows = record(value.rowRoles, 'rowRoles', isRowFix, `one of ${ROW_FIXES.join(', ')}`);
  const merges = record(value.leadMerges, 'leadMerges', isString, 'a lead name');
  const splits = record(value.leadSplits, 'leadSplits', isStrings, 'a list of lead names');
  if (columns) fixes.columnOverrides = columns;
  if (rows) fixes.rowRoles = rows;
  if (merges) fixes.leadMerges = merges;
  if (splits) fixes.leadSplits = splits;
  return fixes;
}
