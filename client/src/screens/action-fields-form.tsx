import { KNOWN_COLUMN_KEYS, type Action, type ActionFields, type Plan } from '@concord/shared';
import { LiveTextField } from '../components/live-text-field';
import { columnsOf, sourceLabel } from '../lib/plan-columns';

const KNOWN: ReadonlySet<string> = new Set(KNOWN_COLUMN_KEYS);

interface Props {
  plan: Plan;
  action: Action;
  save: (patch: Partial<ActionFields>) => void;
}

/** The action's own fields, the plan's custom columns included; each saves as the user types. */
export function ActionFieldsForm({ plan, action, save }: Props) {
  const customColumns = columnsOf(plan).filter((c) => !KNOWN.has(c.key));
  const hint = (column: string, ours: string) => sourceLabel(plan, column, ours);
  const key = (field: string) => `${plan.id}/${action.id}/${field}`;
  return (
    <div className="editor-fields">
      <LiveTextField label="Action" hint={hint('text', 'Action')} value={action.text} multiline onSave={(text) => save({ text })} draftKey={key('text')} />
      <LiveTextField label="Outcomes" hint={hint('outcomes', 'Outcomes')} value={action.outcomes} multiline onSave={(outcomes) => save({ outcomes })} draftKey={key('outcomes')} />
      <LiveTextField label="Progress" hint={hint('progress', 'Progress')} value={action.progress} multiline onSave={(progress) => save({ progress })} draftKey={key('progress')} />
      <div className="field-row">
        <LiveTextField label="No." value={action.ref ?? ''} onSave={(ref) => save({ ref: ref.trim() || null })} saveDelayMs={null} draftKey={key('ref')} />
        <LiveTextField label="Timescale" hint={hint('timescale', 'Timescale')} value={action.timescale} onSave={(timescale) => save({ timescale })} draftKey={key('timescale')} />
      </div>
      <LiveTextField
        label="Led by"
        hint="One lead per line"
        value={action.leads.join('\n')}
        multiline
        saveDelayMs={null}
        draftKey={key('leads')}
        onSave={(text) => save({ leads: text.split('\n').map((l) => l.trim()).filter(Boolean) })}
      />
      {customColumns.map((c) => (
        <LiveTextField
          key={c.key}
          label={c.label || 'Unlabelled column'}
          value={action.custom[c.key] ?? ''}
          draftKey={key(`custom.${c.key}`)}
          onSave={(cell) => save({ custom: { [c.key]: cell } })}
        />
      ))}
    </div>
  );
}
