import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

/**
 * Runs a full garbage collection (enabling V8's gc() on first use) and returns the process's memory figures.
 * Only reachable when CONCORD_DEBUG_MEMORY=1: tests use it to see whether unloaded rooms give their memory back.
 */
export function collectAndMeasure(): NodeJS.MemoryUsage {
  if (gc === null) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  gc();
  return process.memoryUsage();
}
