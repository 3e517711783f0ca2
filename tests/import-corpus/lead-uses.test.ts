/**
 * An imported plan names its leads through its own lead directory everywhere leads are listed: a person merged
 * two spellings of one lead in the preview ("CCGs" into "All CCGs"), so the chase list asks that lead once for
 * all its actions, the dashboard counts its overdue actions under one name, and My actions (the device's action
 * index) lists the one name. The plan is the LibreOffice-made .docx of a corpus layout, read as a person's file is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chaseList, dashboardData, type Plan } from '@concord/shared';
import { importFile } from '@concord/shared/formats';
import { actionRowsOf } from '../../client/src/data/action-index/action-index';
import { renderDocx } from './render-docx';

const NOW = '2026-01-01T00:00:00.000Z';
const TODAY = '2026-01-02';

async function imported(leadMerges?: Record<string, string>): Promise<Plan> {
  const bytes = new Uint8Array(readFileSync(new URL('./libreoffice/leads-as-written.docx', import.meta.url)));
  return (await importFile('leads-as-written.docx', bytes, { id: 'plan', now: NOW, ...(leadMerges ? { leadMerges } : {}) })).plan;
}

const refsOf = (plan: Plan, ids: readonly string[]) => {
  const byId = new Map(plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).map((a) => [a.id, a.ref]));
  return ids.map((id) => byId.get(id));
};

describe('an imported plan names its leads through its lead directory', () => {
  it('before any merge, the two spellings are two leads', async () => {
    const plan = await imported();
    expect(chaseList(plan, null, TODAY).map((g) => g.lead)).toEqual(expect.arrayContaining(['All CCGs', 'CCGs']));
  });

  it('after a merge in the preview, the chase list asks the lead once, for both its actions', async () => {
    const plan = await imported({ CCGs: 'All CCGs' });
    const groups = chaseList(plan, null, TODAY);
    expect(groups.filter((g) => /CCGs/.test(g.lead)).map((g) => [g.lead, refsOf(plan, g.items.map((i) => i.actionId))])).toEqual([['All CCGs', ['4', '5']]]);
  });

  it('the dashboard counts the lead’s overdue actions under one name', async () => {
    // Both spellings lead an action with a deadline: a plan of the corpus's kind, written as a .docx.
    const bytes = renderDocx('Aliases', [{ table: [
      ['No.', 'Action', 'Led by', 'Timescale'],
      ['1', 'Fund a crisis café', 'Vale CCG', 'March 2017'],
      ['2', 'Print a wallet card', 'NHS Vale CCG', 'May 2017'],
      ['3', 'Staff the crisis line', 'Vale Trust', 'June 2017'],
    ] }]);
    const read = async (leadMerges: Record<string, string>) => (await importFile('aliases.docx', bytes, { id: 'plan', now: NOW, leadMerges })).plan;
    const counts = (plan: Plan) => dashboardData(plan, TODAY).overdueByLead.map((o) => [o.lead, o.count]);
    expect(counts(await read({}))).toEqual([['NHS Vale CCG', 1], ['Vale CCG', 1], ['Vale Trust', 1]]);
    expect(counts(await read({ 'NHS Vale CCG': 'Vale CCG' }))).toEqual([['Vale CCG', 2], ['Vale Trust', 1]]);
  });

  it('My actions lists the one name, and the lead cell stays as written', async () => {
    const plan = await imported({ CCGs: 'All CCGs' });
    const rows = actionRowsOf(plan, TODAY).filter((r) => r.ref === '4' || r.ref === '5');
    expect(rows.map((r) => [r.ref, r.leads])).toEqual([['4', ['All CCGs', 'Vale County Council']], ['5', ['All CCGs', 'Harbourside Police']]]);
    const five = plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions)).find((a) => a.ref === '5')!;
    expect(five.leadText).toBe('CCGs / Harbourside Police');
  });
});
