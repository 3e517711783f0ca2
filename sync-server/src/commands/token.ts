import { resolve } from 'node:path';
import { isRole, type Role } from '@concord/shared/protocol';
import { parseLifetime } from '../auth/capability-token';
import { Sharing, SharingError } from '../auth/sharing';
import { CliError, ExitCode, type CliCommand } from '../cli/command';
import { openTokens } from '../cli/open-store';
import { parseFlags } from '../cli/parse-flags';

export const command: CliCommand = {
  summary: 'print a capability token for a plan (the plan then needs tokens); signed with DIR\'s secret, or the shared one in --store',
  usage:
    'concord token (--data DIR | --store postgres://…) (--plan ID --role owner|editor|viewer | --creator) [--expires 30d] [--label TEXT]',
  async run(argv, io) {
    const { values } = parseFlags(
      argv,
      {
        data: { type: 'string' },
        store: { type: 'string' },
        plan: { type: 'string' },
        role: { type: 'string' },
        expires: { type: 'string' },
        label: { type: 'string' },
        creator: { type: 'boolean' },
      },
      { min: 0, max: 0 },
    );
    if ((!values.data && !values.store) || (!values.creator && (!values.plan || !values.role))) {
      throw new CliError('usage', '--data or --store, and --plan and --role (or --creator), are required');
    }
    if (!values.creator && !isRole(values.role)) throw new CliError('usage', '--role must be owner, editor or viewer');
    const lifetime = values.expires === undefined ? null : parseLifetime(values.expires);
    if (values.expires !== undefined && lifetime === null) throw new CliError('usage', '--expires must look like 30d, 12h, 90m or 3600s');
    const dataDir = resolve(values.data ?? '.');
    const backend = await openTokens(values.store, values.data === undefined ? null : dataDir);
    const sharing = new Sharing({ dataDir, auth: 'required', createKey: null, openCreation: false, allowedOrigins: [], backend });
    try {
      // A creator token lets its holder create plans and groups on a relay that listens beyond loopback.
      const issued = values.creator
        ? await sharing.issueCreator(lifetime)
        : await sharing.issue(values.plan!, values.role as Role, lifetime, values.label ?? 'cli');
      io.stdout.write(`${issued.token}\n`);
      return ExitCode.ok;
    } catch (error) {
      if (error instanceof SharingError) throw new CliError('usage', `--plan: ${error.reason}`);
      throw error;
    } finally {
      await sharing.close();
    }
  },
};
