import type { KeyboardEvent, RefObject } from 'react';
import { RAGS, type Action, type Plan, type Rag } from '@concord/shared';
import { ragWord } from '../../lib/rag-words';
import { ragMeaning } from './meeting-words';
import type { Walk } from './use-walk';

interface Props {
  plan: Plan;
  action: Action;
  meetingId: string;
  live: boolean;
  walk: Walk;
  draft: string;
  onDraft: (text: string) => void;
  field: RefObject<HTMLTextAreaElement | null>;
  /** Move on to the next action after Defer or Lead absent (a setting on this device). */
  advance: boolean;
  onAdvance: (on: boolean) => void;
}

const RAG_KEY_LETTER: Record<Rag, string> = { red: 'R', amber: 'A', green: 'G', blue: 'B' };

/** Puts focus back on the page (out of any field), so single-key shortcuts work again. */
export function leaveField(): void {
  (document.activeElement as HTMLElement | null)?.blur();
  document.getElementById('main')?.focus();
}

/**
 * Rating, update, defer and lead-absent for the action on screen; each also has a single-key shortcut, whose hint
 * is hidden on a touch-only device.
 */
export function WalkCapture({ plan, action, meetingId, live, walk, draft, onDraft, field, advance, onAdvance }: Props) {
  const ratedHere = [...action.ragHistory].reverse().find((e) => e.meetingId === meetingId) ?? null;
  const shown = ratedHere?.rag ?? action.rag;
  const save = () => {
    if (walk.saveUpdate(draft)) {
      onDraft('');
      leaveField();
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      leaveField();
    }
  };
  return (
    <section className="walk-capture" aria-label="Record for this action">
      <div className="walk-rag-buttons" role="group" aria-label="Rate this action">
        {RAGS.map((rag) => (
          <button key={rag} type="button" className={`rag-button rag rag-${rag}`} disabled={!live} aria-pressed={ratedHere?.rag === rag} onClick={() => walk.rate(rag)}>
            <span className="rag-swatch" aria-hidden="true" />
            <span className="rag-button-word">{ragWord(rag)}</span> <kbd className="key-hint" aria-hidden="true">{RAG_KEY_LETTER[rag]}</kbd>
          </button>
        ))}
      </div>
      <RatingMeaning plan={plan} rag={shown} ratedHere={ratedHere !== null} />
      <label className="walk-update-label">
        Progress update <kbd className="key-hint" aria-hidden="true">U</kbd>
        <textarea ref={field} rows={4} value={draft} disabled={!live} onChange={(e) => onDraft(e.target.value)} onKeyDown={onKeyDown} />
      </label>
      <p className="hint key-hint">Ctrl+Enter saves · Esc leaves the field</p>
      <div className="toolbar">
        <button type="button" className="primary" disabled={!live} onClick={save}>
          Save update
        </button>
        <MarkButtons live={live} walk={walk} advance={advance} />
      </div>
      <label className="check">
        <input type="checkbox" checked={advance} onChange={(e) => onAdvance(e.target.checked)} />
        Go to the next action after Defer or Lead absent
      </label>
    </section>
  );
}

function MarkButtons({ live, walk, advance }: { live: boolean; walk: Walk; advance: boolean }) {
  return (
    <>
      <button type="button" disabled={!live} aria-pressed={walk.marked('deferred')} onClick={() => walk.toggleMark('deferred', advance)}>
        Defer <kbd className="key-hint" aria-hidden="true">D</kbd>
      </button>
      <button type="button" disabled={!live} aria-pressed={walk.marked('lead-absent')} onClick={() => walk.toggleMark('lead-absent', advance)}>
        Lead absent — chase <kbd className="key-hint" aria-hidden="true">L</kbd>
      </button>
    </>
  );
}

function RatingMeaning({ plan, rag, ratedHere }: { plan: Plan; rag: Rag | null; ratedHere: boolean }) {
  if (!rag) {
    return (
      <p className="rag-meaning muted">
        Not rated yet.<span className="key-hint"> Press R, A, G or B to rate.</span>
      </p>
    );
  }
  const { meaning, fromPlan } = ragMeaning(plan.legend, rag);
  return (
    <p className={`rag-meaning rag-${rag}`}>
      <strong>
        {ratedHere ? 'Rated in this meeting' : 'Current rating'}: {ragWord(rag)}
      </strong>{' '}
      — {meaning}
      {!fromPlan && <span className="muted"> (default key: this plan has none)</span>}
    </p>
  );
}
