import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** The cores this process may use as it starts: read once, before any pinning narrows what the OS reports. */
const CORES = os.availableParallelism();

/**
 * Where processes run in a pinned ramp: the server alone on one core, the load generators (and the runner) on the
 * other, so a step measures the server rather than the scheduler's choices. Null = unpinned (the OS decides).
 */
export type Pinning = { server: string; load: string } | null;

/** The pinned layout on this machine, or why there is none (one core, or no `taskset`). */
export function pinnedLayout(): { pinning: Pinning; reason?: string } {
  const cores = CORES;
  if (cores < 2) return { pinning: null, reason: `only ${cores} core` };
  try {
    execFileSync('taskset', ['--version'], { stdio: 'ignore' });
  } catch {
    return { pinning: null, reason: 'no taskset (util-linux)' };
  }
  // Core 0 for the server; every other core for the load, so a larger machine gives the generators more room.
  return { pinning: { server: '0', load: `1-${cores - 1}` } };
}

/** `command args` prefixed so it runs on `cores` (a taskset list), or unchanged when `cores` is null. */
export function onCores(cores: string | null, command: string, args: string[]): [string, string[]] {
  return cores === null ? [command, args] : ['taskset', ['-c', cores, command, ...args]];
}

/** Moves this process (all its threads) to `cores`, or back to every core when null. */
export function pinSelf(cores: string | null): void {
  const list = cores ?? `0-${CORES - 1}`;
  execFileSync('taskset', ['-a', '-p', '-c', list, String(process.pid)], { stdio: 'ignore' });
}
