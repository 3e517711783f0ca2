import { ratingsToConfirm, type Plan, type Rag } from '@concord/shared';
import { RagBadge } from '../../components/rag-badge';
import { formatDateTime } from '../../lib/when';
import { ragWord } from '../../lib/rag-words';

interface Props {
  plan: Plan;
  actionId: string;
  live: boolean;
  onConfirm: (rag: Rag) => void;
}

/** Different ratings set for one action (e.g. by two leads offline), side by side; the facilitator picks one. */
export function RatingConfirm({ plan, actionId, live, onConfirm }: Props) {
  const entries = ratingsToConfirm(plan, actionId);
  if (entries.length === 0) return null;
  return (
    <section className="rating-confirm" aria-labelledby="rating-confirm-h">
      <h3 id="rating-confirm-h">Ratings to confirm</h3>
      <p className="hint">These ratings differ. Confirming one records it as agreed; the others stay in the history.</p>
      <ul className="rating-choices">
        {entries.map((e) => (
          <li key={`${e.at}|${e.by}|${e.rag}`} className="rating-choice">
            <RagBadge rag={e.rag} />
            <span>
              {e.by} · {formatDateTime(e.at)}
            </span>
            {live && (
              <button type="button" onClick={() => onConfirm(e.rag)}>
                Confirm {ragWord(e.rag)} ({e.by})
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
