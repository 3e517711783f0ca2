/**
 * Resource limits on a real relay, each a flag with a safe default, reported in /metrics and logged with a reason
 * when it refuses: sockets per address and per token, and one budget for all sockets' unsent frames (the slowest
 * readers are closed first, so 60 stalled readers of a big plan cannot take the relay's memory).
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CloseCode, CloseReason } from '@concord/shared/protocol';
import { connectClient, frame, openRaw, waitFor, type RawSocket } from './clients';
import { relayHarness } from './harness';

const harness = relayHarness();

async function greeted(raw: RawSocket): Promise<void> {
  await raw.opened;
  await waitFor('the relay to greet the socket', () => raw.frames.length > 0);
}

async function metric(url: string, name: string): Promise<string> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return text.split('\n').filter((line) => line.startsWith(name)).join('\n');
}

describe('resource limits', () => {
  // PROTOCOL R46
  it('refuses sockets past the limits per address and per token with 1013 too-many-connections; the others carry on', async () => {
    const relay = await harness.relay({ args: ['--max-connections-per-address', '4', '--max-connections-per-token', '2'] });
    const created = await fetch(`${relay.url}/api/plans`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"planId":"p-limits"}' });
    const { token } = (await created.json()) as { token: string };
    const withToken = [openRaw(`${relay.wsUrl}/p-limits?token=${token}`), openRaw(`${relay.wsUrl}/p-limits?token=${token}`)];
    await Promise.all(withToken.map(greeted));
    const third = openRaw(`${relay.wsUrl}/p-limits?token=${token}`);
    expect(await third.closed).toEqual({ code: CloseCode.tryAgainLater, reason: CloseReason.tooManyConnections });
    // Another address (127.0.0.2): this machine's own (127.0.0.1, a local reverse proxy) is not limited.
    const elsewhere = '127.0.0.2';
    const open = Array.from({ length: 4 }, () => openRaw(`${relay.wsUrl}/p-anonymous`, [], elsewhere));
    await Promise.all(open.map(greeted));
    const fifth = openRaw(`${relay.wsUrl}/p-anonymous`, [], elsewhere);
    expect(await fifth.closed).toEqual({ code: CloseCode.tryAgainLater, reason: CloseReason.tooManyConnections });
    for (const raw of [...withToken, ...open]) expect(raw.ws.readyState).toBe(raw.ws.OPEN);
    expect(relay.output()).toMatch(/"event":"connection-refused".*"limit":"per-token"/);
    expect(relay.output()).toMatch(/"event":"connection-refused".*"limit":"per-address"/);
    expect(await metric(relay.url, 'concord_limit_connections_per_address')).toContain(' 4');
    expect(await metric(relay.url, 'concord_refused_messages_total')).toContain('too-many-connections');
    // A place freed is a place taken again.
    open[0]!.ws.close();
    await open[0]!.closed;
    const again = openRaw(`${relay.wsUrl}/p-anonymous`, [], elsewhere);
    await greeted(again);
    again.ws.close();
  });

  // PROTOCOL R46
  it('keeps all sockets\' unsent frames under the budget by closing the slowest readers; a reader still syncs', { timeout: 120_000 }, async () => {
    const relay = await harness.relay({ args: ['--unsent-budget-mb', '1'], env: { CONCORD_MAX_MESSAGE_BYTES: String(4 * 2 ** 20) } });
    const author = connectClient(relay.wsUrl, 'p-big');
    harness.defer(() => author.destroy());
    await author.synced;
    // A plan of about 16 MB: more than the kernel's socket buffers take in, and 16 times the budget.
    for (let i = 0; i < 160; i++) author.doc.getText('t').insert(0, `${i}`.padEnd(100_000, 'x'));
    const size = Y.encodeStateAsUpdate(author.doc).byteLength;
    await waitFor('the plan to be stored', () => author.provider.synced);
    const stalled: RawSocket[] = [];
    for (let i = 0; i < 4; i++) {
      const raw = openRaw(`${relay.wsUrl}/p-big`);
      await raw.opened;
      (raw.ws as unknown as { _socket: { pause(): void } })._socket.pause(); // stops reading: a stalled reader
      raw.ws.send(frame(0, 0, Uint8Array.of(0))); // asks for the whole plan
      stalled.push(raw);
    }
    await waitFor('the relay to shed stalled readers', () => /"event":"connection-shed"/.test(relay.output()), 20_000);
    const unsent = Number((await metric(relay.url, 'concord_unsent_bytes ')).split(' ')[1]);
    expect(unsent).toBeLessThanOrEqual(size + 2 ** 20);
    expect(await metric(relay.url, 'concord_limit_unsent_budget_bytes')).toContain(String(2 ** 20));
    const reader = connectClient(relay.wsUrl, 'p-big');
    harness.defer(() => reader.destroy());
    await reader.synced;
    await waitFor('the reader to hold the whole plan', () => reader.doc.getText('t').length === author.doc.getText('t').length, 60_000);
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
    for (const raw of stalled) raw.ws.terminate();
  });
});

describe('the total-storage quota', () => {
  // PROTOCOL R48
  it('refuses updates (1013 storage-full) and new plans (507) once the store reaches --max-storage-mb; what is stored stays readable', { timeout: 90_000 }, async () => {
    const relay = await harness.relay({ args: ['--max-storage-mb', '1'] });
    const author = connectClient(relay.wsUrl, 'p-quota');
    harness.defer(() => author.destroy());
    await author.synced;
    for (let i = 0; i < 15; i++) author.doc.getText('t').insert(0, `${i}`.padEnd(100_000, 'q'));
    const stored = author.doc.getText('t').length;
    const reader = connectClient(relay.wsUrl, 'p-quota');
    harness.defer(() => reader.destroy());
    await waitFor('the plan to be stored', () => reader.doc.getText('t').length === stored, 30_000);
    const start = Date.now();
    while (Number((await metric(relay.url, 'concord_storage_bytes ')).split(' ')[1]) < 2 ** 20) {
      if (Date.now() - start > 30_000) throw new Error('the storage gauge never passed the quota');
      await new Promise((r) => setTimeout(r, 250));
    }
    const raw = openRaw(`${relay.wsUrl}/p-quota`);
    await raw.opened;
    const extra = new Y.Doc();
    extra.getText('t').insert(0, 'one more');
    raw.ws.send(frame(0, 2, Y.encodeStateAsUpdate(extra)));
    expect(await raw.closed).toEqual({ code: CloseCode.tryAgainLater, reason: CloseReason.storageFull });
    const created = await fetch(`${relay.url}/api/plans`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"planId":"p-new"}' });
    expect(created.status).toBe(507);
    expect(relay.output()).toMatch(/"event":"update-refused".*"reason":"storage-full"/);
    expect(await metric(relay.url, 'concord_limit_storage_bytes')).toContain(String(2 ** 20));
    const late = connectClient(relay.wsUrl, 'p-quota');
    harness.defer(() => late.destroy());
    await waitFor('a late reader to get the whole plan', () => late.doc.getText('t').length === stored, 30_000);
    expect(late.doc.getText('t').toString()).not.toContain('one more');
  });
});
