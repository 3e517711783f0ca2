import { parseArgs } from 'node:util';

/** `--port N --data DIR`, the same flags `concord serve` takes, so the runner starts every contender alike. */
export function serverArgs(): { port: number; data: string } {
  const { values } = parseArgs({ options: { port: { type: 'string' }, data: { type: 'string' } } });
  if (!values.port || !values.data) throw new Error('usage: --port N --data DIR');
  return { port: Number(values.port), data: values.data };
}

/** The ready line the runner waits for (same shape as Concord's "Concord relay listening on http://H:P"). */
export function announce(name: string, port: number): void {
  console.log(`${name} listening on http://127.0.0.1:${port}`);
}
