import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_REASONS, IMPORT_WARNING_REASONS, ImportError } from '@concord/shared';
import { groupWarnings, importErrorText } from './import-words';

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
