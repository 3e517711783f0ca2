/** Bad files are refused with a reason, and nothing is produced. */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, exportDocx, importFile } from '@concord/shared/formats';
import { NOW, random, seedPlan } from './seeds';
import { itWithSeeds } from '../../testing/with-seeds';

const strToU8 = (s: string) => new TextEncoder().encode(s);

/** Offsets of a byte pattern (zip header signatures and stored names are plain bytes). */
function offsets(data: Uint8Array, pattern: Uint8Array): number[] {
  const found: number[] = [];
  for (let i = data.indexOf(pattern[0]!); i >= 0; i = data.indexOf(pattern[0]!, i + 1)) {
    if (pattern.every((b, j) => data[i + j] === b)) found.push(i);
  }
  return found;
}

/** A real .docx from the exporter, to damage in known ways. */
async function docx(): Promise<Uint8Array> {
  return exportDocx(seedPlan('bromley', 7));
}

async function reasonOf(name: string, data: Uint8Array): Promise<string> {
  try {
    await importFile(name, data, { id: 'plan', now: NOW });
  } catch (e) {
    return (e as { reason?: string }).reason ?? `not an ImportError: ${String(e)}`;
  }
  return 'imported';
}

/** A CFB header, optionally with the directory entry Office writes for an encrypted OOXML package. */
function cfb(streams: string[]): Uint8Array {
  const out = new Uint8Array(2048);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 1024;
  for (const name of streams) {
    for (let i = 0; i < name.length; i++) out[at + i * 2] = name.charCodeAt(i);
    at += 128;
  }
  return out;
}

describe('importFile refuses bad input', () => {
  itWithSeeds('a truncated .docx is corrupt', async () => {
    const whole = await docx();
    for (const keep of [0.5, 0.9, 0.99]) {
      expect(await reasonOf('plan.docx', whole.slice(0, Math.floor(whole.length * keep)))).toBe('corrupt');
    }
  });

  it('random bytes named .docx are not a Word file', async () => {
    const seed = 4242;
    const next = random(seed);
    const bytes = Uint8Array.from({ length: 4096 }, () => Math.floor(next() * 256));
    expect(await reasonOf('plan.docx', bytes), `seed ${seed}`).toBe('unsupported-format');
  });

  it('a password-protected OOXML (CFB with EncryptedPackage) is encrypted; a legacy .doc is unsupported', async () => {
    expect(await reasonOf('plan.docx', cfb(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']))).toBe('encrypted');
    expect(await reasonOf('plan.xlsx', cfb(['Root Entry', 'EncryptedPackage']))).toBe('encrypted');
    expect(await reasonOf('plan.doc', cfb(['Root Entry', 'WordDocument']))).toBe('unsupported-format');
  });

  itWithSeeds('a .docx with no tables has no table', async () => {
    const plan = { ...seedPlan('bromley', 7), sections: [], notes: ['Only words'] };
    expect(await reasonOf('plan.docx', await exportDocx(plan))).toBe('no-table');
  });

  itWithSeeds('a zip that is neither Word nor Excel is unsupported', async () => {
    // Renaming the body part in the zip headers (names are stored uncompressed) leaves a valid zip.
    const zip = await docx();
    const name = strToU8('word/document.xml');
    for (const at of offsets(zip, name)) zip[at + name.length - 5] = 'X'.charCodeAt(0);
    expect(await reasonOf('plan.docx', zip)).toBe('unsupported-format');
  });

  it('a ragged CSV (text past the header) is refused; a short row is padded with a warning', async () => {
    const ragged = 'No.,Action,Led By\r\n1,"Crisis line",Police\r\n2,Street triage, with police,CCG\r\n';
    expect(await reasonOf('plan.csv', strToU8(ragged))).toBe('ragged');
    const short = strToU8('No.,Action,Led By\r\n1,Crisis line\r\n2,Street triage,CCG\r\n');
    const { report } = await importFile('plan.csv', short, { id: 'plan', now: NOW });
    expect(report.warnings).toContainEqual({ reason: 'row-padded', detail: '2 of 3 cells', line: 2 });
  });

  it('an input over the size limit is refused before parsing, whatever its name', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    for (const name of ['plan.docx', 'plan.csv', 'plan.txt']) expect(await reasonOf(name, big)).toBe('too-large');
  });

  itWithSeeds('a zip that would inflate past the limit is refused before inflating', async () => {
    const zip = await docx();
    // Claim a huge uncompressed size in every central directory entry (offset 24 of "PK\x01\x02").
    for (const at of offsets(zip, Uint8Array.of(0x50, 0x4b, 1, 2))) {
      new DataView(zip.buffer, zip.byteOffset).setUint32(at + 24, MAX_UNZIPPED_BYTES + 1, true);
    }
    expect(await reasonOf('plan.docx', zip)).toBe('too-large');
  });

  it('other files are unsupported, and an empty one is empty', async () => {
    expect(await reasonOf('plan.pdf', strToU8('%PDF-1.7\n'))).toBe('unsupported-format');
    expect(await reasonOf('plan.png', strToU8('not a plan'))).toBe('unsupported-format');
    expect(await reasonOf('plan.csv', new Uint8Array())).toBe('empty');
  });
});
