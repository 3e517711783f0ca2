import type { RefObject } from 'react';
import { currentPosition, importedAt, type PlacedAction, type Plan } from '@concord/shared';
import type { Walk } from './use-walk';
import type { useSwipe } from './use-swipe';
import { WalkAction } from './walk-action';
import { WalkCapture } from './walk-capture';
import { WalkDetails } from './walk-details';
import { RatingConfirm } from './rating-confirm';

interface Props {
  plan: Plan;
  placed: PlacedAction;
  meetingId: string;
  live: boolean;
  walk: Walk;
  /** Touch handlers: a swipe across the action or its details moves to the next or previous one. */
  swipe: ReturnType<typeof useSwipe>;
  draft: string;
  onDraft: (text: string) => void;
  field: RefObject<HTMLTextAreaElement | null>;
  advance: boolean;
  onAdvance: (on: boolean) => void;
}

/**
 * The action on screen: what it is and where it stands, what to record, and its details. Side by side on a
 * projector; one after the other on a phone, the recording straight after the action (CSS grid areas).
 */
export function WalkGrid({ plan, placed, meetingId, live, walk, swipe, draft, onDraft, field, advance, onAdvance }: Props) {
  const { action } = placed;
  const position = currentPosition(action, importedAt(plan));
  return (
    <div className="walk-grid">
      <div className="walk-main" {...swipe}>
        <WalkAction planId={plan.id} placed={placed} walk={walk} position={position} meetingId={meetingId} live={live} />
      </div>
      <div className="walk-side">
        <WalkCapture
          key={action.id}
          plan={plan}
          action={action}
          meetingId={meetingId}
          live={live}
          walk={walk}
          draft={draft}
          onDraft={onDraft}
          field={field}
          advance={advance}
          onAdvance={onAdvance}
        />
        <RatingConfirm plan={plan} actionId={action.id} live={live} onConfirm={walk.confirm} />
      </div>
      <div className="walk-more" {...swipe}>
        <WalkDetails action={action} planProgress={position.kind !== 'imported'} />
      </div>
    </div>
  );
}
