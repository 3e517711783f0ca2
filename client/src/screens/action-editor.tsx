import { useEffect, useId, useRef, type ReactNode } from 'react';
import { ragConflict, type Action, type ActionFields, type Plan, type Rag } from '@concord/shared';
import type { PlanMutators } from '../data/plan';
import { useSettings } from '../data';
import { RagPicker } from '../components/rag-picker';
import { RagBadge } from '../components/rag-badge';
import { formatShortDate, formatDateTime } from '../lib/when';
import { AddUpdateForm } from './add-update-form';
import { ActionFieldsForm } from './action-fields-form';

interface Props {
  plan: Plan;
  action: Action;
  mutators: PlanMutators;
  /** The action as the plan holds it now, for saves made as the editor closes. */
  fresh: () => Action | null;
  onClose: () => void;
}

/** Edits one action in a modal dialog (focus trapped, Escape closes); every field saves as you type. */
export function ActionEditor({ plan, action, mutators, fresh, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const settings = useSettings();
  useEffect(() => {
    const d = dialog.current;
    if (!d || d.open) return;
    d.showModal();
    // Start in the first text field rather than on Close, where a typed space would shut the editor.
    d.querySelector<HTMLElement>('textarea, input')?.focus();
  }, []);
  const who = settings.displayName || 'Someone on this device';
  const save = (patch: Partial<ActionFields>) => mutators.updateAction(action.id, patch);
  const title = action.ref ? `Action ${action.ref}` : 'Action';

  return (
    <dialog ref={dialog} className="action-editor" aria-labelledby="action-editor-title" onClose={onClose}>
      <div className="editor-head">
        <h2 id="action-editor-title">{title}</h2>
        <RagBadge rag={action.rag} />
        <button type="button" className="close" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <p className="muted">Changes save as you type.</p>
      <div className="editor-grid">
        <ActionFieldsForm plan={plan} action={action} save={save} fresh={fresh} />
        <div className="editor-side">
          <RagPicker value={action.rag} onChange={(rag: Rag) => mutators.setRag(action.id, rag, { by: who })} />
          <RagConflictNote action={action} />
          <AddUpdateForm author={who} onAdd={(u) => mutators.addUpdate(action.id, u)} />
          <UpdatesList action={action} />
          <RagHistory action={action} />
        </div>
      </div>
    </dialog>
  );
}

function RagConflictNote({ action }: { action: Action }) {
  const differing = ragConflict(action.ragHistory);
  if (differing.length === 0) return null;
  return (
    <div className="notice" role="note">
      <p>People rated this action differently:</p>
      <ul>
        {differing.map((e) => (
          <li key={`${e.by}-${e.at}`}>
            {e.by}: <RagBadge rag={e.rag} /> ({formatDateTime(e.at)})
          </li>
        ))}
      </ul>
    </div>
  );
}

function UpdatesList({ action }: { action: Action }) {
  return (
    <NewestFirst title="Progress updates" empty="No dated updates yet." items={action.updates} keyOf={(u) => u.id}>
      {(u) => (
        <>
          <strong>
            {formatShortDate(u.date)}
            {u.author && `, ${u.author}`}
          </strong>
          <div className="cell-text">{u.text}</div>
        </>
      )}
    </NewestFirst>
  );
}

function RagHistory({ action }: { action: Action }) {
  return (
    <NewestFirst title="RAG history" empty="Not rated yet." items={action.ragHistory} keyOf={(e) => `${e.by}-${e.at}-${e.rag}`}>
      {(e) => (
        <>
          <RagBadge rag={e.rag} /> {e.by}, {formatDateTime(e.at)}
        </>
      )}
    </NewestFirst>
  );
}

interface NewestFirstProps<T> {
  title: string;
  empty: string;
  items: T[];
  keyOf: (item: T) => string;
  children: (item: T) => ReactNode;
}

/** An append-only history, newest first. */
function NewestFirst<T>({ title, empty, items, keyOf, children }: NewestFirstProps<T>) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ol className="history" reversed>
          {[...items].reverse().map((item) => (
            <li key={keyOf(item)}>{children(item)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
