/**
 * The OWASP guard against CSV injection: a spreadsheet evaluates a cell that begins with `=`, `+`, `-`, `@`, tab
 * or carriage return, so Concord's CSV writes such a cell with a leading `'` (which spreadsheets show as text).
 * A cell that already begins with `'`s before one of those characters gets one more, so that stripping exactly one
 * `'` from every guarded cell on re-import gives back the text as it was, whatever it was.
 */
export const FORMULA_GUARDED = /^'*[=+\-@\t\r]/;

/** The text as Concord's CSV writes it. */
export function guardFormula(text: string): string {
  return FORMULA_GUARDED.test(text) ? `'${text}` : text;
}

/** The text a guarded cell of Concord's own CSV held (the inverse of guardFormula; other cells unchanged). */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_GUARDED.test(cell) ? cell.slice(1) : cell;
}
