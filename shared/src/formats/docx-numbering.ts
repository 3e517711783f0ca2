/**
 * List numbering in .docx. Word stores "1.", "a)" and bullets as numbering definitions, not text, so a section
 * numbered "1." by Word would lose its number if we only read w:t. Bullets become "· " (the seeds' bullet).
 */
import { attr, child, elements, parseXml, path, type Element } from './xml';

interface Level {
  format: string;
  text: string;
  start: number;
}

/** Renders list markers in document order; counters advance as paragraphs are read. */
export interface Numbering {
  marker(numId: string, ilvl: number): string;
}

const BULLET = '· ';

function readLevels(abstract: Element): Level[] {
  const levels: Level[] = [];
  for (const lvl of elements(abstract).filter((e) => e.name === 'w:lvl')) {
    const i = Number(attr(lvl, 'w:ilvl') ?? 0);
    levels[i] = {
      format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
      text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
      start: Number(attr(child(lvl, 'w:start'), 'w:val') ?? 1),
    };
  }
  return levels;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) while (n >= value) [n, out] = [n - value, out + letters];
  return out;
}

/** Reads word/numbering.xml (absent: every list paragraph gets a bullet). */
export function readNumbering(xml: string | undefined): Numbering {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, string>();
  const restarts = new Map<string, Map<number, number>>(); // numId -> level -> start, for lists that restart
  const root = xml ? parseXml(xml).find((e) => e.name === 'w:numbering') : undefined;
  for (const e of root ? elements(root) : []) {
    if (e.name === 'w:abstractNum') abstracts.set(attr(e, 'w:abstractNumId') ?? '', readLevels(e));
    if (e.name !== 'w:num') continue;
    const numId = attr(e, 'w:numId') ?? '';
    nums.set(numId, attr(child(e, 'w:abstractNumId'), 'w:val') ?? '');
    for (const o of elements(e).filter((x) => x.name === 'w:lvlOverride')) {
      const start = attr(child(o, 'w:startOverride'), 'w:val');
      if (start !== undefined) restarts.set(numId, (restarts.get(numId) ?? new Map()).set(Number(attr(o, 'w:ilvl') ?? 0), Number(start)));
    }
  }
  const counters = new Map<string, number[]>();
  return {
    marker(numId, ilvl) {
      const levels = abstracts.get(nums.get(numId) ?? '');
      const level = levels?.[ilvl];
      if (!levels || !level || level.format === 'bullet') return BULLET;
      if (level.format === 'none') return '';
      // Lists of one definition continue one count, unless a list restarts it (w:startOverride).
      const restart = restarts.get(numId);
      const key = restart ? `num:${numId}` : (nums.get(numId) ?? numId);
      const count = counters.get(key) ?? [];
      count[ilvl] = (count[ilvl] ?? (restart?.get(ilvl) ?? level.start) - 1) + 1;
      count.length = ilvl + 1; // a deeper level restarts after its parent advances
      counters.set(key, count);
      const rendered = level.text.replace(/%(\d)/g, (_, d: string) => {
        const i = Number(d) - 1;
        return formatNumber(count[i] ?? levels[i]?.start ?? 1, levels[i]?.format ?? 'decimal');
      });
      return rendered ? `${rendered} ` : '';
    },
  };
}

/** The list marker for a paragraph with numbering properties, or '' for a plain paragraph. */
export function paragraphMarker(p: Element, numbering: Numbering): string {
  const numPr = path(p, 'w:pPr', 'w:numPr');
  const numId = numPr && attr(child(numPr, 'w:numId'), 'w:val');
  if (!numPr || !numId || numId === '0') return '';
  return numbering.marker(numId, Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? 0));
}
