// Which columns the plan table can show, which it shows by default, and the person's choice (kept on this device).
import { useMemo, useState } from 'react';
import type { Column, Plan } from '@concord/shared';
import { cellText, columnsOf, liveActions, liveGroups, liveSections } from './plan-columns';

/** The column the table adds after progress: each action's latest dated update (date, author, words). */
export const LATEST_UPDATE = 'latest-update';

/**
 * Every column the table can show: the plan's own, then Progress when the plan has no such column (editing it must
 * show somewhere), the latest update right after progress, and a RAG column when the plan has none.
 */
export function tableColumns(plan: Plan): Column[] {
  const own = columnsOf(plan);
  const rag = own.find((c) => c.key === 'rag')!;
  const cols = own.filter((c) => c !== rag || plan.columns.some((p) => p.key === 'rag'));
  if (!cols.some((c) => c.key === 'progress')) cols.push({ key: 'progress', label: 'Progress' });
  cols.splice(cols.findIndex((c) => c.key === 'progress') + 1, 0, { key: LATEST_UPDATE, label: 'Latest update' });
  return cols.includes(rag) ? cols : [...cols, rag];
}

function anyCell(plan: Plan, key: string): boolean {
  return liveSections(plan).some((s) => liveGroups(s).some((g) => liveActions(g).some((a) => cellText(a, key).trim() !== '')));
}

/**
 * Shown unless chosen otherwise: every column except a custom column no action fills, and a Progress column the
 * plan did not have when no action has progress yet.
 */
export function shownByDefault(plan: Plan, column: Column): boolean {
  const own = plan.columns.some((c) => c.key === column.key);
  if (column.key === 'progress' && !own) return anyCell(plan, 'progress');
  const known = ['ref', 'text', 'timescale', 'leads', 'outcomes', 'progress', 'rag', LATEST_UPDATE];
  return known.includes(column.key) || anyCell(plan, column.key);
}

type Choice = Record<string, boolean>;
const storageKey = (planId: string) => `concord.table-columns.${planId}`;

function readChoice(planId: string): Choice {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(planId)) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Choice) : {};
  } catch {
    return {};
  }
}

export interface ColumnChoice {
  /** Every column the table can show, in order. */
  all: Column[];
  shown: Column[];
  isShown: (key: string) => boolean;
  set: (key: string, on: boolean) => void;
}

/**
 * The person's choice of columns for one plan, remembered on this device; columns never chosen follow the default.
 * `shown` keeps its identity until the plan or the choice changes, so the memoised table does not re-render.
 */
export function useColumnChoice(plan: Plan): ColumnChoice {
  const [choice, setChoice] = useState<Choice>(() => readChoice(plan.id));
  return useMemo(() => {
    const all = tableColumns(plan);
    const isShown = (key: string) => {
      const column = all.find((c) => c.key === key);
      return column !== undefined && (choice[key] ?? shownByDefault(plan, column));
    };
    return {
      all,
      shown: all.filter((c) => isShown(c.key)),
      isShown,
      set: (key: string, on: boolean) => {
        const next = { ...choice, [key]: on };
        localStorage.setItem(storageKey(plan.id), JSON.stringify(next));
        setChoice(next);
      },
    };
  }, [plan, choice]);
}
