import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMeeting, planFromDoc } from '../model';
import { rateInMeeting, startMeeting, updateInMeeting } from './capture';
import { dashboardData } from './dashboard';
import { draftMinutes, ragMovementText } from './minutes';
import { escapeMarkdown, minutesToMarkdown } from './minutes-markdown';
import { docOf, smallPlan } from '../../testing/meetings';

describe('minutes rendering', () => {
  it('escapes Markdown in user text so it prints as written', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f> #g | h \\ i')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\#g \\| h \\\\ i');
    expect(escapeMarkdown('- item\n+ item\n3. item\n3) item\n2015 was')).toBe('\\- item\n\\+ item\n3\\. item\n3\\) item\n2015 was');
  });

  it('words each kind of RAG movement', () => {
    expect(ragMovementText({ ragFrom: 'amber', ragTo: 'green' })).toBe('Amber → Green');
    expect(ragMovementText({ ragFrom: 'red', ragTo: 'red' })).toBe('Red (unchanged)');
    expect(ragMovementText({ ragFrom: null, ragTo: 'blue' })).toBe('Blue (complete) (first rating)');
    expect(ragMovementText({ ragFrom: 'amber', ragTo: null })).toBe('Amber (not re-rated)');
    expect(ragMovementText({ ragFrom: null, ragTo: null })).toBe('not rated (not re-rated)');
  });

  it('an off-agenda action captured in the meeting is minuted after the agenda; a plan with no meetings has no trend', () => {
    const doc = docOf(smallPlan());
    expect(dashboardData(planFromDoc(doc), '2016-01-14').trend).toEqual([]);
    const id = addMeeting(doc, { date: '2016-01-14', title: 'Quick one' });
    startMeeting(doc, id, { agenda: ['a5'] });
    updateInMeeting(doc, id, 'a1', 'Raised under any other business', 'Ann', '2016-01-14T10:00:00.000Z');
    rateInMeeting(doc, id, 'a5', 'green', 'Ann', '2016-01-14T10:01:00.000Z');
    const minutes = draftMinutes(planFromDoc(doc), id);
    expect(minutes.discussed.map((d) => d.actionId)).toEqual(['a5', 'a1']);
    expect(minutes.chaseSince).toBeNull();
    // a5 was rated but nobody gave an update, and it has no lead.
    expect(minutes.chase.map((g) => [g.lead, g.items.map((i) => i.actionId)])).toEqual([['', ['a5']]]);
    const md = minutesToMarkdown(minutes);
    expect(md).toContain('### 1.1. Action a1');
    expect(md).toContain('- **Update (Ann):** Raised under any other business');
    expect(md).not.toContain('## Attendees');
    expect(md).toContain('No progress update recorded:\n\n- **No lead named**\n  - 3.1. Action a5');
    expect(() => draftMinutes(planFromDoc(doc), 'nope')).toThrow(expect.objectContaining({ reason: 'meeting-not-found' }));
  });
});

describe('the Word renderer stays out of the shared index', () => {
  it('no module reachable from shared/src/index.ts imports docx', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        if (spec === 'docx') offenders.push(file);
        if (spec.startsWith('.')) visit(resolveModule(resolve(dirname(file), spec)));
      }
    };
    const resolveModule = (base: string): string => {
      for (const candidate of [`${base}.ts`, `${base}/index.ts`]) {
        try {
          readFileSync(candidate);
          return candidate;
        } catch {
          // try the next form
        }
      }
      throw new Error(`cannot resolve ${base}`);
    };
    visit(resolve(root, 'index.ts'));
    expect(seen.has(resolve(root, 'meetings/minutes.ts'))).toBe(true);
    expect(offenders).toEqual([]);
  });
});
