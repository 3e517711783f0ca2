/** The import report as a few lines for a terminal: what was found, how columns were read, what was fixed. */
import type { ImportReport } from '@concord/shared';

/** `concord import --report` output: counts, then each header's mapping, then each warning with its line. */
export function importSummary(file: string, report: ImportReport): string {
  const lines = [
    `${file}: ${report.format}, ${report.sections.length} ${report.sectionNoun}, ${report.actions} actions ` +
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
  const looks = report.rows.filter((r) => r.look !== undefined);
  lines.push(`${looks.length} rows need a look (name them in --fixes rowRoles by id)`);
  for (const r of looks) lines.push(`  look ${r.id}${r.line ? ` (line ${r.line})` : ''} ${r.look}, read as ${r.role}: ${r.text}`);
  return `${lines.join('\n')}\n`;
}
