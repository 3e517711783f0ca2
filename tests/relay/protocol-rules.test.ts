/**
 * docs/PROTOCOL.md and the tests cannot drift apart: every rule is cited by a test (`// PROTOCOL R7` right above an
 * `it` or `describe`), every citation names a rule that exists, and the doc's tables say what the contract module
 * says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ERROR_STATUS, CLOSE_CODE_OF, MessageType } from '@concord/shared/protocol';
import { REPO_ROOT } from '../helpers/relay';

const DOC = readFileSync(join(REPO_ROOT, 'docs/PROTOCOL.md'), 'utf8');
const TEST_ROOTS = ['tests', 'sync-server/src', 'shared/src', 'client/src'];
const CITATION = /\/\/ PROTOCOL((?:[ ,]+R\d+)+)\s*$/;

/** Rule numbers in the doc: live (`- **R7.** …`) and withdrawn (`- ~~**R7.** …~~ *withdrawn*`). */
function rules(): { live: number[]; withdrawn: number[] } {
  const live = [...DOC.matchAll(/^- \*\*R(\d+)\.\*\*/gm)].map((m) => Number(m[1]));
  const withdrawn = [...DOC.matchAll(/^- ~~\*\*R(\d+)\.\*\*/gm)].map((m) => Number(m[1]));
  return { live, withdrawn };
}

/**
 * Numbers set aside for work landing separately (`Reserved: R38-R49 …` on a line of its own). A reserved number that
 * is also a rule fails the numbering test above: whoever lands the rules deletes the reservation.
 */
function reserved(): number[] {
  return [...DOC.matchAll(/^Reserved: R(\d+)-R(\d+)/gm)].flatMap((m) => {
    const [from, to] = [Number(m[1]), Number(m[2])];
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

interface Citation {
  rule: number;
  where: string;
  /** The line the citation stands above. */
  next: string;
}

function testFiles(): string[] {
  return TEST_ROOTS.flatMap((root) =>
    readdirSync(join(REPO_ROOT, root), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.test.ts') && !path.split(/[\\/]/).includes('node_modules'))
      .map((path) => join(root, path)),
  );
}

function citations(): Citation[] {
  return testFiles().flatMap((file) => {
    const lines = readFileSync(join(REPO_ROOT, file), 'utf8').split('\n');
    return lines.flatMap((line, i) => {
      const match = CITATION.exec(line);
      if (!match) return [];
      const numbers = [...match[1]!.matchAll(/R(\d+)/g)].map((m) => Number(m[1]));
      return numbers.map((rule) => ({ rule, where: `${file}:${i + 1}`, next: (lines[i + 1] ?? '').trim() }));
    });
  });
}

/** Rows of the markdown table whose header starts with `firstColumn`, as [first cell, second cell without backticks]. */
function tableRows(firstColumn: string): [string, string][] {
  const start = DOC.indexOf(`| ${firstColumn} `);
  expect(start, `a table headed "${firstColumn}" in PROTOCOL.md`).toBeGreaterThanOrEqual(0);
  const rows = DOC.slice(start).split('\n').slice(2);
  const table = rows.slice(0, rows.findIndex((row) => !row.startsWith('|')));
  return table.map((row) => {
    const cells = row.split('|').map((cell) => cell.trim().replace(/`/g, ''));
    return [cells[1]!, cells[2]!];
  });
}

describe('docs/PROTOCOL.md', () => {
  it('numbers its rules R1, R2 … once each, with no gaps but the numbers it reserves', () => {
    const { live, withdrawn } = rules();
    const held = reserved();
    const all = [...live, ...withdrawn, ...held].sort((a, b) => a - b);
    expect(live.length).toBeGreaterThan(0);
    expect(all).toEqual(all.map((_, i) => i + 1));
  });

  it('has every live rule cited by at least one test, and every citation names a live rule', () => {
    const { live } = rules();
    const found = citations();
    const cited = new Set(found.map((c) => c.rule));
    expect(live.filter((rule) => !cited.has(rule)).map((rule) => `R${rule}`), 'rules no test cites').toEqual([]);
    const stale = found.filter((c) => !live.includes(c.rule)).map((c) => `R${c.rule} at ${c.where}`);
    expect(stale, 'citations of rules that do not exist').toEqual([]);
  });

  it('puts each citation right above the test or group that proves it', () => {
    const loose = citations().filter((c) => !/^(it|describe|test)\b/.test(c.next)).map((c) => c.where);
    expect(loose).toEqual([]);
  });

  it('lists exactly the contract’s close reasons, each with its code', () => {
    const documented = tableRows('code').map(([code, reason]) => [reason, Number(code)]);
    expect(Object.fromEntries(documented)).toEqual(CLOSE_CODE_OF);
    expect(documented).toHaveLength(Object.keys(CLOSE_CODE_OF).length);
  });

  it('lists exactly the contract’s API error reasons, each with its status', () => {
    const documented = tableRows('status').map(([status, reason]) => [reason, Number(status)]);
    expect(Object.fromEntries(documented)).toEqual(API_ERROR_STATUS);
    expect(documented).toHaveLength(Object.keys(API_ERROR_STATUS).length);
  });

  it('lists exactly the contract’s message types', () => {
    const documented = tableRows('type').map(([type, name]) => [name, Number(type)]);
    expect(Object.fromEntries(documented)).toEqual(MessageType);
    expect(documented).toHaveLength(Object.keys(MessageType).length);
  });
});
