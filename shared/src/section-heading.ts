/**
 * How a section's number and title read together, the one rule for every screen and export: "1. Commissioning",
 * but "Objective 3 – Recovery" alone, since that title already names its number as the document wrote it.
 */

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The number as it is shown before the title ("1.", "1.2", "A."), or null when there is none or the title names it. */
export function sectionNumberPrefix(section: { number: string | null; title: string }): string | null {
  const number = section.number?.trim() ?? '';
  if (number === '') return null;
  const bare = number.replace(/[.)]$/, '');
  // "Objective 3 – …", "Section B: …": one word, then the number, opens the title.
  if (new RegExp(`^\\p{L}+\\s+${escape(bare)}(?![\\p{L}\\p{N}])`, 'u').test(section.title.trim())) return null;
  if (/[.)]$/.test(number) || /\d\.\d/.test(number)) return number;
  return `${number}.`;
}

/** "1. Commissioning …" — a section's heading as plans write it. */
export function sectionHeading(section: { number: string | null; title: string }): string {
  const prefix = sectionNumberPrefix(section);
  return prefix === null ? section.title : `${prefix} ${section.title}`;
}
