import { describe, expect, it } from 'vitest';
import { CLOSE_CODE_OF, CloseCode, CloseReason, isRefusalCode, REFUSAL_CODES } from './close';

// PROTOCOL R28
describe('close codes and reasons', () => {
  it('gives every reason exactly one named code', () => {
    expect(Object.keys(CLOSE_CODE_OF).sort()).toEqual(Object.values(CloseReason).sort());
    const codes: number[] = Object.values(CloseCode);
    for (const code of Object.values(CLOSE_CODE_OF)) expect(codes).toContain(code);
  });

  it('keeps every reason a distinct word that fits a close frame (RFC 6455: 123 bytes)', () => {
    const reasons = Object.values(CloseReason);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const reason of reasons) expect(new TextEncoder().encode(reason).byteLength).toBeLessThanOrEqual(123);
  });

  it('lists as refusals exactly the codes in 4400-4499, so resync and overload codes still reconnect', () => {
    const refusals = Object.values(CloseCode).filter(isRefusalCode);
    expect(refusals.sort()).toEqual(Object.values(REFUSAL_CODES).sort());
    expect(isRefusalCode(CloseCode.resync)).toBe(false);
    expect(isRefusalCode(CloseCode.tryAgainLater)).toBe(false);
  });
});
