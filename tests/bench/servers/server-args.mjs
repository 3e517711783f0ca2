// Plain JavaScript, so the stock and Hocuspocus wrappers run on node alone, as those servers ship.
import { parseArgs } from 'node:util';

/**
 * `--port N --data DIR`, the same flags `concord serve` takes, so the runner starts every contender alike.
 * @returns {{ port: number, data: string }}
 */
export function serverArgs() {
  const { values } = parseArgs({ options: { port: { type: 'string' }, data: { type: 'string' } }, strict: false });
  if (typeof values.port !== 'string' || typeof values.data !== 'string') throw new Error('usage: --port N --data DIR');
  return { port: Number(values.port), data: values.data };
}

/**
 * The ready line the runner waits for (same shape as Concord's "Concord relay listening on http://H:P").
 * @param {string} name
 * @param {number} port
 */
export function announce(name, port) {
  console.log(`${name} listening on http://127.0.0.1:${port}`);
}
