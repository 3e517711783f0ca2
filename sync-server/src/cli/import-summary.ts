/** The import report as a few lines for a terminal: what was found, how columns were read, what was fixed. */
import type { ImportReport } from '@concord/shared';

/** `concord import --report` output: counts, then each header's mapping, then each warning with its line. */
export function importSummary(file: string, report: ImportReport): string {
  const lines = [
    `${file}: ${report.format}, ${report.sections.length} sections, ${report.actions} actions ` +
      `(${report.numberedActions} numbered)`,
  ];
  for (const s of report.sections) {
    lines.push(`  section ${s.number ?? '-'} ${s.title}: ${s.groups} groups, ${s.actions} actions`);
  }
  for (const mapping of report.columns) {
    const at = mapping.line ? ` (line ${mapping.line})` : '';
    lines.push(`columns${at}: ${mapping.columns.map((c) => `${c.label || '(blank)'} -> ${c.key}`).join('; ')}`);
  }
  for (const w of report.warnings) {
    lines.push(`warning ${w.reason}${w.line ? ` (line ${w.line})` : ''}: ${w.detail}`);
  }
  return `${lines.join('\n')}\n`;
}
