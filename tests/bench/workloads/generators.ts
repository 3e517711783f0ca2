import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Endpoint } from '../contenders';
import type { GeneratorCommand, GeneratorEvent, StepReport } from './generator-protocol';

const GENERATOR = fileURLToPath(new URL('./load-generator.ts', import.meta.url));

/** A pool of load-generator processes, each owning a disjoint share of the rooms. */
export class GeneratorPool {
  private children: ChildProcess[] = [];

  constructor(count: number) {
    for (let i = 0; i < count; i++) {
      this.children.push(fork(GENERATOR, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    }
  }

  get size(): number {
    return this.children.length;
  }

  /** Deals rooms out round-robin and resolves when every client of every room has synced. */
  async connect(endpoint: Endpoint, rooms: string[], clientsPerRoom: number): Promise<number> {
    const shares = this.children.map((_, g) => rooms.filter((_, i) => i % this.children.length === g));
    const times = await Promise.all(
      this.children.map((child, g) =>
        this.request(child, { type: 'connect', endpoint, rooms: shares[g]!, clientsPerRoom }, 'connected'),
      ),
    );
    return Math.max(...times.map((e) => (e.type === 'connected' ? e.ms : 0)));
  }

  /** Runs one step on every generator at once, splitting the total rate evenly. */
  async step(totalRate: number, timing: { warmupMs: number; stepMs: number; drainMs: number }): Promise<StepReport[]> {
    const ratePerSec = totalRate / this.children.length;
    const events = await Promise.all(
      this.children.map((child) => this.request(child, { type: 'step', ratePerSec, ...timing }, 'step-done')),
    );
    return events.flatMap((e) => (e.type === 'step-done' ? [e.report] : []));
  }

  async close(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.send({ type: 'close' } satisfies GeneratorCommand);
          }),
      ),
    );
    this.children = [];
  }

  private request(child: ChildProcess, cmd: GeneratorCommand, expect: GeneratorEvent['type']): Promise<GeneratorEvent> {
    return new Promise((resolve, reject) => {
      const onMessage = (event: GeneratorEvent): void => {
        if (event.type !== expect && event.type !== 'error') return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (event.type === 'error') reject(new Error(`load generator: ${event.message}`));
        else resolve(event);
      };
      const onExit = (code: number | null): void => reject(new Error(`load generator exited (${code})`));
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(cmd);
    });
  }
}
