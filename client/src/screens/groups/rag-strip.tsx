import { RAG_KEYS, type RagKey } from '@concord/shared';
import { ragWord } from '../../lib/rag-words';

/**
 * A plan's ratings as a bar of patterned segments (each rating its own texture as well as colour) followed by the
 * same counts in words, which is what a screen reader reads: the bar is decoration.
 */
export function RagStrip({ counts, label }: { counts: Record<RagKey, number>; label: string }) {
  const total = RAG_KEYS.reduce((n, key) => n + counts[key], 0);
  if (total === 0) return <p className="muted">No actions yet</p>;
  const shown = RAG_KEYS.filter((key) => counts[key] > 0);
  return (
    <div className="rag-strip-block">
      <div className="rag-strip" aria-hidden="true">
        {shown.map((key) => (
          <span key={key} className={`rag-seg seg-${key}`} style={{ flexGrow: counts[key] }} />
        ))}
      </div>
      <ul className="rag-strip-words" aria-label={label}>
        {shown.map((key) => (
          <li key={key} className={`rag rag-${key}`}>
            <span className={`rag-key seg-${key}`} aria-hidden="true" />
            {ragWord(key)}: {counts[key]}
          </li>
        ))}
      </ul>
    </div>
  );
}
