/** `concord restore --data DIR | --store postgres://… --in FILE`: puts every plan of a backup into a store. */
import { readFile } from 'node:fs/promises';
import { BackupError, parseBackup, restoreBackup } from '../backup/backup-file';
import { CliError, ExitCode, type CliCommand } from '../cli/command';
import { fsReason } from '../cli/files';
import { parseFlags } from '../cli/parse-flags';
import { STORE_FLAGS, storeFromFlags } from '../cli/store-flags';

export const command: CliCommand = {
  summary: 'restore every plan of a backup file (into an empty server, or merged into one that has them)',
  usage: 'concord restore (--data DIR | --store postgres://…) --in FILE',
  async run(argv, io) {
    const { values } = parseFlags(argv, { ...STORE_FLAGS, in: { type: 'string' } }, { min: 0, max: 0 });
    if (!values.in) throw new CliError('usage', '--in FILE is required');
    const text = await readFile(values.in, 'utf8').catch((error: unknown) => {
      throw new CliError('unreadable', `cannot read ${values.in}: ${fsReason(error)}`);
    });
    let plans;
    try {
      plans = parseBackup(text);
    } catch (error) {
      if (error instanceof BackupError) throw new CliError('unrecognised', `${values.in}: ${error.message}`);
      throw error;
    }
    const store = await storeFromFlags(values);
    try {
      await restoreBackup(store, plans);
    } finally {
      await store.close();
    }
    io.stderr.write(`restored ${plans.length} plans from ${values.in}\n`);
    return ExitCode.ok;
  },
};
