import type { RagTally } from '../data';
import { RAG_ORDER, ragWord } from '../lib/rag-words';

export function RagCounts({ counts }: { counts: RagTally }) {
  const shown = RAG_ORDER.filter((rag) => counts[rag] > 0);
  if (shown.length === 0) return <p className="muted">No actions yet</p>;
  return (
    <ul className="rag-counts" aria-label="Actions by RAG rating">
      {shown.map((rag) => (
        <li key={rag} className={`rag rag-${rag}`}>
          <span className="rag-swatch" aria-hidden="true" />
          {ragWord(rag)}: {counts[rag]}
        </li>
      ))}
    </ul>
  );
}
