import { RAG_LABELS, RAGS, type Rag } from '@concord/shared/plan-json';

export const RAG_ORDER = [...RAGS, 'none'] as const;
export type RagOrNone = (typeof RAG_ORDER)[number];

export function ragWord(rag: Rag | null | 'none'): string {
  return rag === null || rag === 'none' ? 'Not rated' : RAG_LABELS[rag];
}
