import type { Rag } from '@concord/shared/plan-json';
import { ragWord } from '../lib/rag-words';

/** A RAG rating as colour and word together: colour alone would fail colour-blind readers and printouts. */
export function RagBadge({ rag }: { rag: Rag | null }) {
  return (
    <span className={`rag rag-${rag ?? 'none'}`}>
      <span className="rag-swatch" aria-hidden="true" />
      {ragWord(rag)}
    </span>
  );
}
