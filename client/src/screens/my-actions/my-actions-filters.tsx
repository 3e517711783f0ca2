import { useId } from 'react';
import { RAG_ORDER, ragWord } from '../../lib/rag-words';
import type { MyActionsFilter, RagChoice } from './action-row-filter';

interface Props {
  filter: MyActionsFilter;
  leads: string[];
  onChange: (next: MyActionsFilter) => void;
}

/** Lead or organisation, free-text search, RAG choices, overdue and needs-update toggles. */
export function MyActionsFilters({ filter, leads, onChange }: Props) {
  const id = useId();
  const set = (patch: Partial<MyActionsFilter>) => onChange({ ...filter, ...patch });
  const toggleRag = (rag: RagChoice, on: boolean) =>
    set({ rags: on ? [...filter.rags, rag] : filter.rags.filter((r) => r !== rag) });
  return (
    <form className="panel my-actions-filters" role="search" aria-label="Filter actions" onSubmit={(e) => e.preventDefault()}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-who`}>Lead or organisation</label>
          <input id={`${id}-who`} type="text" list={`${id}-leads`} value={filter.who} onChange={(e) => set({ who: e.target.value })} />
          <datalist id={`${id}-leads`}>
            {leads.map((lead) => (
              <option key={lead} value={lead} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>Search action text</label>
          <input id={`${id}-text`} type="search" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
        </div>
      </div>
      <fieldset className="rag-filter">
        <legend>RAG rating</legend>
        {RAG_ORDER.map((rag) => (
          <label key={rag} className={`inline-check rag rag-${rag}`}>
            <input type="checkbox" checked={filter.rags.includes(rag)} onChange={(e) => toggleRag(rag, e.target.checked)} />
            <span className="rag-swatch" aria-hidden="true" />
            {ragWord(rag)}
          </label>
        ))}
      </fieldset>
      <fieldset className="rag-filter">
        <legend>Only</legend>
        <label className="inline-check">
          <input type="checkbox" checked={filter.overdue} onChange={(e) => set({ overdue: e.target.checked })} /> Overdue
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={filter.needsUpdate} onChange={(e) => set({ needsUpdate: e.target.checked })} /> Needs an
          update
        </label>
      </fieldset>
    </form>
  );
}
