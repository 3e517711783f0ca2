import { useEffect } from 'react';
import { liveActions, type Plan } from '@concord/shared';
import type { PlanHandle } from '../../data/plan';
import { usePeers, type Peer } from '../../data/presence';
import type { Walk } from './use-walk';

interface Props {
  handle: PlanHandle;
  plan: Plan;
  meetingId: string | null;
  /** Already read by the caller; read here when absent. */
  peers?: Peer[];
  facilitating?: boolean;
  onFacilitating?: (on: boolean) => void;
  following?: boolean;
  onFollowing?: (on: boolean) => void;
}

/** Who has the plan open and which action each is on; in a meeting, the facilitating and following switches. */
export function PresencePanel(props: Props) {
  const { handle, plan, meetingId } = props;
  const read = usePeers(props.peers ? null : handle);
  const peers = props.peers ?? read;
  const refs = new Map(liveActions(plan).map((p, i) => [p.action.id, p.action.ref ?? `#${i + 1}`]));
  return (
    <section className="presence panel" aria-labelledby="presence-h">
      <h2 id="presence-h">In this plan now</h2>
      {peers.length === 0 ? (
        <p className="muted">Nobody else is here. Set your name on the plans page so others can see you.</p>
      ) : (
        <ul className="presence-list">
          {peers.map((p) => (
            <li key={p.clientId} data-presence-name={p.name}>
              <strong>{p.name}</strong>
              {p.organisation && <> ({p.organisation})</>}
              {p.self && ' — you'}
              {p.facilitating && p.meetingId && ' — facilitating'}
              {p.meetingId === meetingId && p.actionId && <> — on action {refs.get(p.actionId) ?? '?'}</>}
              {p.meetingId && p.meetingId !== meetingId && ' — in another meeting'}
            </li>
          ))}
        </ul>
      )}
      {meetingId && props.onFacilitating && props.onFollowing && (
        <div className="toolbar">
          <label className="check">
            <input type="checkbox" checked={props.facilitating ?? false} onChange={(e) => props.onFacilitating!(e.target.checked)} />
            I am facilitating
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={props.following ?? false}
              disabled={props.facilitating}
              onChange={(e) => props.onFollowing!(e.target.checked)}
            />
            Follow the facilitator
          </label>
        </div>
      )}
    </section>
  );
}

/** While on, moves the walk-through to whichever agenda action the meeting's facilitator is showing. */
export function useFollow(on: boolean, peers: Peer[], meetingId: string, walk: Walk): void {
  const leader = peers.find((p) => !p.self && p.facilitating && p.meetingId === meetingId);
  const target = on && leader?.actionId && walk.progress.agenda.includes(leader.actionId) ? leader.actionId : null;
  useEffect(() => {
    if (target && target !== walk.actionId) walk.goTo(target);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow the leader's action, not every render
  }, [target]);
}
