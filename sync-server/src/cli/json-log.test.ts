import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createJsonLog } from './json-log';

function capture(verbose: boolean) {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { log: createJsonLog(stream, verbose), lines: () => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('createJsonLog', () => {
  it('writes failures as error lines even when not verbose, and drops routine events', () => {
    const { log, lines } = capture(false);
    log('room-unloaded', { room: 'a' });
    log('append-failed', { room: 'b', error: 'disk "full"\nnext' });
    expect(lines()).toHaveLength(1);
    expect(lines()[0]).toMatchObject({ level: 'error', event: 'append-failed', room: 'b', error: 'disk "full"\nnext' });
    expect(Date.parse(lines()[0]!.time as string)).not.toBeNaN();
  });

  it('writes routine events when verbose, and explicit levels always', () => {
    const { log, lines } = capture(false);
    log('listening', { url: 'http://x' }, 'info');
    expect(lines()).toEqual([expect.objectContaining({ level: 'info', event: 'listening', url: 'http://x' })]);
    const verbose = capture(true);
    verbose.log('room-unloaded', { room: 'a' });
    expect(verbose.lines()[0]).toMatchObject({ level: 'info', event: 'room-unloaded' });
  });
});
