/** The final check: which recorded edits a plan does not hold. */
import type { Action, Plan } from '@concord/shared';
import type { Edit } from './ui-edits';

/** Descriptions of the edits missing from `plan` ([] when every edit is there). Each entry answers one edit only. */
export function missingEdits(plan: Plan, edits: readonly Edit[]): string[] {
  const actions = new Map<string, Action>();
  for (const s of plan.sections) for (const g of s.groups) for (const a of g.actions) actions.set(a.id, a);
  const used = new Set<object>();
  return edits
    .filter((edit) => !holds(actions.get(edit.actionId), edit, used))
    .map((edit) => {
      const action = actions.get(edit.actionId);
      const found = edit.kind === 'text' && action ? `; the field reads ${JSON.stringify(action[edit.field])}` : '';
      return JSON.stringify(edit) + found;
    });
}

function holds(action: Action | undefined, edit: Edit, used: Set<object>): boolean {
  if (!action || action.archived) return false;
  if (edit.kind === 'text') return hasWord(action[edit.field], edit.token);
  const entries: object[] =
    edit.kind === 'rag'
      ? action.ragHistory.filter((e) => e.rag === edit.rag && e.by === edit.by)
      : action.updates.filter((u) => u.text === edit.text && u.date === edit.date && u.author === edit.author);
  const entry = entries.find((e) => !used.has(e));
  if (entry) used.add(entry);
  return entry !== undefined;
}

/** A token counts only as a whole word: "chaos1" inside "chaos1chaos2" means the typing was split or run together. */
export function hasWord(text: string, token: string): boolean {
  return text.split(/\s+/).includes(token);
}
