import type { MeetingProgress } from '@concord/shared';
import { ModalDialog } from './modal-dialog';

interface Props {
  progress: MeetingProgress;
  onEnd: () => void;
  onClose: () => void;
}

/** Ending is final (an ended meeting takes no more capture), so it asks first and says what is left. */
export function EndMeetingDialog({ progress, onEnd, onClose }: Props) {
  const left = progress.remaining.length;
  return (
    <ModalDialog title="End the meeting?" onClose={onClose} initialFocus=".primary">
      {(close) => (
        <>
          <p>
            {progress.discussed.length} discussed, {progress.deferred.length} deferred, {progress.leadAbsent.length} lead
            absent.{' '}
            {left > 0 ? `${left} action${left === 1 ? ' is' : 's are'} still not covered.` : 'Every agenda action is covered.'}
          </p>
          <p>Once ended, nothing more can be recorded in this meeting.</p>
          <div className="toolbar">
            <button
              type="button"
              className="primary"
              onClick={() => {
                onEnd();
                close();
              }}
            >
              End meeting
            </button>
            <button type="button" onClick={close}>
              Keep going
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
