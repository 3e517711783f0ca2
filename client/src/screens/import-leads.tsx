import { useState } from 'react';
import { leadKey, leadsWithActions, type ImportFixes, type Plan } from '@concord/shared';

interface Props {
  plan: Plan;
  fixes: ImportFixes;
  busy: boolean;
  onFix: (fixes: ImportFixes) => void;
}

const OWN = '';
const OPEN_UP_TO = 12;

function without(record: Readonly<Record<string, unknown>> | undefined, name: string): Record<string, never> {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([k]) => leadKey(k) !== leadKey(name))) as Record<string, never>;
}

/** A lead's split form: the parts, one per line, saved as a fix that rebuilds the preview. */
function SplitForm({ name, busy, onSplit, onCancel }: { name: string; busy: boolean; onSplit: (parts: string[]) => void; onCancel: () => void }) {
  const [text, setText] = useState(name);
  const parts = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return (
    <div className="lead-split">
      <label>
        The leads “{name}” names, one per line
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" disabled={busy || parts.length < 2} onClick={() => onSplit(parts)}>
        Split
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/**
 * The plan's leads as import found them. A person merges two names for one organisation ("CCGs" and "All CCGs")
 * or splits a lead that names two; each fix rebuilds the preview. The lead cells stay as written either way.
 */
export function ImportLeads({ plan, fixes, busy, onFix }: Props) {
  const [splitting, setSplitting] = useState<string | null>(null);
  const leads = leadsWithActions(plan);
  if (leads.length === 0) return null;
  const merge = (name: string, into: string) =>
    onFix({ ...fixes, leadMerges: { ...without(fixes.leadMerges, name), ...(into === OWN ? {} : { [name]: into }) } });
  const separate = (alias: string) => onFix({ ...fixes, leadMerges: without(fixes.leadMerges, alias) });
  const split = (name: string, parts: string[]) => {
    setSplitting(null);
    onFix({ ...fixes, leadSplits: { ...fixes.leadSplits, [name]: parts } });
  };
  const splits = Object.entries(fixes.leadSplits ?? {});
  const unsplit = (name: string) => onFix({ ...fixes, leadSplits: without(fixes.leadSplits, name) });
  // A plan with many leads keeps them folded until asked for: most imports need no lead fixed.
  return (
    <details className="import-leads-box" open={leads.length <= OPEN_UP_TO}>
      <summary>Leads ({leads.length}): say where two names mean one lead, or split a lead that names two</summary>
      {splits.length > 0 && (
        <ul className="lead-splits" aria-label="Leads you split">
          {splits.map(([name, parts]) => (
            <li key={name}>
              “{name}” split into {parts.join(', ')}{' '}
              <button type="button" className="link-button" disabled={busy} onClick={() => unsplit(name)}>
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
      <LeadTable leads={leads} busy={busy} splitting={splitting} setSplitting={setSplitting} merge={merge} separate={separate} split={split} />
    </details>
  );
}

interface TableProps {
  leads: ReturnType<typeof leadsWithActions>;
  busy: boolean;
  splitting: string | null;
  setSplitting: (name: string | null) => void;
  merge: (name: string, into: string) => void;
  separate: (alias: string) => void;
  split: (name: string, parts: string[]) => void;
}

function LeadTable({ leads, busy, splitting, setSplitting, merge, separate, split }: TableProps) {
  return (
    <table className="import-leads">
      <caption className="visually-hidden">Leads</caption>
      <thead>
        <tr>
          <th scope="col">Lead</th>
          <th scope="col">Actions</th>
          <th scope="col">Same lead as</th>
        </tr>
      </thead>
      <tbody>
        {leads.map(({ lead, actionIds }) => (
          <tr key={lead.id}>
            <th scope="row">
              {lead.name}
              {lead.aliases.filter((a) => a !== lead.name).map((alias) => (
                <div key={alias} className="lead-alias">
                  also written “{alias}”{' '}
                  <button type="button" className="link-button" disabled={busy} onClick={() => separate(alias)}>
                    Separate “{alias}”
                  </button>
                </div>
              ))}
              {splitting === lead.name ? (
                <SplitForm name={lead.name} busy={busy} onSplit={(parts) => split(lead.name, parts)} onCancel={() => setSplitting(null)} />
              ) : (
                <div>
                  <button type="button" className="link-button" disabled={busy} onClick={() => setSplitting(lead.name)}>
                    Split “{lead.name}”…
                  </button>
                </div>
              )}
            </th>
            <td className="import-lead-actions">{actionIds.length}</td>
            <td>
              <select aria-label={`“${lead.name}” is the same lead as`} value={OWN} disabled={busy} onChange={(e) => merge(lead.name, e.currentTarget.value)}>
                <option value={OWN}>(a lead of its own)</option>
                {leads.filter((other) => other.lead.id !== lead.id).map((other) => (
                  <option key={other.lead.id} value={other.lead.name}>
                    {other.lead.name}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
