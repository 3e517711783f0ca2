import { useState } from 'react';
import { DirectoryIndex } from '@concord/shared';
import { useSettings } from '../../data';
import { actionRowsOf } from '../../data/groups';
import { todayIso } from '../../lib/when';
import { MyActionsTable } from '../my-actions/my-actions-table';
import '../../styles/after.css';
import type { GroupPage } from './group-context';

/**
 * The actions a person leads across every plan of the group: they choose themselves or their organisation from the
 * group's directory, and every spelling the plans use for it counts (the directory merged them once).
 */
export function GroupMyActionsView({ page }: { page: GroupPage }) {
  const settings = useSettings();
  const entries = page.group.directory.filter((e) => e.mergedInto === null);
  const index = new DirectoryIndex(page.group.directory);
  const mine = index.entryFor(settings.organisation) ?? index.entryFor(settings.displayName);
  const [chosen, setChosen] = useState<string | null>(null);
  const entryId = chosen ?? mine?.id ?? '';
  const today = todayIso();
  const rows = page.plans.flatMap(({ plan }) => {
    if (!plan) return [];
    const led = new Set(entryId ? index.actionsLedBy(plan, entryId) : []);
    return actionRowsOf(plan, today).filter((row) => led.has(row.actionId));
  });
  return (
    <div className="group-my-actions">
      <label className="field">
        Actions led by
        <select value={entryId} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Choose an organisation or person</option>
          {entries.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
              {e.aliases.length > 0 ? ` (also written ${e.aliases.join(', ')})` : ''}
            </option>
          ))}
        </select>
      </label>
      {entries.length === 0 && <p className="muted">The group’s directory fills in from the leads of its plans as they arrive.</p>}
      {entryId && (
        <>
          <p role="status" className="result-count">
            {rows.length} {rows.length === 1 ? 'action' : 'actions'} across {page.plans.filter((p) => p.plan).length} plans
          </p>
          <MyActionsTable rows={rows} today={today} />
        </>
      )}
    </div>
  );
}
