import { fork, type ChildProcess } from 'node:child_process';

/** A forked bench process (TypeScript through tsx), on `cores` only when given (a taskset list). */
export function forkBench(script: string, cores: string | null): ChildProcess {
  const execArgv = ['--import', 'tsx'];
  const stdio = ['ignore', 'inherit', 'inherit', 'ipc'] as const;
  // fork runs `execPath ...execArgv script`: with taskset in front, node (and the IPC channel it inherits) runs pinned.
  if (cores === null) return fork(script, [], { execArgv, stdio: [...stdio] });
  return fork(script, [], { execPath: 'taskset', execArgv: ['-c', cores, process.execPath, ...execArgv], stdio: [...stdio] });
}

type Reply = { type: string; message?: string };

/** Sends `cmd` and resolves with the first reply of type `expect`; rejects on an 'error' reply or exit. */
export function request<E extends Reply>(child: ChildProcess, cmd: unknown, expect: E['type']): Promise<E> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: E): void => {
      if (event.type !== expect && event.type !== 'error') return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (event.type === 'error') reject(new Error(`bench process: ${event.message}`));
      else resolve(event);
    };
    const onExit = (code: number | null): void => reject(new Error(`bench process exited (${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(cmd as object);
  });
}

/** Asks a bench process to exit and waits for it (SIGKILL after 10 s). */
export function closeBench(child: ChildProcess, cmd: unknown): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send(cmd as object);
  });
}
