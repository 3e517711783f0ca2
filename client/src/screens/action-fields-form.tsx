import { KNOWN_COLUMN_KEYS, type Action, type ActionFields, type Plan } from '@concord/shared';
import { LiveTextField } from '../components/live-text-field';
import { columnsOf, sourceLabel } from '../lib/plan-columns';

const KNOWN: ReadonlySet<string> = new Set(KNOWN_COLUMN_KEYS);

interface Props {
  plan: Plan;
  action: Action;
  save: (patch: Partial<ActionFields>) => void;
  /** The action as the plan holds it now (see LiveTextField's `current`). */
  fresh: () => Action | null;
}

/** The action's own fields, the plan's custom columns included; each saves as the user types. */
export function ActionFieldsForm({ plan, action, save, fresh }: Props) {
  const customColumns = columnsOf(plan).filter((c) => !KNOWN.has(c.key));
  const hint = (column: string, ours: string) => sourceLabel(plan, column, ours);
  const key = (field: string) => `${plan.id}/${action.id}/${field}`;
  const now = (read: (a: Action) => string) => () => {
    const a = fresh();
    return a ? read(a) : undefined;
  };
  return (
    <div className="editor-fields">
      <LiveTextField label="Action" hint={hint('text', 'Action')} value={action.text} current={now((a) => a.text)} multiline onSave={(text) => save({ text })} draftKey={key('text')} />
      <LiveTextField label="Outcomes" hint={hint('outcomes', 'Outcomes')} value={action.outcomes} current={now((a) => a.outcomes)} multiline onSave={(outcomes) => save({ outcomes })} draftKey={key('outcomes')} />
      <LiveTextField label="Progress" hint={hint('progress', 'Progress')} value={action.progress} current={now((a) => a.progress)} multiline onSave={(progress) => save({ progress })} draftKey={key('progress')} />
      <div className="field-row">
        <LiveTextField label="No." value={action.ref ?? ''} current={now((a) => a.ref ?? '')} onSave={(ref) => save({ ref: ref.trim() || null })} saveDelayMs={null} draftKey={key('ref')} />
        <LiveTextField label="Timescale" hint={hint('timescale', 'Timescale')} value={action.timescale} current={now((a) => a.timescale)} onSave={(timescale) => save({ timescale })} draftKey={key('timescale')} />
      </div>
      <LiveTextField
        label="Led by"
        hint="As written; put each lead on its own line (or between semicolons)"
        value={action.leadText}
        current={now((a) => a.leadText)}
        multiline
        saveDelayMs={null}
        draftKey={key('leads')}
        onSave={(leadText) => save({ leadText })}
      />
      {customColumns.map((c) => (
        <LiveTextField
          key={c.key}
          label={c.label || 'Unlabelled column'}
          value={action.custom[c.key] ?? ''}
          current={now((a) => a.custom[c.key] ?? '')}
          draftKey={key(`custom.${c.key}`)}
          onSave={(cell) => save({ custom: { [c.key]: cell } })}
        />
      ))}
    </div>
  );
}
