/**
 * A lead cell's text -> the individual leads it names. The cell itself is kept as written (Action.leadText); this
 * only derives the list, and splits only where the separator is unambiguous: line breaks, bullets, semicolons, and
 * commas or slashes between parts that each read as a name. "and" and "&" never split: organisation names hold
 * them ("NHS England Health and Justice", "A&E Delivery Board"). When in doubt a piece is kept whole.
 */

const BULLET = /^(?:[\u00b7\u2022\u25aa\u25cf\u25e6\uf0b7*]|-(?=\s))\s*/;
/** A line ending like this continues on the next line ("Working with:" / "the CCG"). */
const TRAILING_JOINER = /(?:[/,&]|\band|\bwith:?|\bof|\bfor|\bthe|\bin)\s*$/i;

/** Joins wrapped lines back together; bullets and whole new lines start a new item; semicolons end one. */
function logicalLines(text: string): string[] {
  const items: string[] = [];
  let joinNext = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const bullet = BULLET.test(line);
    const prev = items[items.length - 1];
    const wrapped =
      prev !== undefined &&
      !bullet &&
      (joinNext || /^[a-z(/&]/.test(line) || (!/\s/.test(line) && !/[/,&]/.test(line) && !/^[A-Z0-9]{2,}$/.test(line)));
    const clean = line.replace(BULLET, '').trim();
    if (clean === '') continue;
    const pieces = clean.split(/\s*;\s*/);
    if (wrapped) items[items.length - 1] = `${prev} ${pieces.shift() ?? ''}`.trim();
    items.push(...pieces.filter((p) => p !== ''));
    joinNext = TRAILING_JOINER.test(clean) && !/;\s*$/.test(clean);
  }
  return items.map((i) => i.replace(/\s*[,;]\s*$/, '')).filter((i) => i !== '');
}

/** A plausible organisation or person: short and capitalised (or an acronym or number like "111"). */
function looksLikeName(part: string): boolean {
  const words = part.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length > 0 && words.length <= 8 && /^[\p{Lu}\p{N}\u2018'"(]/u.test(part);
}

/** "Health, Wellbeing and Care Board": commas inside one name, which a list would not end with "X and Y". */
function commasInsideOneName(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1] ?? '';
  return /\s(and|&)\s|&/.test(last) && parts.slice(0, -1).some((p) => !/\s/.test(p) && !/^[\p{Lu}\p{N}]{2,}$/u.test(p));
}

function splitOn(item: string, separator: RegExp): string[] | null {
  const parts = item.split(separator).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 && parts.every(looksLikeName) ? parts : null;
}

function splitItem(item: string): string[] {
  // "Working with: A, B and C" lists partners of one lead; a sentence ("X to lead with support from Y") stays whole.
  if (/:/.test(item)) return [item];
  if (/\s(to|with|from|for|by)\s/.test(item)) return splitOn(item, /\s*\/\s*/) ?? [item];
  const both = splitOn(item, /\s*[/,]\s*/);
  if (both && !commasInsideOneName(item.split(/\s*,\s*/))) return both;
  return splitOn(item, /\s*\/\s*/) ?? [item];
}

/**
 * Splits a lead cell into leads at line breaks, bullets and semicolons, and at commas and slashes when every
 * piece reads as a name; never at "and" or "&". Duplicates are dropped; every word of the cell stays, in order.
 */
export function splitLeads(text: string): string[] {
  const leads: string[] = [];
  for (const item of logicalLines(text)) {
    for (const lead of splitItem(item)) if (!leads.includes(lead)) leads.push(lead);
  }
  return leads;
}

/** The form two spellings of one lead share: case, spacing, "&"/"and" and trailing punctuation set aside. */
export function leadKey(name: string): string {
  return name
    .toLowerCase()
    .replace(BULLET, '')
    .replace(/&/g, ' and ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:]+$/, '')
    .trim();
}
