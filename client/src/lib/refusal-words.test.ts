import { describe, expect, it } from 'vitest';
import { CLOSE_CODE_OF, isRefusalCode } from '@concord/shared/protocol';
import { REFUSALS, refusalWords } from './refusal-words';

describe('refusalWords', () => {
  // PROTOCOL R28
  it('words exactly the reasons the relay sends with a refusal code (the ones after which a client stops)', () => {
    const refusals = Object.entries(CLOSE_CODE_OF).filter(([, code]) => isRefusalCode(code)).map(([reason]) => reason);
    expect(Object.keys(REFUSALS).sort()).toEqual(refusals.sort());
    for (const reason of refusals) expect(refusalWords(reason)).not.toBe('reason unknown');
  });

  it('falls back for no reason, a bare close code, a reason from a newer relay, and object keys', () => {
    for (const reason of [null, '', '4403', 'some-new-reason', 'constructor', '__proto__']) {
      expect(refusalWords(reason)).toBe('reason unknown');
    }
  });
});
