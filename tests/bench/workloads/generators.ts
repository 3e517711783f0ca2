import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Endpoint } from '../contenders';
import { closeBench, forkBench, request } from './bench-child';
import type { GeneratorCommand, GeneratorEvent, StepReport } from './generator-protocol';

const GENERATOR = fileURLToPath(new URL('./load-generator.ts', import.meta.url));

/** A pool of load-generator processes, each owning a disjoint share of the rooms. */
export class GeneratorPool {
  private children: ChildProcess[] = [];

  /** `count` generators, on `cores` only when given (a taskset list). */
  constructor(count: number, cores: string | null = null) {
    for (let i = 0; i < count; i++) this.children.push(forkBench(GENERATOR, cores));
  }

  get size(): number {
    return this.children.length;
  }

  /** Deals rooms out round-robin and resolves when every client of every room has synced. */
  async connect(endpoint: Endpoint, rooms: string[], clientsPerRoom: number): Promise<number> {
    const shares = this.children.map((_, g) => rooms.filter((_, i) => i % this.children.length === g));
    const times = await Promise.all(
      this.children.map((child, g) =>
        this.ask(child, { type: 'connect', endpoint, rooms: shares[g]!, clientsPerRoom }, 'connected'),
      ),
    );
    return Math.max(...times.map((e) => (e.type === 'connected' ? e.ms : 0)));
  }

  /** Runs one step on every generator at once, splitting the total rate evenly. */
  async step(totalRate: number, timing: { warmupMs: number; stepMs: number; drainMs: number }): Promise<StepReport[]> {
    const ratePerSec = totalRate / this.children.length;
    const events = await Promise.all(
      this.children.map((child) => this.ask(child, { type: 'step', ratePerSec, ...timing }, 'step-done')),
    );
    return events.flatMap((e) => (e.type === 'step-done' ? [e.report] : []));
  }

  async close(): Promise<void> {
    await Promise.all(this.children.map((child) => closeBench(child, { type: 'close' } satisfies GeneratorCommand)));
    this.children = [];
  }

  private ask(child: ChildProcess, cmd: GeneratorCommand, expect: GeneratorEvent['type']): Promise<GeneratorEvent> {
    return request<GeneratorEvent & { message?: string }>(child, cmd, expect);
  }
}
