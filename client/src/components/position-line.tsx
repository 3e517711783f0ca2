import type { Position } from '@concord/shared';
import { formatShortDate, formatLongDate } from '../lib/when';
import { ClampedText } from './clamped-text';

/** Where a position comes from, in a few words: "14 Jan 2016 · Ann Chair", "From the plan as imported on …". */
export function positionLabel(position: Position): string {
  switch (position.kind) {
    case 'update':
      return `${formatShortDate(position.date.slice(0, 10))}${position.author ? ` · ${position.author}` : ''}`;
    case 'imported':
      return position.importedAt ? `From the plan as imported on ${formatLongDate(position.importedAt)}` : 'From the plan';
    case 'none':
      return 'No update yet';
  }
}

/**
 * An action's current position: where it comes from (date and author, or the plan), then its words; with `lines`,
 * long words show their first lines and a button for the rest.
 */
export function PositionLine({ position, lines }: { position: Position; lines?: number }) {
  return (
    <div className={`position position-${position.kind}`} data-position={position.kind}>
      <p className="position-source">{positionLabel(position)}</p>
      {position.kind !== 'none' &&
        (lines ? <ClampedText className="position-text" text={position.text} lines={lines} /> : <p className="position-text">{position.text}</p>)}
    </div>
  );
}
