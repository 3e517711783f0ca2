import { resolve } from 'node:path';
import type { UpdateStore } from '../store/update-store';
import { CliError } from './command';
import { openStore } from './open-store';

/** `--data DIR` / `--store URL` as the backup and restore commands take them. */
export const STORE_FLAGS = { data: { type: 'string' }, store: { type: 'string' } } as const;

/**
 * Opens the store named by `--store`, or SQLite in `--data`; one of them is required.
 * @throws CliError 'usage' when neither is given; what openStore throws otherwise.
 */
export async function storeFromFlags(values: { data?: string; store?: string }): Promise<UpdateStore> {
  if (!values.data && !values.store) throw new CliError('usage', '--data DIR or --store postgres://… is required');
  const { store } = await openStore(values.store, resolve(values.data ?? '.'), process.env, () => {});
  return store;
}
