import { useEffect, useState } from 'react';
import '../../styles/after.css';
import { ensureActionIndex, useActionIndex, useSettings } from '../../data';
import { todayIso } from '../../lib/when';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MyActionsFilters } from './my-actions-filters';
import { MyActionsTable } from './my-actions-table';
import { leadsOf, matchesRow, NO_FILTER, type MyActionsFilter } from './action-row-filter';

/** Actions across every plan on this device, for one lead or organisation, with search and filters. */
export default function MyActionsScreen() {
  const rows = useActionIndex();
  const settings = useSettings();
  const [filter, setFilter] = useState<MyActionsFilter | null>(null);
  const [indexing, setIndexing] = useState(true);
  useDocumentTitle('My actions');
  useEffect(() => {
    void ensureActionIndex().finally(() => setIndexing(false));
  }, []);
  // Until the user types, "my" means the organisation in the device settings.
  const shown = filter ?? { ...NO_FILTER, who: settings.organisation };
  const today = todayIso();
  const matches = (rows ?? []).filter((r) => matchesRow(r, shown, today));
  return (
    <div className="my-actions-screen">
      <h1>My actions</h1>
      <p className="muted">Actions in every plan on this device. Open a plan to bring its actions up to date here.</p>
      <MyActionsFilters filter={shown} leads={leadsOf(rows ?? [])} onChange={setFilter} />
      {rows === undefined || (indexing && rows.length === 0) ? (
        <p className="loading">Reading the plans on this device…</p>
      ) : (
        <>
          <p role="status" className="result-count">
            {matches.length} {matches.length === 1 ? 'action' : 'actions'} of {rows.length}
          </p>
          <MyActionsTable rows={matches} today={today} />
        </>
      )}
    </div>
  );
}
