/**
 * "Led by" cell text -> leads[]. Cells list organisations as "Bromley CCG / Oxleas", bullet lists, or lines;
 * a line can also be a wrapped continuation ("CCG MH Commissioning" / "Manager"). Splitting must never lose text,
 * so a piece that does not look like a name keeps its words together rather than being cut.
 */

const BULLET = /^[\u00b7\u2022\u25aa\u25cf\uf0b7*-]\s*/;
const TRAILING_JOINER = /(?:[/,&]|\band|\bwith:?|\bof|\bfor|\bthe)\s*$/i;

/** Joins wrapped lines back together; bullets and whole new lines start a new item. */
function logicalLines(text: string): string[] {
  const items: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const bullet = BULLET.test(line);
    const prev = items[items.length - 1];
    const wrapped =
      prev !== undefined &&
      !bullet &&
      (TRAILING_JOINER.test(prev) || /^[a-z(/&]/.test(line) || (!/\s/.test(line) && !/[/,&]/.test(line) && !/^[A-Z0-9]{2,}$/.test(line)));
    const clean = line.replace(BULLET, '').trim();
    if (clean === '') continue;
    if (wrapped) items[items.length - 1] = `${prev} ${clean}`;
    else items.push(clean);
  }
  return items;
}

/** A part is a plausible organisation or person: short and capitalised (or an acronym/number like "111"). */
function looksLikeName(part: string): boolean {
  const words = part.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 && /^[A-Z0-9\u2018'"(]/.test(part);
}

function splitItem(item: string): string[] {
  // "Working with: …" and sentences ("Pam Garroway to lead with support from …") stay whole.
  if (/:/.test(item) || /\b(to|with|from|for|by)\b/.test(item)) {
    const slashParts = item.split(/\s*\/\s*/).map((p) => p.trim()).filter(Boolean);
    return slashParts.length > 1 && !/:/.test(item) && slashParts.every(looksLikeName) ? slashParts : [item];
  }
  const parts = item
    .split(/\s*\/\s*|\s*,\s*|\s*&\s*|\s+and\s+/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length <= 1) return [item];
  return parts.every(looksLikeName) ? parts : splitSlashesOnly(item);
}

function splitSlashesOnly(item: string): string[] {
  const parts = item.split(/\s*\/\s*/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 && parts.every(looksLikeName) ? parts : [item];
}

/**
 * Splits a "Led by" cell into leads: on "/", ",", "&" and " and " when every piece looks like a name, and on
 * bullets and lines. When in doubt a piece is kept whole, so the words of the cell always survive in order.
 */
export function splitLeads(text: string): string[] {
  const leads: string[] = [];
  for (const item of logicalLines(text)) {
    for (const lead of splitItem(item)) if (!leads.includes(lead)) leads.push(lead);
  }
  return leads;
}
