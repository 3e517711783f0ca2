/**
 * "No text lost", strictly: every line of the source is in the plan verbatim (spacing aside). What the plan holds
 * as structure rather than text is matched as structure: a rating word by a rating, a marker such as "New" by a
 * flag, a key line by a legend entry, a section's list number by the section's number.
 */
import { RAGS, type Plan } from '@concord/shared';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every string in the plan, spacing squashed. */
function haystack(plan: Plan): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(squash(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(plan);
  return out;
}

const RATING = /^(red|amber|green|blue|r|a|g|b)$/i;
const RATING_FIRST = /^(red|amber|green|blue|r|a|g|b)\b\s*(?:\([a-z]\))?\s*[-–—:=]?\s*(.+)$/i;
const MARKER = /^[(*\s]*(new(?: action)?|revised|amended|updated|added|closed|deleted)[)*!.\s]*$/i;
const KEY_TITLE = /^(rag\s*)?(key|rating|rating key|status key|rag key|rag rating key|key to (rag )?ratings?)\s*:?$/i;
const LIST_NUMBER = /^(\d+(?:\.\d+)*)[.)]?\s+(\S.*)$/;
const REF_AND_MARKER = /^(\S+)\s*[(*]?\s*(new|revised|amended|updated|added|closed|deleted)\s*[)*!]?$/i;

function ratingsOf(plan: Plan): Set<string> {
  const set = new Set<string>(plan.legend.map((e) => e.rag));
  for (const s of plan.sections) for (const g of s.groups) for (const a of g.actions) if (a.rag) set.add(a.rag);
  return set;
}

function flagsOf(plan: Plan): Set<string> {
  return new Set(plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions.flatMap((a) => a.flags))));
}

function ragOf(word: string): string | undefined {
  const w = word.toLowerCase();
  return RAGS.find((r) => r === w || r[0] === w);
}

/** The lines of `source` that the plan does not hold. */
export function lostLines(source: readonly string[], plan: Plan): string[] {
  const hay = haystack(plan);
  const has = (s: string) => hay.some((h) => h.includes(s));
  const ratings = ratingsOf(plan);
  const flags = flagsOf(plan);
  const refs = new Set(plan.sections.flatMap((s) => s.groups.flatMap((g) => g.actions.map((a) => a.ref))));
  const sectionNumbers = new Set(plan.sections.map((s) => s.number).filter((n) => n !== null));
  return source.map(squash).filter((line) => {
    if (has(line)) return false;
    if (RATING.test(line) && ratings.has(ragOf(line)!)) return false;
    const keyed = RATING_FIRST.exec(line);
    if (keyed && plan.legend.some((e) => e.rag === ragOf(keyed[1]!) && squash(e.meaning).includes(squash(keyed[2]!)))) return false;
    if (KEY_TITLE.test(line) && plan.legend.length > 0) return false;
    const marker = MARKER.exec(line);
    if (marker && [...flags].some((f) => marker[1]!.toLowerCase().startsWith(f))) return false;
    const refMarked = REF_AND_MARKER.exec(line);
    if (refMarked && refs.has(refMarked[1]!) && [...flags].some((f) => refMarked[2]!.toLowerCase().startsWith(f))) return false;
    const numbered = LIST_NUMBER.exec(line);
    if (numbered && sectionNumbers.has(numbered[1]!) && has(numbered[2]!)) return false;
    return true;
  });
}
