/** Process exit codes of the `concord` CLI. */
export const ExitCode = {
  ok: 0,
  /** Something went wrong inside Concord (a bug, a failed store). */
  failure: 1,
  /** The user's input: unknown command, bad flags, a file that cannot be read or recognised. */
  badInput: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where a command writes; the dispatcher passes the process's streams. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * One `concord <name>` command. A module `sync-server/src/commands/<name>.ts` that exports `command: CliCommand`
 * is a command; the dispatcher finds it by file name, so adding a command touches no other file.
 */
export interface CliCommand {
  /** One line for `concord --help`. */
  summary: string;
  /** The synopsis, e.g. `concord import FILE [--out PLAN.json]`. */
  usage: string;
  /**
   * Runs with the arguments after the command name and resolves to the exit code. Throw CliError for the
   * user's mistakes; anything else is reported as an internal failure.
   */
  run(argv: string[], io: CliIo): Promise<ExitCode>;
}

export type CliErrorReason = 'usage' | 'unreadable' | 'unrecognised' | 'unwritable' | 'unavailable';

/**
 * A user-facing failure. The dispatcher prints `concord <name>: <message>` as one line on stderr (plus the usage
 * for 'usage') and exits with ExitCode.badInput.
 */
export class CliError extends Error {
  constructor(
    readonly reason: CliErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
