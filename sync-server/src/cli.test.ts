import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS, loadCommand } from './cli';

describe('the command table', () => {
  it('names every file in commands/, and each loads a command with a usage line', async () => {
    const files = readdirSync(fileURLToPath(new URL('./commands/', import.meta.url)))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(Object.keys(COMMANDS).sort()).toEqual(files);
    for (const name of files) expect((await loadCommand(name))?.usage).toMatch(new RegExp(`^concord ${name}\\b`));
  });

  it('finds no command for unknown names or inherited keys', async () => {
    expect(await loadCommand('nope')).toBeNull();
    expect(await loadCommand('toString')).toBeNull();
    expect(await loadCommand('__proto__')).toBeNull();
  });
});
