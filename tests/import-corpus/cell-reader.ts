/**
 * Reads every line of text a source file holds, independently of the importer (regular expressions over the raw
 * OOXML, and the Word text export's own rule), so "no text lost" is checked against what the file says, not
 * against what the code under test thinks it says.
 */
import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(xml: string): string {
  return xml.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

function part(zip: Record<string, Uint8Array>, name: string): string {
  const bytes = zip[name];
  return bytes ? strFromU8(bytes) : '';
}

function nonBlank(lines: string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => l !== '');
}

/** Every paragraph of word/document.xml (body, tables, nested tables alike), tracked deletions left out. */
export function docxLines(data: Uint8Array): string[] {
  const xml = part(unzipSync(data), 'word/document.xml').replace(/<w:del\b[\s\S]*?<\/w:del>/g, '');
  const lines: string[] = [];
  for (const p of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    const text = [...p[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\/>/g)]
      .map((m) => (m[1] !== undefined ? decode(m[1]) : m[2] === 'tab' ? '\t' : '\n'))
      .join('');
    lines.push(...text.split(/[\n\t]/));
  }
  return nonBlank(lines);
}

/** Every string a workbook's sheets show: shared strings, inline strings and plain values. */
export function xlsxLines(data: Uint8Array): string[] {
  const zip = unzipSync(data);
  const shared = [...part(zip, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...si[1]!.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => decode(t[1]!)).join(''),
  );
  const lines: string[] = [];
  for (const name of Object.keys(zip).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    for (const c of part(zip, name).matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="(\w+)"/.exec(c[1]!)?.[1];
      const body = c[2] ?? '';
      const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      if (type === 's' && v !== undefined) lines.push(shared[Number(v)] ?? '');
      else if (type === 'inlineStr') lines.push([...body.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((t) => decode(t[1]!)).join(''));
      else if (v !== undefined) lines.push(decode(v));
    }
  }
  return nonBlank(lines.flatMap((l) => l.split('\n')));
}

/** Every piece of a Word text export: each tab-introduced cell, each continuation line, each paragraph line. */
export function txtLines(text: string): string[] {
  return nonBlank(text.replace(/^\uFEFF/, '').split(/\r?\n/).flatMap((l) => l.replace(/^ *\t/, '').split('\t')));
}
