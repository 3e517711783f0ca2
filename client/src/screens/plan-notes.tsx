import type { Plan } from '@concord/shared';
import { RagBadge } from '../components/rag-badge';

/** What the plan carried outside its tables: its RAG key and free text (KPIs, signatories), kept and shown. */
export function PlanNotes({ plan }: { plan: Plan }) {
  if (plan.legend.length === 0 && plan.notes.length === 0) return null;
  return (
    <section className="panel plan-notes" aria-labelledby="plan-notes-h">
      <h2 id="plan-notes-h">Notes from the plan</h2>
      {plan.legend.length > 0 && (
        <>
          <h3>RAG key</h3>
          <dl className="legend">
            {plan.legend.map((e) => (
              <div key={e.rag}>
                <dt>
                  <RagBadge rag={e.rag} />
                </dt>
                <dd>{e.meaning}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {plan.notes.map((note, i) => (
        <p key={i} className="cell-text">
          {note}
        </p>
      ))}
    </section>
  );
}
