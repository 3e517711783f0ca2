import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node's util.parseArgs in strict mode, with its errors (unknown flag, missing value) turned into
 * CliError('usage') so the dispatcher prints the usage and exits 2.
 */
export function parseFlags<O extends Options>(argv: string[], options: O, positionals: { min: number; max: number }) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError('usage', (error as Error).message);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) throw new CliError('usage', 'missing argument');
  if (count > positionals.max) throw new CliError('usage', `unexpected argument "${parsed.positionals[positionals.max]}"`);
  return parsed;
}

/** An integer flag within [min, max]; CliError('usage') otherwise. */
export function integerFlag(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new CliError('usage', `--${name} must be an integer from ${min} to ${max}`);
  return n;
}
