import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_REASONS, IMPORT_WARNING_REASONS, ImportError } from '@concord/shared';
import { groupWarnings, importErrorText, summaryText } from './import-words';

describe('import words', () => {
  const fallback = importErrorText(new Error('boom'));

  it.each(IMPORT_ERROR_REASONS)('words the %s error as its own sentence', (reason) => {
    const text = importErrorText(new ImportError(reason, 'detail'));
    expect(text).not.toBe(fallback);
    expect(text).toMatch(/^[A-Z].*\.$/);
  });

  it('words every warning reason and groups repeats with their lines', () => {
    const groups = groupWarnings(IMPORT_WARNING_REASONS.flatMap((reason) => [{ reason, detail: 'a', line: 3 }, { reason, detail: 'b' }]));
    expect(groups).toHaveLength(IMPORT_WARNING_REASONS.length);
    for (const g of groups) {
      expect(g.text).not.toBe(g.reason);
      expect(g.items).toEqual(['Line 3: a', 'b']);
    }
  });
});

describe('the preview opening line', () => {
  const report = (sections: number, actions: number, looks: number, sectionNoun = 'objectives') =>
    ({
      sections: Array.from({ length: sections }, () => ({ number: null, title: 'x', groups: 1, actions: 1 })),
      actions,
      sectionNoun,
      rows: Array.from({ length: looks + 3 }, (_, i) => ({ id: `b${i}`, role: 'action', text: '', ...(i < looks ? { look: 'row-unaligned' } : {}) })),
    }) as unknown as Parameters<typeof summaryText>[0];

  it('counts actions in the plan’s own parts and the rows that need a look', () => {
    expect(summaryText(report(8, 38, 2))).toBe('38 actions in 8 objectives; 2 rows need a look');
    expect(summaryText(report(1, 1, 1, 'priorities'))).toBe('1 action in 1 priority; 1 row needs a look');
    expect(summaryText(report(5, 42, 0, 'sections'))).toBe('42 actions in 5 sections; no row needs a look');
  });
});
