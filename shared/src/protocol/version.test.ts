import { describe, expect, it } from 'vitest';
import { negotiateProtocol, offeredSubprotocols, speaksAnswered, subprotocolFor, versionOfSubprotocol } from './version';

describe('protocol versions', () => {
  it('names a version as a subprotocol, and reads back only what it names', () => {
    expect(subprotocolFor(3)).toBe('concord.3');
    expect(versionOfSubprotocol('concord.12')).toBe(12);
    for (const name of ['concord.', 'concord.0', 'concord.01', 'concord.1.1', 'yjs.1', '', 'concord.9999999']) {
      expect(versionOfSubprotocol(name), name).toBeNull();
    }
  });

  // PROTOCOL R35
  it('offers every version spoken, oldest first, and agrees on the newest both sides speak', () => {
    expect(offeredSubprotocols([1, 2, 3])).toEqual(['concord.1', 'concord.2', 'concord.3']);
    expect(negotiateProtocol(['concord.1', 'concord.2', 'concord.3'], [2, 3, 4])).toEqual({ ok: true, version: 3 });
    expect(negotiateProtocol(['concord.1'], [1])).toEqual({ ok: true, version: 1 });
    // No Concord subprotocol at all (a client from before versions, or another y-websocket client): version 1.
    expect(negotiateProtocol([], [1, 2])).toEqual({ ok: true, version: 1 });
    expect(negotiateProtocol(['chat', 'concord.x'], [1])).toEqual({ ok: true, version: 1 });
  });

  // PROTOCOL R36
  it('says which side is out of date when they share no version', () => {
    expect(negotiateProtocol(['concord.1'], [3, 4])).toEqual({ ok: false, reason: 'client-outdated' });
    expect(negotiateProtocol([], [2])).toEqual({ ok: false, reason: 'client-outdated' });
    expect(negotiateProtocol(['concord.5', 'concord.6'], [1, 2])).toEqual({ ok: false, reason: 'relay-outdated' });
  });

  // PROTOCOL R37
  it('lets a client work with a relay that answered a version it speaks, or no version (a relay from before them)', () => {
    expect(speaksAnswered('concord.1', [1])).toBe(true);
    expect(speaksAnswered('', [1])).toBe(true);
    expect(speaksAnswered('', [2])).toBe(false);
    expect(speaksAnswered('concord.2', [1])).toBe(false);
    expect(speaksAnswered('something-else', [1])).toBe(false);
  });
});
