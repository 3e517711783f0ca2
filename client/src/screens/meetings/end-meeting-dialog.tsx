import type { MeetingProgress } from '@concord/shared';
import { ModalDialog } from './modal-dialog';

interface Props {
  progress: MeetingProgress;
  /** How many actions have an update typed and not saved (ending would strand it in a closed field). */
  unsaved: number;
  onEnd: () => void;
  onClose: () => void;
}

/**
 * Ending stops capture (it can be reopened), so it asks first and says what is left. "Keep going" is the default
 * button: E then Enter must not end a meeting by accident.
 */
export function EndMeetingDialog({ progress, unsaved, onEnd, onClose }: Props) {
  const left = progress.remaining.length;
  return (
    <ModalDialog title="End the meeting?" onClose={onClose} initialFocus=".keep-going">
      {(close) => (
        <>
          <p>
            {progress.discussed.length} discussed, {progress.deferred.length} deferred, {progress.leadAbsent.length} lead
            absent.{' '}
            {left > 0 ? `${left} action${left === 1 ? ' is' : 's are'} still not covered.` : 'Every agenda action is covered.'}
          </p>
          {unsaved > 0 && (
            <p className="error" role="alert">
              {unsaved === 1 ? 'An update you typed is' : `${unsaved} updates you typed are`} not saved yet. Keep going and
              save {unsaved === 1 ? 'it' : 'them'} first, or {unsaved === 1 ? 'it' : 'they'} will not be recorded.
            </p>
          )}
          <p>Once ended, nothing more is recorded in this meeting unless you reopen it. The minutes open from here.</p>
          <div className="toolbar">
            <button type="button" className="keep-going primary" onClick={close}>
              Keep going
            </button>
            <button
              type="button"
              className="end-now"
              onClick={() => {
                onEnd();
                close();
              }}
            >
              End meeting
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
