/**
 * What a column's cells say it is, where its heading is not enough. Of two action-like columns, the one whose
 * cells report what happened is progress; a plan always has action text, so when no heading names it the column
 * of things to do is the action; a column of status words ("On track", "Delayed") keeps its words and gives each
 * action a rating. Runs after matching by heading and never overrides the user's choice.
 */
import type { KnownColumnKey, LegendEntry } from '../plan-json';
import type { ColumnMatch } from './columns';
import { isStatus } from './status-words';
import { ragFromWord } from '../rag-colour';

const REPORT = /\b(has|have|had|was|were|is now|are now|been)\b|\b(agreed|completed|started|began|begun|held|published|opened|launched|done|drafted|written|signed|appointed|recruited|trained|delivered|achieved|established|implemented|finished|went live|took place|taken|sent|handed|chosen|submitted|approved|reviewed|circulated|attended|printed|filled|underway|under way|ongoing|in place|awaiting|pending|on hold|to date|so far|since)\b/i;
const ACTION = /^(to\s+)?(agree|develop|set|establish|ensure|provide|publish|train|give|put|run|open|offer|review|map|ask|hold|add|extend|fund|commission|produce|create|deliver|improve|increase|reduce|share|support|work|make|build|introduce|implement|explore|identify|consider|undertake|launch|recruit|design|write|check|track|report|promote|keep|let|phone|stop|start|jointly|appoint|audit|survey|refresh|update|roll|pilot|co-?ordinate|embed|enable|continue|monitor|evaluate|scope|expand|strengthen|procure|redesign|align|link|raise|engage|consult|invest|target|test|collect|gather|analyse|assess|complete|plan|prepare|arrange|organise|secure|confirm|define|draft|bring|seek|encourage|increase|involve)\b/i;
const OUTCOME = /^(fewer|more|less|reduced|reduction|improved|improvement|increased?|better|quicker|faster|greater|people|service users|patients|carers|everyone|no one|nobody|all|every)\b|\bwill (be|have|feel|know|get)\b/i;

const MAX = 40;
const share = (cells: readonly string[], test: (s: string) => boolean) =>
  cells.length === 0 ? 0 : cells.filter(test).length / cells.length;

interface Prose {
  prose: boolean;
  /** Share of plain rating words ("Red", "G"): a RAG column, not one of status words. */
  rated: number;
  report: number;
  action: number;
  outcome: number;
  status: number;
}

function prose(samples: readonly string[], legend: readonly LegendEntry[]): Prose {
  const cells = samples.map((s) => s.trim()).filter((s) => s !== '').slice(0, MAX);
  const first = cells.map((c) => c.replace(/^[\u00b7\u2022\-*\d.)\s]+/, ''));
  const words = cells.reduce((n, c) => n + c.split(/\s+/).length, 0) / Math.max(1, cells.length);
  return {
    prose: cells.length > 0 && words >= 4,
    rated: share(cells, (c) => ragFromWord(c) !== null),
    report: share(cells, (c) => REPORT.test(c)),
    action: share(first, (c) => ACTION.test(c)),
    outcome: share(first, (c) => OUTCOME.test(c)),
    status: share(cells, (c) => isStatus(c, legend)),
  };
}

export type RefinedMatch = ColumnMatch & { status?: true };

function setKey(m: RefinedMatch, key: KnownColumnKey | null): RefinedMatch {
  const { overruled: _o, ...rest } = m;
  return { ...rest, key, by: 'content', score: key === null ? 0 : 0.5 };
}

/** Status words: kept as a column of their own (as written), each giving its action a rating. */
function markStatus(matches: RefinedMatch[], facts: Prose[], samples: readonly (readonly string[])[]): void {
  matches.forEach((m, i) => {
    const filled = (samples[i] ?? []).filter((s) => s.trim() !== '').length;
    const statusy = m.key === null || m.key === 'rag';
    if (m.by !== 'user' && statusy && filled >= 2 && facts[i]!.status >= 0.75 && facts[i]!.rated < 0.5 && !facts[i]!.prose) {
      matches[i] = { ...setKey(m, null), status: true };
    }
  });
}

/** A plan always has action text: with no column headed as such, the column of things to do is the action. */
function ensureText(matches: RefinedMatch[], facts: Prose[]): void {
  if (matches.some((m) => m.key === 'text')) return;
  let best = -1;
  matches.forEach((m, i) => {
    const f = facts[i]!;
    const free = m.by !== 'user' && !m.status && (m.key === null || m.key === 'outcomes' || m.key === 'progress');
    if (free && f.prose && f.action >= 0.4 && (best < 0 || f.action > facts[best]!.action)) best = i;
  });
  if (best >= 0) matches[best] = setKey(matches[best]!, 'text');
}

/** The column whose cells report what happened is progress, not a second action or a custom column. */
function findProgress(matches: RefinedMatch[], facts: Prose[]): void {
  const text = matches.findIndex((m) => m.key === 'text');
  const progress = matches.findIndex((m) => m.key === 'progress');
  const textReport = text >= 0 ? facts[text]!.report : 0;
  if (progress < 0) {
    let best = -1;
    matches.forEach((m, i) => {
      const f = facts[i]!;
      if (m.key === null && m.by !== 'user' && !m.status && f.prose && f.report >= 0.5 && f.report > textReport + 0.2) {
        if (best < 0 || f.report > facts[best]!.report) best = i;
      }
    });
    if (best >= 0) matches[best] = setKey(matches[best]!, 'progress');
    return;
  }
  // Headings swapped in meaning: the "action" column reports and the "progress" column lists things to do.
  const [t, p] = [facts[text], facts[progress]!];
  if (t && matches[text]!.by !== 'user' && matches[progress]!.by !== 'user' && t.report >= 0.6 && t.action < 0.2 && p.action >= 0.5 && p.report < 0.3) {
    matches[text] = setKey(matches[text]!, 'progress');
    matches[progress] = setKey(matches[progress]!, 'text');
  }
}

/**
 * Adjusts a header row's matches by what the cells under each column hold (`samples[i]`), with the plan's key
 * to read status words. The user's choices (`by: 'user'`) are left as they are.
 */
export function refineByContent(
  matches: readonly ColumnMatch[],
  samples: readonly (readonly string[])[],
  legend: readonly LegendEntry[],
): RefinedMatch[] {
  const out: RefinedMatch[] = matches.map((m) => ({ ...m }));
  const facts = out.map((_, i) => prose(samples[i] ?? [], legend));
  markStatus(out, facts, samples);
  ensureText(out, facts);
  findProgress(out, facts);
  return out;
}
