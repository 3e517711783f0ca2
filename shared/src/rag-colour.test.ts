import { describe, expect, it } from 'vitest';
import { RAGS, RAG_LABELS } from './plan-json';
import { RAG_FILLS, ragFromFill, ragFromWord } from './rag-colour';

describe('ragFromFill', () => {
  it('reads back every fill Concord writes', () => {
    for (const rag of RAGS) expect(ragFromFill(RAG_FILLS[rag])).toBe(rag);
  });

  it.each([
    ['FF0000', 'red'],
    ['C00000', 'red'],
    ['FFC7CE', 'red'], // Excel "bad" pink
    ['E36C09', 'amber'], // Word orange
    ['FFBF00', 'amber'],
    ['FFFF00', 'amber'], // yellow used as amber
    ['FFEB9C', 'amber'], // Excel "neutral"
    ['92D050', 'green'], // Word light green
    ['C6EFCE', 'green'], // Excel "good"
    ['00FF00', 'green'],
    ['00B0F0', 'blue'],
    ['8DB3E2', 'blue'],
    ['#0070c0', 'blue'],
    ['FF00B050', 'green'], // xlsx ARGB
  ] as const)('%s is %s', (fill, rag) => {
    expect(ragFromFill(fill)).toBe(rag);
  });

  it.each(['FFFFFF', 'F2F2F2', 'D9D9D9', '808080', '000000', '7030A0', 'FF00FF', 'auto', '', 'GGGGGG', '12345'])(
    '%s is no RAG',
    (fill) => {
      expect(ragFromFill(fill)).toBeNull();
    },
  );
});

describe('ragFromWord', () => {
  it('reads back every label Concord writes', () => {
    for (const rag of RAGS) expect(ragFromWord(RAG_LABELS[rag])).toBe(rag);
  });

  it.each([
    ['Red', 'red'],
    [' r ', 'red'],
    ['AMBER', 'amber'],
    ['A', 'amber'],
    ['green.', 'green'],
    ['G', 'green'],
    ['Complete', 'blue'],
    ['Blue', 'blue'],
  ] as const)('%s is %s', (word, rag) => {
    expect(ragFromWord(word)).toBe(rag);
  });

  it.each(['', 'local', 'countywide', 'Red/Amber', 'greenwich'])('%s is no RAG', (word) => {
    expect(ragFromWord(word)).toBeNull();
  });
});
