import * as Y from 'yjs';
import { addAction, addGroup, concordatTemplate, importText, loadPlanIntoDoc, type Action } from '@concord/shared';
import { readSeedText } from '../../testing/seeds';

/** A plan of `count` actions over the five Concordat sections, their words taken in turn from a real seed's actions. */
export function buildLargePlan(planId: string, count: number): { doc: Y.Doc; firstActionId: string } {
  const seed = importText(readSeedText('nottinghamshire')).plan;
  const sources: Action[] = seed.sections.flatMap((s) => s.groups.flatMap((g) => g.actions));
  const template = concordatTemplate({ id: planId, title: `Benchmark plan (${count} actions)` });
  const doc = new Y.Doc();
  loadPlanIntoDoc(doc, template);
  const groups = template.sections.map((s) => addGroup(doc, s.id, { title: null }));
  let firstActionId = '';
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length]!;
    const id = addAction(doc, groups[i % groups.length]!, {
      ref: String(i + 1),
      text: src.text,
      timescale: src.timescale,
      leads: src.leads,
      outcomes: src.outcomes,
      progress: src.progress,
    });
    firstActionId ||= id;
  }
  return { doc, firstActionId };
}
