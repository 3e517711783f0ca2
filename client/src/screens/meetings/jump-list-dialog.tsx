import { headline, liveActions, type Plan } from '@concord/shared';
import { RagBadge } from '../../components/rag-badge';
import type { Walk } from './use-walk';
import { ModalDialog } from './modal-dialog';

interface Props {
  plan: Plan;
  walk: Walk;
  onChoose: (actionId: string) => void;
  onClose: () => void;
}

/** Where each agenda action stands in this meeting, in words. */
function statusOf(walk: Walk, id: string): string {
  const { discussed, deferred, leadAbsent } = walk.progress;
  const words = [discussed.includes(id) && 'discussed', deferred.includes(id) && 'deferred', leadAbsent.includes(id) && 'lead absent'];
  const said = words.filter((w): w is string => typeof w === 'string');
  return said.length > 0 ? said.join(', ') : 'not yet';
}

/** Every action on the agenda with its rating and what this meeting recorded; choosing one goes there. */
export function JumpListDialog({ plan, walk, onChoose, onClose }: Props) {
  const placed = new Map(liveActions(plan).map((p) => [p.action.id, p.action]));
  return (
    <ModalDialog title="Actions on the agenda" onClose={onClose} initialFocus="[aria-current='true']">
      {(close) => (
        <>
          <ol className="jump-list">
            {walk.progress.agenda.map((id, i) => {
              const action = placed.get(id);
              if (!action) return null;
              return (
                <li key={id}>
                  <button
                    type="button"
                    aria-current={id === walk.actionId ? 'true' : undefined}
                    onClick={() => {
                      onChoose(id);
                      close();
                    }}
                  >
                    <span className="jump-ref">{action.ref ? action.ref.replace(/\.$/, '') : `#${i + 1}`}</span>
                    <span className="jump-text">{headline(action.text, 90)}</span>
                    <span className="jump-status">
                      <RagBadge rag={action.rag} /> · {statusOf(walk, id)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          <button type="button" onClick={close}>
            Close
          </button>
        </>
      )}
    </ModalDialog>
  );
}
