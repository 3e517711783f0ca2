#!/usr/bin/env node
/**
 * `concord <command> [args]`: runs the exported `command` of `commands/<command>.ts` (see cli/command.ts).
 * Run from the repo root as `pnpm concord …`, or built (`pnpm --filter @concord/sync-server build`) as
 * `node sync-server/dist/concord.mjs …`, which is how scripts/start.sh runs the relay.
 */
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, ExitCode, type CliCommand, type CliIo } from './cli/command';

/**
 * Every command, loaded only when asked for (importing the formats for `export` costs a relay nothing). Written out
 * rather than found on disk so a bundler can follow the imports; a test checks it names every file in commands/.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<{ command: CliCommand }>>> = {
  backup: () => import('./commands/backup'),
  export: () => import('./commands/export'),
  import: () => import('./commands/import'),
  restore: () => import('./commands/restore'),
  serve: () => import('./commands/serve'),
  token: () => import('./commands/token'),
};

/** The command called `name`, or null when there is none. */
export async function loadCommand(name: string): Promise<CliCommand | null> {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  return load ? (await load()).command : null;
}

/** Every available command, by name, sorted. */
export async function listCommands(): Promise<[string, CliCommand][]> {
  const names = Object.keys(COMMANDS).sort();
  return Promise.all(names.map(async (n) => [n, (await COMMANDS[n]!()).command] as [string, CliCommand]));
}

async function overview(): Promise<string> {
  const lines = (await listCommands()).map(([, c]) => `  ${c.usage}\n      ${c.summary}`);
  return `usage: concord <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(await overview());
    return ExitCode.ok;
  }
  const command = name === undefined ? null : await loadCommand(name);
  if (!command) {
    io.stderr.write(`${name === undefined ? 'concord: no command given' : `concord: unknown command "${name}"`}\n${await overview()}`);
    return ExitCode.badInput;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportFailure(name!, command, error, io);
  }
}

function reportFailure(name: string, command: CliCommand, error: unknown, io: CliIo): ExitCode {
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  if (error instanceof CliError) {
    io.stderr.write(`concord ${name}: ${oneLine(error.message)}\n`);
    if (error.reason === 'usage') io.stderr.write(`usage: ${command.usage}\n`);
    return ExitCode.badInput;
  }
  io.stderr.write(`concord ${name}: internal error: ${oneLine(String((error as Error)?.message ?? error))}\n`);
  if (process.env.CONCORD_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  return ExitCode.failure;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  return script !== undefined && existsSync(script) && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
}

if (isEntryPoint()) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`concord: ${String(error)}\n`);
      process.exitCode = ExitCode.failure;
    },
  );
}
