/**
 * Action refs and the markers written beside them. Refs come in many forms ("1", "1.12", "1.1a", "A1", "W2.1",
 * "Action 3", "iv."); a marker such as "New", "New action" or "(new)" under or beside a ref is a flag, not text.
 * A ref is kept as written (only trimmed): it is the plan's own numbering.
 */

/** One ref: up to a short word and a number, dotted parts, a trailing letter ("Action 3", "1.1a", "A.2", "PH1"). */
const REF = /^(?:(?:[A-Za-z]{1,8}\s?)?\d+(?:\.\d+)*[a-z]?\.?|[A-Z]\.?\d+(?:\.\d+)*[a-z]?|[ivx]+\.)$/i;
/** Words before a number that make it a heading, not a ref. */
const HEADING_WORDS = /^(objective|priority|workstream|section|theme|part|aim|goal|strand|domain|chapter|outcome)\b/i;

/** Markers a plan writes beside a ref, and the flag each stands for. */
const MARKERS: readonly (readonly [RegExp, string])[] = [
  [/^new(?:\s+action)?$/i, 'new'],
  [/^(revised|amended|updated)$/i, 'revised'],
  [/^added$/i, 'added'],
  [/^closed$/i, 'closed'],
  [/^deleted$/i, 'deleted'],
];

/** The words each flag is written with when exported, so that it reads back as the same flag. */
export const FLAG_WORDS: Readonly<Record<string, string>> = {
  new: 'New', revised: 'Revised', added: 'Added', closed: 'Closed', deleted: 'Deleted',
};

/** The flag a marker ("New", "(new)", "*NEW*", "New action") stands for, or null. */
export function markerFlag(text: string): string | null {
  const bare = text.trim().replace(/^[(*[\s]+|[)*\]!.:\s]+$/g, '');
  for (const [re, flag] of MARKERS) if (re.test(bare)) return flag;
  return null;
}

/** Whether a short text is a ref on its own. */
export function isRef(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 16 && REF.test(t) && !HEADING_WORDS.test(t);
}

export interface RefCell {
  ref: string | null;
  flags: string[];
  /** What the cell held besides the ref and its markers (kept as action text by the caller). */
  rest: string;
}

/** Splits "5 (new)" / "4 NEW" into a ref and a trailing marker. */
function refWithMarker(line: string): { ref: string; flag: string } | null {
  const m = /^(\S+(?:\s\d+(?:\.\d+)*[a-z]?)?)\s*([(*[]?\s*[A-Za-z ]+[)*\]]?)$/.exec(line);
  if (!m) return null;
  const flag = markerFlag(m[2]!);
  return flag && isRef(m[1]!) ? { ref: m[1]!, flag } : null;
}

/** Reads a ref cell: its ref (as written), markers under or beside it as flags, and any other text. */
export function readRefCell(text: string): RefCell {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const flags: string[] = [];
  const rest: string[] = [];
  let ref: string | null = null;
  for (const line of lines) {
    const flag = markerFlag(line);
    const marked: { ref: string; flag: string } | null = ref === null ? refWithMarker(line) : null;
    if (flag !== null) flags.push(flag);
    else if (ref === null && rest.length === 0 && isRef(line)) ref = line;
    else if (marked) {
      ref = marked.ref;
      flags.push(marked.flag);
    } else rest.push(line);
  }
  return { ref, flags: [...new Set(flags)], rest: rest.join('\n') };
}
