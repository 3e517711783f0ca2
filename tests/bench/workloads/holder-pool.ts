import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Endpoint } from '../contenders';
import { closeBench, forkBench, request } from './bench-child';
import type { ChurnReport, HolderCommand, HolderEvent } from './holder-protocol';

const HOLDER = fileURLToPath(new URL('./client-holder.ts', import.meta.url));
type Reply = HolderEvent & { message?: string };

/** Client-holder processes; connections are dealt out to them in turn, so each holds an equal share. */
export class HolderPool {
  private readonly children: ChildProcess[] = [];

  constructor(count: number) {
    for (let i = 0; i < count; i++) this.children.push(forkBench(HOLDER, null));
  }

  /** Opens one more client per entry of `rooms`; resolves when all have synced, with the slowest holder's ms. */
  async open(endpoint: Endpoint, rooms: string[]): Promise<number> {
    const shares = this.children.map((_, h) => rooms.filter((_, i) => i % this.children.length === h));
    const replies = await Promise.all(this.children.map((c, h) => this.ask(c, { type: 'open', endpoint, rooms: shares[h]! }, 'opened')));
    return Math.max(...replies.map((r) => (r.type === 'opened' ? r.ms : 0)));
  }

  /** Churns on every holder at once (`perTick` per holder per tick); sums their reports. */
  async churn(endpoint: Endpoint, rooms: string[], opts: { perTick: number; tickMs: number; durationMs: number }): Promise<ChurnReport> {
    const replies = await Promise.all(
      this.children.map((c, h) => this.ask(c, { type: 'churn', endpoint, rooms, ...opts, seed: 7000 + h }, 'churned')),
    );
    const reports = replies.flatMap((r) => (r.type === 'churned' ? [r.report] : []));
    const sum = (key: keyof ChurnReport) => reports.reduce((n, r) => n + r[key], 0);
    return { opened: sum('opened'), closed: sum('closed'), failedToSync: sum('failedToSync'), held: sum('held') };
  }

  /** Closes every client (the processes stay for the next phase). */
  async release(): Promise<void> {
    await Promise.all(this.children.map((c) => this.ask(c, { type: 'release' }, 'released')));
  }

  async close(): Promise<void> {
    await Promise.all(this.children.map((c) => closeBench(c, { type: 'exit' } satisfies HolderCommand)));
  }

  private ask(child: ChildProcess, cmd: HolderCommand, expect: HolderEvent['type']): Promise<Reply> {
    return request<Reply>(child, cmd, expect);
  }
}
