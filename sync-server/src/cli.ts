#!/usr/bin/env node
/**
 * `concord <command> [args]`: finds `commands/<command>.ts` and runs its exported `command` (see cli/command.ts).
 * Run from the repo root as `pnpm concord …`.
 */
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, ExitCode, type CliCommand, type CliIo } from './cli/command';

const COMMANDS_DIR = new URL('./commands/', import.meta.url);
const COMMAND_NAME = /^[a-z][a-z0-9-]*$/;

/** The command in `commands/<name>.ts`, or null when there is none. */
export async function loadCommand(name: string): Promise<CliCommand | null> {
  if (!COMMAND_NAME.test(name)) return null;
  const file = new URL(`${name}.ts`, COMMANDS_DIR);
  if (!existsSync(file)) return null;
  const module = (await import(file.href)) as { command?: CliCommand };
  return module.command ?? null;
}

/** Every available command, by name, sorted. */
export async function listCommands(): Promise<[string, CliCommand][]> {
  const names = readdirSync(fileURLToPath(COMMANDS_DIR))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
  const found = await Promise.all(names.map(async (n) => [n, await loadCommand(n)] as const));
  return found.filter((entry): entry is [string, CliCommand] => entry[1] !== null);
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
