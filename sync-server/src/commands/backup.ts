/** `concord backup --data DIR | --store postgres://… --out FILE`: every plan's document in one file. */
import { createBackup } from '../backup/backup-file';
import { ExitCode, CliError, type CliCommand } from '../cli/command';
import { writeAtomically } from '../cli/files';
import { parseFlags } from '../cli/parse-flags';
import { STORE_FLAGS, storeFromFlags } from '../cli/store-flags';

export const command: CliCommand = {
  summary: 'write every plan on the server (SQLite in DIR, or PostgreSQL) to one backup file',
  usage: 'concord backup (--data DIR | --store postgres://…) --out FILE',
  async run(argv, io) {
    const { values } = parseFlags(argv, { ...STORE_FLAGS, out: { type: 'string' } }, { min: 0, max: 0 });
    if (!values.out) throw new CliError('usage', '--out FILE is required');
    const store = await storeFromFlags(values);
    try {
      const backup = await createBackup(store);
      await writeAtomically(values.out, `${JSON.stringify(backup)}\n`);
      io.stderr.write(`backed up ${backup.plans.length} plans to ${values.out}\n`);
    } finally {
      await store.close();
    }
    return ExitCode.ok;
  },
};
