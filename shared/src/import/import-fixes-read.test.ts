import { describe, expect, it } from 'vitest';
import { readImportFixes } from './import-fixes';

describe('readImportFixes', () => {
  it('takes every kind of fix, each optional', () => {
    const fixes = { columnOverrides: { notes: null, '#3': 'progress' }, rowRoles: { 'b0.4': 'section' }, leadMerges: { CCGs: 'All CCGs' }, leadSplits: { 'A and B': ['A', 'B'] } };
    expect(readImportFixes(fixes)).toEqual(fixes);
    expect(readImportFixes({})).toEqual({});
  });

  it.each([
    [[], 'the fixes must be a JSON object'],
    [{ rowRole: {} }, 'unknown field rowRole'],
    [{ columnOverrides: { notes: 'comments' } }, 'columnOverrides.notes must be one of'],
    [{ rowRoles: { b1: 'chapter' } }, 'rowRoles.b1 must be one of section, subheading, action, progress'],
    [{ leadMerges: { CCGs: '' } }, 'leadMerges.CCGs must be a lead name'],
    [{ leadSplits: { X: [] } }, 'leadSplits.X must be a list of lead names'],
  ])('refuses %j with reason bad-fixes', (value, message) => {
    expect(() => readImportFixes(value)).toThrow(expect.objectContaining({ reason: 'bad-fixes', message: expect.stringContaining(message) }));
  });
});
