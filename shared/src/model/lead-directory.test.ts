import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { leadDirectory, leadsWithActions, resolvedLeadNames } from '../leads/lead-directory';
import type { Plan } from '../plan-json';
import { addAction } from './actions';
import { mergeLeads, renameLead, splitLead } from './lead-directory';
import { loadPlanIntoDoc } from './load-plan';
import { planFromDoc } from './plan-from-doc';
import { concordatTemplate } from './template';
import { exchange, replicas } from '../../testing/model';

function planWithLeads(): Plan {
  const plan = concordatTemplate({ id: 'p', title: 'T' });
  plan.leadDirectory = [
    { id: 'e1', name: 'All CCGs', aliases: ['All CCGs'], mergedInto: null },
    { id: 'e2', name: 'CCGs', aliases: ['CCGs'], mergedInto: null },
    { id: 'e3', name: 'Harbour Police', aliases: ['Harbour Police', 'harbour police'], mergedInto: null },
  ];
  return plan;
}

const dir = (doc: Y.Doc) => leadDirectory(planFromDoc(doc));

describe('the lead directory in the doc', () => {
  it('round-trips through Plan JSON, and a plan without one reads back without one', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, planWithLeads());
    expect(planFromDoc(doc).leadDirectory).toEqual(planWithLeads().leadDirectory);
    const bare = new Y.Doc();
    loadPlanIntoDoc(bare, concordatTemplate({ id: 'q', title: 'T' }));
    expect('leadDirectory' in planFromDoc(bare)).toBe(false);
  });

  it('merging once makes every spelling resolve to one entry; splitting undoes it', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, planWithLeads());
    mergeLeads(doc, 'CCGs', 'All CCGs');
    expect(dir(doc).resolve('ccgs ').name).toBe('All CCGs');
    expect(dir(doc).resolve('CCGs').aliases).toEqual(['All CCGs', 'CCGs']);
    expect(dir(doc).entries().map((e) => e.name)).toEqual(['All CCGs', 'Harbour Police']);
    splitLead(doc, 'CCGs');
    expect(dir(doc).resolve('CCGs').name).toBe('CCGs');
    expect(dir(doc).entries()).toHaveLength(3);
  });

  it('splitting one spelling out of an entry gives it a new entry; renaming names the entry', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, planWithLeads());
    const id = splitLead(doc, 'harbour police');
    expect(dir(doc).resolve('harbour police').id).toBe(id);
    expect(dir(doc).resolve('Harbour Police').id).toBe('e3');
    renameLead(doc, 'CCGs', 'Clinical commissioning groups');
    expect(dir(doc).resolve('CCGs').name).toBe('Clinical commissioning groups');
  });

  it('a lead the directory lacks resolves to itself, and merging it creates its entry', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, planWithLeads());
    expect(dir(doc).resolve('Vale Mind')).toMatchObject({ name: 'Vale Mind', aliases: ['Vale Mind'] });
    mergeLeads(doc, 'Vale Mind', 'Mind (Vale)');
    expect(dir(doc).resolve('vale mind').name).toBe('Mind (Vale)');
  });

  it('two merges made offline on two replicas both hold, and replicas agree', () => {
    const [a, b] = replicas(planWithLeads(), 1) as [Y.Doc, Y.Doc];
    mergeLeads(a, 'CCGs', 'All CCGs');
    mergeLeads(b, 'harbour police', 'Police (Harbour)');
    exchange(a, b);
    for (const doc of [a, b]) {
      expect(dir(doc).resolve('CCGs').name).toBe('All CCGs');
      expect(dir(doc).resolve('Harbour Police').name).toBe('Police (Harbour)');
    }
    expect(planFromDoc(a)).toEqual(planFromDoc(b));
  });

  it('merges made each way offline (a cycle) settle on the same entry on every replica', () => {
    const [a, b] = replicas(planWithLeads(), 1) as [Y.Doc, Y.Doc];
    mergeLeads(a, 'CCGs', 'All CCGs');
    mergeLeads(b, 'All CCGs', 'CCGs');
    exchange(a, b);
    expect(dir(a).resolve('CCGs').id).toBe(dir(b).resolve('All CCGs').id);
    expect(dir(a).entries()).toEqual(dir(b).entries());
    expect(dir(a).entries()).toHaveLength(2);
  });

  it('an action typed offline under the old spelling still resolves after the merge', () => {
    const plan = planWithLeads();
    const [a, b] = replicas(plan, 1) as [Y.Doc, Y.Doc];
    mergeLeads(a, 'CCGs', 'All CCGs');
    const id = addAction(b, plan.sections[0]!.groups[0]!.id, { text: 'Audit', leadText: 'CCGs\nHarbour Police' });
    exchange(a, b);
    const merged = planFromDoc(a);
    const byLead = leadsWithActions(merged).map((l) => [l.lead.name, l.actionIds]);
    expect(byLead).toEqual([['All CCGs', [id]], ['Harbour Police', [id]]]);
    expect(resolvedLeadNames(leadDirectory(merged), ['CCGs', 'All CCGs'])).toEqual(['All CCGs']);
  });

  it('refuses an empty lead name and a directory whose merge names no entry, writing nothing', () => {
    const doc = new Y.Doc();
    loadPlanIntoDoc(doc, planWithLeads());
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => mergeLeads(doc, '  ', 'CCGs')).toThrow(expect.objectContaining({ reason: 'invalid' }));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    const bad = planWithLeads();
    bad.leadDirectory![0]!.mergedInto = 'nobody';
    expect(() => loadPlanIntoDoc(new Y.Doc(), bad)).toThrow(expect.objectContaining({ reason: 'invalid', path: 'leadDirectory[0].mergedInto' }));
  });
});
