import { describe, expect, it } from 'vitest';
import { connectionOf } from './sync-state';

describe('connectionOf', () => {
  const base = { online: true, wsConnected: true, synced: true, refusedReason: null };

  it('is synced only when connected and the first sync exchange finished', () => {
    expect(connectionOf(base)).toBe('synced');
    expect(connectionOf({ ...base, synced: false })).toBe('connecting');
    expect(connectionOf({ ...base, wsConnected: false })).toBe('connecting');
  });

  it('trusts the browser saying offline over a socket that still looks open', () => {
    expect(connectionOf({ ...base, online: false })).toBe('offline');
  });

  it('reports a refusal above everything else', () => {
    expect(connectionOf({ ...base, online: false, refusedReason: 'forbidden' })).toBe('refused');
    expect(connectionOf({ ...base, refusedReason: 'forbidden', heldReason: 'newer-plan' })).toBe('refused');
  });

  it('says changes are held (not synced, not merely offline) while the app must be updated first', () => {
    expect(connectionOf({ ...base, heldReason: 'newer-plan' })).toBe('held');
    expect(connectionOf({ ...base, online: false, heldReason: 'relay-outdated' })).toBe('held');
    expect(connectionOf({ ...base, heldReason: null })).toBe('synced');
  });
});
